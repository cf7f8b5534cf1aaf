// Golden table for event coding: sentences written for these tests, each
// with the coding a reader gives it ("TYPE actors -> recipients modality").
#include "events/extract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "events/events_test_util.h"
#include "events/lexicon.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

using testing::Analyze;
using testing::Case;
using testing::Code;
using testing::ExpectCases;

TEST(EventsTest, GoldenTable) {
  const Case kCases[] = {
      // Verb, subject after it (VSO), object recipient.
      {"دعمت روسيا المشير خليفة حفتر.",
       {"SUPPORT russia -> khalifa-haftar asserted"}},
      // A capital visited stands for its state; the date is not an actor.
      {"زار حفتر موسكو في يناير 2017.",
       {"CONSULT/visit khalifa-haftar -> russia asserted"}},
      // A request; what is asked for (the mediation) is not an event.
      {"طلب السراج من روسيا القيام بوساطة بين الأطراف الليبية.",
       {"REQUEST fayez-al-sarraj -> russia asserted"}},
      // Negation; a qualifier turns backing into military aid.
      {"لم تقدم روسيا أي دعم عسكري لحفتر.",
       {"AID/military russia -> khalifa-haftar negated"}},
      // Passive participle: the recipient stands before, the actor after من.
      {"وصل حفتر المدعوم من روسيا إلى بنغازي.",
       {"SUPPORT russia -> khalifa-haftar asserted"}},
      // Coordination; a mutual event lists every party as actor; the
      // agreement's content (تعاون) is not a second event.
      {"وقعت روسيا ومصر اتفاقية تعاون عسكري.",
       {"AGREE russia,egypt ->  asserted"}},
      // A generic agent as actor.
      {"تظاهر آلاف الطلاب أمام السفارة الروسية في طرابلس.",
       {"PROTEST/demonstrate agent-students ->  asserted"}},
      // Future prefix on the light verb; accusative masdar.
      {"ستقدم روسيا قرضا لحكومة طبرق بقيمة 2.9 مليار دولار.",
       {"AID/economic russia -> interim-government-libya future"}},
      // After a word that governs a genitive (إثر، في، عقب) قصف is the
      // masdar, not a verb whose subject would be the victims.
      {"وقال المرصد إن 26 مدنيا قتلوا إثر قصف للطيران على الغوطة.",
       {"ASSAULT  -> agent-civilians reported"}},
      // Planning an act is not the act: it is in the future.
      {"وقالت الشرطة إن المسلحين كانوا يخططون لشن هجمات على القوات "
       "الفرنسية.",
       {"ASSAULT agent-gunmen -> france future"}},
      // A receiving verb with no subject of its own after another in the
      // sentence: the same receiver and, none named, the same giver.
      {"حصل حفتر على وعود مصرية بدعم كبير لتقوية قواته في الشرق والجنوب، "
       "كما حصل على دعم عسكري.",
       {"SUPPORT egypt -> khalifa-haftar future",
        "AID/military egypt -> khalifa-haftar asserted"}},
      // A demonstrative reaches the nouns joined to its own (هذه الاتفاقية
      // والوعود): both were told before.
      {"وقعت مصر وتركيا اتفاقية تجارية. وتحدث السيسي عن هذه الاتفاقية "
       "والوعود.",
       {"AGREE egypt,turkey ->  asserted"}},
      // بعد governs its noun as a preposition does: no subject.
      {"يسعى الجيش بعد تركيا إلى الحوار مع حفتر.",
       {"CONSULT/negotiate agent-armed-forces,khalifa-haftar ->  asserted"}},
      // "Between the two of them": the two parties named last, not the
      // clause's subject.
      {"أعلن أردوغان والسيسي عن مرحلة جديدة، وقال الجيش إن التعاون بينهما "
       "سيتعزز.",
       {"COOPERATE recep-tayyip-erdogan,abdel-fattah-el-sisi ->  reported"}},
      // Travel to a state is a visit; the capital stands for it and the
      // visit told again right after is the same event.
      {"وصل أردوغان إلى القاهرة أمس في زيارة رسمية.",
       {"CONSULT/visit recep-tayyip-erdogan -> egypt asserted"}},
      {"حط السيسي في موسكو.",
       {"CONSULT/visit abdel-fattah-el-sisi -> russia asserted"}},
      // Travel to a town, or by a crowd, is a journey.
      {"وصل حفتر إلى بنغازي.", {}},
      {"وصل آلاف المهاجرين إلى إيطاليا.", {}},
      // A definite masdar with no doer after it, once the document has
      // told such an event, names that event: the one who talks about it
      // is not its doer.
      {"قتل مسلحون السفير الإيطالي في القاهرة أمس. ووصف الرئيس التونسي "
       "الاغتيال بأنه جريمة.",
       {"ASSAULT agent-gunmen -> italy asserted"}},
      // A qualifier in the accusative, agreeing with its masdar.
      {"قدمت مصر دعما عسكريا لحفتر.",
       {"AID/military egypt -> khalifa-haftar asserted"}},
      // Inside reported speech: the speaker's claim.
      {"أكد المسماري أن روسيا زودت الجيش الليبي بالأسلحة.",
       {"AID/military russia -> libyan-national-army reported"}},
      // The recipient is the genitive of the noun من governs.
      {"حذرت مالطا من دور روسيا في ليبيا.",
       {"ACCUSE/warn malta -> russia asserted"}},
      {"قد تفرض واشنطن عقوبات على موسكو.",
       {"SANCTION united-states -> russia hypothetical"}},
      {"اعتقلت الشرطة عشرات المحتجين في القاهرة.",
       {"COERCE/arrest agent-police -> agent-protesters asserted"}},
      // A past verb vowelled as passive: its subject is the recipient.
      {"قُتل السفير الروسي أندريه كارلوف في أنقرة على يد مسلح.",
       {"ASSAULT agent-gunmen -> x-اندريه-كارلوف asserted"}},
      // Forces of a named actor are that actor.
      {"هاجمت قوات السراج مواقع المسلحين.",
       {"ASSAULT fayez-al-sarraj -> agent-gunmen asserted"}},
      // A capital named by description stands for its state when visited.
      {"وصل حفتر في زيارة إلى العاصمة الروسية.",
       {"CONSULT/visit khalifa-haftar -> russia asserted"}},
      // An embargo named in passing is no event; a relation without parties
      // is not kept.
      {"تحدث التقرير عن حظر السلاح المفروض على ليبيا.", {}},
      {"تحدث التقرير عن التعاون.", {}},
      // No trigger, no event.
      {"انتهت المباراة بالتعادل.", {}},
      // A passive verb with no vowels: its subject was hurt.
      {"أصيب ثلاثة جنود في انفجار لغم.",
       {"ASSAULT  -> agent-soldiers asserted"}},
      // The passive's subject after a title and a place it holds office in.
      {"قُتل السفير الإيطالي لدى مصر ماركو فيراري في هجوم.",
       {"ASSAULT  -> x-ماركو-فيراري asserted"}},
      // Partitive من: the group after it is the subject.
      {"تجمع عدد من الطلاب أمام وزارة التعليم.",
       {"PROTEST/demonstrate agent-students ->  asserted"}},
      {"هاجمت مجموعة من المسلحين دورية الشرطة.",
       {"ASSAULT agent-gunmen -> agent-police asserted"}},
      // A masdar object in a relative clause: the antecedent is its doer.
      // (The praise has no doer named, so it is not kept.)
      {"أشاد المسؤول بدور قطر، التي قدمت تمويلا لقطاع غزة.",
       {"SUPPORT/praise agent-officials -> qatar asserted",
        "AID/economic qatar -> gaza-strip asserted"}},
      // The source after حسب is no party to what it reports.
      {"وحسب وكالة «سبوتنيك»، أبرمت الحكومة عقدا مع روسيا لشراء القمح.",
       {"AGREE agent-authorities,russia ->  reported"}},
      // A quote mark between a preposition and the name it governs.
      // (The attack, definite after قبل, is an event told elsewhere: with
      // no party it is not coded, so Reuters as its doer would show.)
      {"وفقا لوكالة \"رويترز\" تراجع الإنتاج قبل الهجوم.", {}},
      // Counts: نحو before one is "about", أكثر من is partitive.
      {"تجمع نحو مائة متظاهر أمام السفارة.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      {"اعتصم أكثر من ألف عامل في المصنع.",
       {"PROTEST/demonstrate agent-workers ->  asserted"}},
      // What follows an adverb of place is not the subject.
      {"احتشد أمام البرلمان مئات المتظاهرين.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // Protesters who burn or stone are rioting.
      {"أحرق المتظاهرون إطارات السيارات في الشوارع.",
       {"PROTEST/riot agent-protesters ->  asserted"}},
      {"رشق المحتجون قوات الأمن بالحجارة.",
       {"PROTEST/riot agent-protesters -> agent-security-forces asserted"}},
      // A visit's doer after ل when a destination follows إلى.
      {"جاء الاتفاق بعد زيارة للرئيس المصري عبد الفتاح السيسي إلى موسكو.",
       {"CONSULT/visit abdel-fattah-el-sisi -> russia asserted"}},
      // The clause's subject reaches a masdar at its end; a town that
      // stands for no state is no doer.
      {"وصل وزير الخارجية الروسي سيرغي لافروف أمس إلى مطار بنينا قرب "
       "مدينة بنغازي في شرق البلاد، في زيارة إلى ليبيا.",
       {"CONSULT/visit sergey-lavrov -> libya asserted"}},
      // An act only ever done to someone, with nobody named: not kept;
      // nor a relation without its doer.
      {"قال موظف في الوزارة رفض الكشف عن اسمه إن الرواتب تأخرت.", {}},
      {"تحدثت الصحف عن دعم مالي لحكومة طرابلس.", {}},
      // Who suffered; the one who reports it did not do it; برصاص names
      // the doer. Counted persons (أشخاص، قتلى) name no party: the attack
      // is told without one.
      {"أعلنت الشرطة مقتل ثلاثة أشخاص في القصف.", {"ASSAULT  ->  asserted"}},
      {"أكدت مصادر طبية مقتل متظاهر برصاص الشرطة.",
       {"ASSAULT agent-police -> agent-protesters asserted"}},
      {"تظاهر نحو ألفي شخص في الساحة.", {"PROTEST/demonstrate  ->  asserted"}},
      // An attack verb without vowels reads as passive when على يد or
      // بنيران names the doer, or when its one noun phrase has no object
      // after it; with an object, or a pronoun object on it, it is
      // active.
      {"وقتل جندي بنيران مسلحين قرب الحدود.",
       {"ASSAULT agent-gunmen -> agent-soldiers asserted"}},
      {"عشرة جنود قتلوا في الكمين أمس.",
       {"ASSAULT  -> agent-soldiers asserted"}},
      {"وخطف طالب وأصيب آخر في المدينة.",
       {"ASSAULT/abduct  -> agent-students asserted"}},
      {"هاجم مسلح الحاجز قبل أن تقتله قوات الأمن بعد اشتباك.",
       {"ASSAULT agent-gunmen ->  asserted",
        "ASSAULT agent-security-forces -> agent-gunmen asserted"}},
      {"وخطف مسلحون مهندسا في المدينة.",
       {"ASSAULT/abduct agent-gunmen -> agent-workers asserted"}},
      // A form that is a past verb and a masdar is the verb after كما or
      // after أن and a subject (إن شرطيا قتل: passive, no object).
      {"وقال مصدر إن شرطيا قتل بانفجار في القرية.",
       {"ASSAULT  -> agent-police reported"}},
      {"كما قتل أحد عناصر الشرطة وأصيب آخرون في الهجوم.",
       {"ASSAULT  -> agent-police asserted"}},
      // What a request asks for stops at a clause or phrase of its own
      // (لكن, a relative pronoun, a comma, خلال): the act after it is
      // coded.
      // على لسان X: X, who voices the act, is its subject.
      {"ويطالب المجلس على لسان رئيسه فائز السراج روسيا بلعب دور الوسيط.",
       {"REQUEST fayez-al-sarraj -> russia asserted"}},
      {"ويطالب على لسان رئيسه فائز السراج روسيا بلعب دور الوسيط.",
       {"REQUEST fayez-al-sarraj -> russia asserted"}},
      {"طلب السراج من روسيا التوسط لكن موسكو انتقدت حفتر.",
       {"REQUEST fayez-al-sarraj -> russia asserted",
        "ACCUSE russia -> khalifa-haftar asserted"}},
      {"وكان السراج قد طلب من روسيا، خلال زيارته لموسكو في مارس، لعب دور "
       "الوسيط.",
       {"REQUEST fayez-al-sarraj -> russia asserted",
        "CONSULT/visit fayez-al-sarraj -> russia asserted"}},
      // A dual visit with a pronoun (زيارتيه إليها): two visits, by the
      // pronoun's antecedent, to the antecedent of إليها.
      {"يرتبط حفتر بعلاقات وثيقة مع موسكو منذ زيارتيه إليها العام الماضي.",
       {"CONSULT/visit khalifa-haftar -> russia asserted",
        "CONSULT/visit khalifa-haftar -> russia asserted"}},
      // The attack noun a passive verb took in names the doer by a light
      // verb; an agent's nisba form after an attack noun is its kind.
      {"قتل خمسة جنود في هجوم شنه مسلحون على المعسكر.",
       {"ASSAULT agent-gunmen -> agent-soldiers asserted"}},
      {"وقع هجوم انتحاري قرب المعسكر.", {"ASSAULT  ->  asserted"}},
      // A ل after a word for part of a group owns it (دورية للجيش).
      {"استهدف المسلحون دورية للجيش قرب المدينة.",
       {"ASSAULT agent-gunmen -> agent-armed-forces asserted"}},
      // قد before a listed verb's past form that starts with ت asserts:
      // the gathering and the burning are one protest, a riot.
      {"فقد تجمع مئات المتظاهرين في الساحة وأحرقوا الإطارات.",
       {"PROTEST/riot agent-protesters ->  asserted"}},
      // A meeting's other party may stand after a title, a date and a
      // place; up to a marker of the other party (مع), not past it.
      {"التقى الرئيس التركي رجب طيب أردوغان، أمس في أنقرة، الرئيس الروسي "
       "فلاديمير بوتين.",
       {"CONSULT/meet recep-tayyip-erdogan,vladimir-putin ->  asserted"}},
      {"قالت الوزيرة إن قوات حفتر قد تلتقي مع حلفاء لها في الجنوب لتطويق "
       "طرابلس وسرت.",
       {}},
      // Talks by telephone or video are a call.
      {"تحدث بوتين هاتفيا مع أردوغان أمس.",
       {"CONSULT/phone vladimir-putin,recep-tayyip-erdogan ->  asserted"}},
      {"تحدث بوتين عبر الفيديو مع أردوغان.",
       {"CONSULT/phone vladimir-putin,recep-tayyip-erdogan ->  asserted"}},
      // A meeting verb joined by و to a visit: the visitor met the one
      // named after it; a visit and a meeting in person told in one
      // sentence are one event, the meeting, which names the host.
      {"زار السراج موسكو والتقى وزير الخارجية سيرغي لافروف.",
       {"CONSULT/meet fayez-al-sarraj,sergey-lavrov ->  asserted"}},
      // After حيث, the guest of a reception is the one who met.
      {"استقبلت القاهرة السراج أمس حيث التقى الرئيس عبد الفتاح السيسي.",
       {"CONSULT/meet fayez-al-sarraj,abdel-fattah-el-sisi ->  asserted"}},
      // Two visits told at once: a meeting during "them" is folded into
      // them; a verb after ثم shares the subject; no object past ثم.
      {"زار حفتر روسيا مرتين والتقى سيرغي شويغو وسيرغي لافروف، ثم توجه إلى "
       "القاهرة.",
       {"CONSULT/visit khalifa-haftar -> russia asserted",
        "CONSULT/visit khalifa-haftar -> russia asserted",
        "CONSULT/visit khalifa-haftar -> egypt asserted"}},
      // Visits named in the plural: the meeting is folded into them.
      {"وكشفت الزيارات التي قام بها حفتر لروسيا واجتماعه مع وزير الدفاع "
       "سيرغي شويغو في موسكو عن تقارب بين الطرفين.",
       {"CONSULT/visit khalifa-haftar -> russia asserted"}},
      // The pronoun after ل on a visit is its doer (not Lavrov, nearer).
      {"التقى حفتر أمس لافروف في أول زيارة له إلى روسيا.",
       {"CONSULT/meet khalifa-haftar,sergey-lavrov ->  asserted"}},
      // The visit told again, the state for its minister, the same day.
      {"التقى حفتر أمس في موسكو وزير الدفاع سيرغي شويغو. ووصل حفتر إلى "
       "العاصمة الروسية أمس.",
       {"CONSULT/meet khalifa-haftar,sergei-shoigu ->  asserted"}},
      // A call during a visit is its own act.
      {"تحدث حفتر عبر الفيديو مع وزير الدفاع سيرغي شويغو بعد زيارته لروسيا.",
       {"CONSULT/phone khalifa-haftar,sergei-shoigu ->  asserted",
        "CONSULT/visit khalifa-haftar -> russia asserted"}},
      // Agreements: both parties after بين (past a closing quote), a body
      // with a state nisba signing for its state, an agreement named as a
      // thing by one who is no party to it.
      {"ووقعت مذكرة تعاون بين «غازبروم» والمؤسسة الوطنية للنفط.",
       {"AGREE gazprom,national-oil-corporation ->  asserted"}},
      {"وأبرمت شركة «غوزناك» الروسية عقدا مع المصرف المركزي الليبي.",
       {"AGREE russia,central-bank-of-libya ->  asserted"}},
      {"وتمسك السراج بالاتفاق السياسي.", {}},
      // A meeting that brings parties together (يجمع): they are its parties.
      {"وعقد أمس في أنقرة اجتماع يجمع وزيري خارجية مصر والأردن.",
       {"CONSULT/meet egypt,jordan ->  asserted"}},
      // A meeting noun with one party after a verb: the verb's subject is
      // the other.
      {"بوتين لا يعتزم لقاء السراج.",
       {"CONSULT/meet vladimir-putin,fayez-al-sarraj ->  negated"}},
      // "The two presidents" are the last two persons named.
      {"أرسل أردوغان برقية إلى بوتين، ثم جاء لقاء الرئيسين في أغسطس.",
       {"CONSULT/meet recep-tayyip-erdogan,vladimir-putin ->  asserted"}},
      // Firing in the air is a show of force, not an attack; a word in a
      // date expression tells when (فجر أمس: at dawn yesterday).
      {"أطلقت الشرطة النار في الهواء لتفريق المتظاهرين.",
       {"MOBILIZE/force agent-police ->  asserted"}},
      {"قتلت القوات 11 مسلحا في عملية فجر أمس.",
       {"ASSAULT agent-armed-forces -> agent-gunmen asserted"}},
      // من قبل is "by": the giver of what was undergone.
      {"تعرض السجناء لهجوم من قبل قوات الأمن.",
       {"ASSAULT agent-security-forces -> agent-prisoners asserted"}},
      // A word with tanween is a noun, never a verb (فجراً: at dawn).
      {"دخلت القوات القرية فجراً.", {}},
      // A protest's target is the one whose ouster its demands ask for;
      // the demand is the protest's, not a request of its own.
      {"تجمع المحتجون في الساحة مطالبين برحيل الحكومة.",
       {"PROTEST/demonstrate agent-protesters -> agent-authorities asserted"}},
      {"تجمع المتظاهرون أمام السفارة مطالبين بطرد السفير الإسرائيلي.",
       {"PROTEST/demonstrate agent-protesters -> israel asserted"}},
      // Whom a demand is only addressed to is not the target.
      {"تجمع المحتجون أمام البرلمان مطالبين الحكومة بزيادة الأجور.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // An accusative protest masdar gives the cause of the protest just
      // told: one event, by the crowd, against whom it protests.
      {"اعتصم المتظاهرون أمام الوزارة احتجاجا على قرار الحكومة.",
       {"PROTEST/demonstrate agent-protesters -> agent-authorities asserted"}},
      // A count before a partitive من: the group is the genitive.
      {"تمكن الجيش من قتل العشرات من المسلحين.",
       {"ASSAULT agent-armed-forces -> agent-gunmen asserted"}},
      // A verb joined by و shares the subject of the verb before; the
      // pronoun on the marker (منها) is the recipient.
      {"زار السراج موسكو وطلب منها التوسط مع حفتر.",
       {"CONSULT/visit fayez-al-sarraj -> russia asserted",
        "REQUEST fayez-al-sarraj -> russia asserted"}},
      // Enjoying backing is receiving it; political and military backing
      // are two acts.
      {"يحظى حفتر بدعم سياسي وعسكري واسع من مصر.",
       {"SUPPORT egypt -> khalifa-haftar asserted",
        "AID/military egypt -> khalifa-haftar asserted"}},
      // Talks held during a visit: one event with the host named.
      {"اختتم السيسي زيارة إلى روسيا أجرى خلالها محادثات مع فلاديمير بوتين.",
       {"CONSULT/meet abdel-fattah-el-sisi,vladimir-putin ->  asserted"}},
      // A verb phrase with its subject in between (VSO).
      {"ألغت الصين ديونا على السودان بقيمة مليار دولار.",
       {"AID/economic china -> sudan asserted"}},
      {"شطبت فرنسا ديونا مغربية.", {"AID/economic france -> morocco asserted"}},
      {"فرضت الولايات المتحدة عقوبات على إيران.",
       {"SANCTION united-states -> iran asserted"}},
      // After a reported clause, a joined verb goes back to the speaker,
      // and the reported clause's لن does not negate it. (It is
      // `reported` because the facts layer's quote runs on to the end of
      // the sentence.)
      {"أكد الرئيس التركي رجب طيب أردوغان أن بلاده لن تتراجع، ودعا إلى "
       "الحوار.",
       {"REQUEST recep-tayyip-erdogan ->  reported"}},
      {"حث كوبلر الأطراف الليبية على الحوار.",
       {"REQUEST martin-kobler ->  asserted"}},
      // "The Turkish side" is Turkey; a masdar's pronoun goes back to the
      // subject, not to the nearest name.
      {"أكد الجانب التركي التزامه بقرارات الاتحاد الأوروبي ودعمه للحكومة "
       "العراقية.",
       {"SUPPORT turkey -> iraqi-government asserted"}},
      // A relative pronoun's antecedent is its subject, even governed.
      {"تتجه الأنظار إلى القاهرة، التي استقبلت حفتر الشهر الماضي.",
       {"CONSULT/host egypt -> khalifa-haftar asserted"}},
      // A unit joined by و to a governed one is governed too.
      {"تظاهروا ضد روسيا وإيران أمام السفارة.",
       {"PROTEST/demonstrate  -> russia,iran asserted"}},
      // Two acts told at once: a dual masdar, or مرتين.
      {"أجرى وزير الخارجية الروسي سيرغي لافروف زيارتين إلى الجزائر.",
       {"CONSULT/visit sergey-lavrov -> algeria asserted",
        "CONSULT/visit sergey-lavrov -> algeria asserted"}},
      {"زار أردوغان روسيا مرتين.",
       {"CONSULT/visit recep-tayyip-erdogan -> russia asserted",
        "CONSULT/visit recep-tayyip-erdogan -> russia asserted"}},
      // A verb of undergoing: its subject is the recipient.
      {"تعرض الجيش اللبناني لهجوم في طرابلس.",
       {"ASSAULT  -> lebanese-army asserted"}},
      // A crowd verb is a protest only of a crowd.
      {"خرج مئات المحتجين إلى الشوارع ضد الحكومة.",
       {"PROTEST/demonstrate agent-protesters -> agent-authorities asserted"}},
      {"خرج الوزير من الاجتماع غاضبا.", {}},
      // A march that turns to rioting in one sentence is one protest.
      {"تجمع المتظاهرون في الساحة وأحرقوا إطارات السيارات.",
       {"PROTEST/riot agent-protesters ->  asserted"}},
      // A state is where a protest took place, not who protested.
      {"شهدت تونس أمس مظاهرات حاشدة.", {"PROTEST/demonstrate  ->  asserted"}},
      // People of a nation, counted, act as a subject.
      {"تظاهر آلاف الأتراك أمام القنصلية.",
       {"PROTEST/demonstrate turkey ->  asserted"}},
      // "، و" opens another clause: its على-phrase is not the recipient.
      {"اعتصم العمال أمام المصنع، وألقوا بيانا على الصحفيين.",
       {"PROTEST/demonstrate agent-workers ->  asserted"}},
      // A second name of the subject (an apposition) is not the object.
      {"زار الرئيس التركي يومها رجب طيب أردوغان تونس.",
       {"CONSULT/visit recep-tayyip-erdogan -> tunisia asserted"}},
      // A verb that says "she" does not agree with a man after it: he is
      // the object; its subject is a pronoun for the state named before.
      // (Backing for a policy, not a party, is no relation: not coded.)
      {"أعلنت روسيا دعمها للحوار. واستقبلت أمس المشير خليفة حفتر.",
       {"CONSULT/host russia -> khalifa-haftar asserted"}},
      // A pronoun subject its sentence does not name (a preposition right
      // after the verb): the state named in the sentence before.
      {"تسعى الجزائر إلى دور أكبر في ليبيا. وفي مارس 2016 أبرمت مع تونس "
       "اتفاقية تجارية.",
       {"AGREE algeria,tunisia ->  asserted"}},
      // The genitive of a head noun: the verb agrees with the head.
      {"هاجمت قوات السراج مواقع المسلحين.",
       {"ASSAULT fayez-al-sarraj -> agent-gunmen asserted"}},
      // A meeting with one party named is no relation.
      {"عقدت مصر اجتماعا طارئا أمس.", {}},
      // A head of state lends for his state.
      {"أقرض الرئيس الفرنسي إيمانويل ماكرون تونس مليار يورو.",
       {"AID/economic france -> tunisia asserted"}},
      // A noun with the article has no genitive: the police officer is
      // not the attack's doer.
      {"أعلنت الشرطة أن منفذ الهجوم شرطي سابق.", {"ASSAULT  ->  reported"}},
      // Round 6a. Generic agents named by what they are: a governor, the
      // inmates and their guards; a dual (جنديان).
      {"اختطف مسلحون حاكم الإقليم.",
       {"ASSAULT/abduct agent-gunmen -> agent-governors asserted"}},
      {"تعرض النزلاء للضرب من قبل الحراس.",
       {"ASSAULT agent-guards -> agent-prisoners asserted"}},
      {"قتل جنديان في الكمين.", {"ASSAULT  -> agent-soldiers asserted"}},
      // An agent word after an agent describes it: one party.
      {"هاجم مسلحون ملثمون القرية.", {"ASSAULT agent-gunmen ->  asserted"}},
      // A clause of time after the one noun phrase: no object, passive.
      {"قتل شرطي بعدما وصل إلى الحاجز.", {"ASSAULT  -> agent-police asserted"}},
      // A date between the verb and its object: still active.
      {"خطف مسلحون صباح أمس ثلاثة صحفيين.",
       {"ASSAULT/abduct agent-gunmen -> agent-journalists asserted"}},
      // A date between the verb and its subject does not count.
      {"كما خرج مساء أول من أمس مئات من المتظاهرين في العاصمة.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // A protest heads for its target (نحو، باتجاه، أمام).
      {"سار المتظاهرون نحو السفارة الفرنسية.",
       {"PROTEST/demonstrate agent-protesters -> france asserted"}},
      {"سار الطلاب نحو السفارة الفرنسية.",
       {"PROTEST/demonstrate agent-students -> france asserted"}},
      {"سار الطلاب نحو الجامعة.", {}},
      {"سار المتظاهرون نحو وسط المدينة.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // A slogan wishing death or downfall names the target, and so does
      // a demand to end someone's act.
      {"تجمع المتظاهرون وهم يرددون «الموت لإسرائيل».",
       {"PROTEST/demonstrate agent-protesters -> israel asserted"}},
      {"اعتصم الطلاب مطالبين بوقف القصف الروسي.",
       {"PROTEST/demonstrate agent-students -> russia asserted"}},
      // People of a place that stands for no party are the agent; a word
      // with ة is not a trigger listed without it (طلبة: students).
      {"تظاهر العشرات من سكان بنغازي أمام المحكمة.",
       {"PROTEST/demonstrate agent-citizens ->  asserted"}},
      {"خرج آلاف المتظاهرين وغالبيتهم من طلبة المدارس.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // An explosion is an attack with no doer from the clause around it.
      {"أعلنت الشرطة وقوع انفجار في سوق المدينة.", {"ASSAULT  ->  asserted"}},
      // Killed in clashes with X: X did it.
      {"قتل عشرون مسلحا في اشتباكات مع الجيش.",
       {"ASSAULT agent-armed-forces -> agent-gunmen asserted"}},
      // An attack noun is the subject of an attack verb: nobody named did
      // it, and its nisba (انتحاري) is its kind, no party.
      {"استهدف هجوم انتحاري القوات الأجنبية في كابل.",
       {"ASSAULT  -> agent-armed-forces asserted"}},
      {"قتل ثلاثة جنود في هجوم انتحاري.",
       {"ASSAULT  -> agent-soldiers asserted"}},
      // The attack a verb's victims fell in is that act; another attack
      // told after it takes no doer from the parties before (and with
      // none, it merges as a repeat).
      {"قتل مسلح ثلاثة جنود عند الحاجز أمس في هجوم جاء ردا على غارة جوية.",
       {"ASSAULT agent-gunmen -> agent-soldiers asserted"}},
      // Asking not to be named is no request.
      {"قال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن الوضع هادئ.", {}},
      // A verb that says "she" does not take men in the plural after it as
      // its subject; a group word before them does.
      {"وكانت وحدة من قوات الأمن قد قتلت أمس أربعة من المسلحين في الاشتباك.",
       {"ASSAULT agent-security-forces -> agent-gunmen asserted"}},
      {"هاجمت مجموعة من المسلحين دورية للشرطة.",
       {"ASSAULT agent-gunmen -> agent-police asserted"}},
      // A complementizer opens a clause: its subject is nobody's object.
      {"هاجم مسلح الحاجز قبل أن تقتله قوات الأمن.",
       {"ASSAULT agent-gunmen ->  asserted",
        "ASSAULT agent-security-forces -> agent-gunmen asserted"}},
      // A title before a person's name is the person.
      {"اغتال مسلحون السفير الإيطالي لدى مصر ماركو فيراري.",
       {"ASSAULT agent-gunmen -> x-ماركو-فيراري asserted"}},
      // Round 7a. A protest's على names its target right after it, or as
      // the owner of a decision or conduct, or a state or body owning the
      // matter; people, places and unknown names owning it are not whom
      // the crowd is against.
      {"احتج العمال على الحكومة أمس.",
       {"PROTEST/demonstrate agent-workers -> agent-authorities asserted"}},
      {"تظاهر الطلاب احتجاجا على قرار الحكومة.",
       {"PROTEST/demonstrate agent-students -> agent-authorities asserted"}},
      {"تجمع الطلاب أمس احتجاجا على مقتل شاب في الحي.",
       {"PROTEST/demonstrate agent-students ->  asserted"}},
      {"تظاهر الطلاب احتجاجا على نقل السفارة الأمريكية إلى القدس.",
       {"PROTEST/demonstrate agent-students -> united-states asserted"}},
      // A point of the compass before a place says where (جنوب بغداد):
      // the place is no object.
      {"استهدفت عبوة ناسفة جنوب بغداد.", {"ASSAULT  ->  asserted"}},
      {"وقتل شرطي في انفجار عبوة ناسفة استهدفت دوريتين شمال بغداد.",
       {"ASSAULT  -> agent-police asserted"}},
      // A title after an attack masdar: the person it names is the victim.
      {"وأعلن الجيش مقتل القائد العسكري السابق في الحركة سمير داود في غارة "
       "جوية.",
       {"ASSAULT  -> x-سمير-داود asserted"}},
      {"أدان الوزير اغتيال الأمين العام للحزب الاشتراكي عمر فاروق.",
       {"ASSAULT  -> x-عمر-فاروق asserted"}},
      // A definite masdar after a word of time names an event told
      // elsewhere: not reported, and nobody before it did it.
      {"وأعادت السلطات طلاء المسجد بعد الهجوم.", {}},
      {"وأعادت السلطات طلاء المسجد بعد هجوم شنه مسلحون.",
       {"ASSAULT agent-gunmen ->  asserted"}},
      // Those who took part in a protest (شارك فيها) are its doers.
      {"وجابت الشوارع تظاهرات شارك فيها آلاف الطلاب.",
       {"PROTEST/demonstrate agent-students ->  asserted"}},
      {"وانتهت المسيرة التي شارك فيها مئات العمال عند البرلمان.",
       {"PROTEST/demonstrate agent-workers ->  asserted"}},
      {"تجمع المتظاهرون في الساحة في رد على أزمة الحكومة الفرنسية.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // A verb whose first letter the segmenter takes for a clitic after
      // و (وسار as و + س + ار) is read whole.
      {"وسار المتظاهرون في وسط المدينة مساء الأحد.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      // An act right after a protest's على or ضد is what the protest is
      // about, not an event of its own.
      {"وتجمع المتظاهرون في الساحة احتجاجا على مقتل شاب برصاص الشرطة.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      {"وقطع المحتجون على اعتقال النائب الطريق الرئيسي.", {}},
      // A thing whose first word is an agent's (التيار الكهربائي) is no
      // party.
      {"وتجمع المحتجون احتجاجا على انقطاع التيار الكهربائي عن الحي.",
       {"PROTEST/demonstrate agent-protesters ->  asserted"}},
      {"كما أقدم المتظاهرون على حرق مقر الحزب.",
       {"PROTEST/riot agent-protesters -> agent-party asserted"}},
  };
  ExpectCases(kCases);
}

// Round 6b: arguments of events already found, and new trigger rows.
TEST(EventsTest, GoldenTableRound6b) {
  const Case kCases[] = {
      // "The two of them" right before a mutual masdar names its parties;
      // an opening for an act is not the act.
      {"يفتح التقارب بين مصر وتركيا المجال أمامهما للتعاون في ليبيا.",
       {"COOPERATE egypt,turkey ->  hypothetical"}},
      // A request asks the doer of the act asked for, also past a clause
      // set off by commas after its subject.
      {"دعا السراج إلى تدخل أوروبي في ليبيا.",
       {"REQUEST fayez-al-sarraj -> european-union asserted"}},
      {"دعا السراج، رئيس المجلس الرئاسي، إلى تدخل روسي في ليبيا.",
       {"REQUEST fayez-al-sarraj -> russia asserted"}},
      // A light verb carrying the masdar as pronoun: the clause's subject.
      {"التقى السراج أمس في موسكو وزير الخارجية الروسي سيرغي لافروف، بعد "
       "محادثات أجراها مع وزير الدفاع سيرغي شويغو.",
       {"CONSULT/meet fayez-al-sarraj,sergey-lavrov ->  asserted",
        "CONSULT/meet fayez-al-sarraj,sergei-shoigu ->  asserted"}},
      // The one على لسان names acts for the state.
      {"حذرت روسيا على لسان وزير خارجيتها سيرغي لافروف من التدخل التركي.",
       {"ACCUSE/warn sergey-lavrov -> turkey asserted"}},
      // A meeting verb with its subject from further back and nobody met
      // (reports spoke of) is no meeting. (The deal, named without its
      // parties, is the visit's: round 8b.)
      {"زار لافروف القاهرة. وتحدثت تقارير عن صفقة سلاح.",
       {"CONSULT/visit sergey-lavrov -> egypt asserted",
        "AGREE sergey-lavrov,egypt ->  asserted"}},
      // Backing an act was done with, its backer after من or a nisba:
      // the act's doer is the one backed; a genitive after بدعم is.
      {"وسيطر الجيش الوطني الليبي على الموانئ النفطية بدعم من مصر.",
       {"SUPPORT egypt -> libyan-national-army asserted"}},
      {"وتقدمت المعارضة المسلحة بدعم تركي نحو البلدة.",
       {"SUPPORT turkey -> agent-rebels asserted"}},
      {"واتهمت السعودية قطر بدعم الجماعات المسلحة.",
       {"ACCUSE saudi-arabia -> qatar asserted",
        "SUPPORT qatar -> agent-group asserted"}},
      // A definite noun right after the verb that no actor names is its
      // subject: the unit after it is the object, and the doer unknown.
      {"واتهمت المنظمة طهران بتقييد الوصول إلى المعلومات.", {}},
      // (A title, or a noun a nisba owns, heads the name after it.)
      {"ودعا الزعيم الشيعي البارز مقتدى الصدر العراقيين إلى التوحد.",
       {"REQUEST muqtada-al-sadr ->  asserted"}},
      {"وأطلقت السلطات السعودية سراح أربع ناشطات.",
       {"CONCEDE/release saudi-arabia -> agent-activists asserted"}},
      // "We" inside a quote is the speaker; the unit after the verb its
      // object. ل before a present verb is the ل of purpose.
      {"وقال الرئيس المصري عبد الفتاح السيسي: \"ندعم البرلمان الليبي\".",
       {"SUPPORT abdel-fattah-el-sisi -> house-of-representatives-libya "
        "reported"}},
      {"وقال وزير الخارجية الروسي سيرغي لافروف: \"بحثنا مع السراج الوضع\".",
       {"CONSULT/meet sergey-lavrov,fayez-al-sarraj ->  reported"}},
      {"وقال السراج: \"جئنا لنطلب من روسيا السلاح\".",
       {"REQUEST fayez-al-sarraj -> russia reported"}},
      {"وتوجه حفتر إلى موسكو ليطلب من روسيا السلاح.",
       {"CONSULT/visit khalifa-haftar -> russia asserted",
        "REQUEST khalifa-haftar -> russia asserted"}},
      // A ل on a purpose masdar marks no recipient.
      {"وتمثلت الخطة في دعم إيراني واسع للحوثيين لإضعاف الحكومة اليمنية.",
       {"SUPPORT iran -> houthis asserted"}},
      // Backing or praise with nobody named as its recipient is no
      // relation (support for an idea, a welcome for a decision).
      {"وأشاد الوزير الروسي سيرغي لافروف بالاتفاق.", {}},
      {"وتدعم الولايات المتحدة كل الأيديولوجيات.", {}},
      // Talks "with each of the two": one act with each person.
      {"وصل حفتر والسراج إلى القاهرة أمس. وأجرى وزير الخارجية الروسي سيرغي "
       "لافروف محادثات منفصلة مع كل منهما.",
       {"CONSULT/visit khalifa-haftar,fayez-al-sarraj -> egypt asserted",
        "CONSULT/meet sergey-lavrov,fayez-al-sarraj ->  asserted",
        "CONSULT/meet sergey-lavrov,khalifa-haftar ->  asserted"}},
      // Trigger rows: a video call, forces drawn down, forces deployed.
      {"أجرى بوتين اتصالا مرئيا مع أردوغان.",
       {"CONSULT/phone vladimir-putin,recep-tayyip-erdogan ->  asserted"}},
      {"بدأت روسيا سحب قواتها من سوريا.", {"RETREAT russia -> syria asserted"}},
      {"نشرت تركيا قوات في قطر.", {"MOBILIZE/troops turkey -> qatar asserted"}},
  };
  ExpectCases(kCases);
}

// Round 6c: lexicon breadth, one or two rows of each type's new
// vocabulary, and forms left out because they are other words.
TEST(EventsTest, GoldenTableRound6c) {
  const Case kCases[] = {
      // REQUEST: a plea, an appeal made.
      {"التمست الحكومة الليبية من مصر المساعدة في تأمين الحدود.",
       {"REQUEST libya -> egypt asserted"}},
      {"أطلقت تونس نداء إلى الاتحاد الأوروبي.",
       {"REQUEST tunisia -> european-union asserted"}},
      // نداء alone is left out: نداء تونس is a party.
      {"قال رئيس كتلة نداء تونس إن الحزب سيعقد مؤتمره.", {}},
      // REJECT: objecting, opposing, a veto.
      {"اعترضت الصين على قرار الولايات المتحدة.",
       {"REJECT china -> united-states asserted"}},
      {"عارضت روسيا فرنسا في مجلس الأمن.",
       {"REJECT russia -> france asserted"}},
      {"استخدمت روسيا حق النقض ضد مشروع قرار بريطاني.",
       {"REJECT/veto russia -> united-kingdom asserted"}},
      // اعترض with an object is "intercepted": no event.
      {"اعترضت الدفاعات السعودية صاروخا أطلقه الحوثيون.", {}},
      // SANCTION: an embargo, frozen assets, diplomatic sanctions.
      {"فرض الاتحاد الأوروبي حظر السلاح على ليبيا.",
       {"SANCTION european-union -> libya asserted"}},
      // An embargo "imposed" (المفروض): by whom من names after it, never
      // by the actor before the masdar.
      {"يشكو الجيش الوطني الليبي من حظر السلاح المفروض على ليبيا.", {}},
      {"يشكو الجيش الوطني الليبي من حظر السلاح المفروض من مجلس الأمن على "
       "ليبيا.",
       {"SANCTION/embargo un-security-council -> libya asserted"}},
      {"جمدت الولايات المتحدة أرصدة إيرانية.",
       {"SANCTION/economic united-states -> iran asserted"}},
      {"طردت بريطانيا السفير الروسي.",
       {"SANCTION/diplomatic united-kingdom -> russia asserted"}},
      {"استدعت تونس سفيرها من دمشق.",
       {"SANCTION/diplomatic tunisia -> syria asserted"}},
      {"قطعت السعودية العلاقات مع إيران.",
       {"SANCTION/diplomatic saudi-arabia -> iran asserted"}},
      {"علق الاتحاد الإفريقي عضوية مصر.",
       {"SANCTION/membership african-union -> egypt asserted"}},
      // COERCE: arrests, sieges, repression; a curfew is no sanction (and,
      // done to nobody named, no event).
      {"ألقت الشرطة التونسية القبض على ثلاثة مسلحين.",
       {"COERCE/arrest tunisia -> agent-gunmen asserted"}},
      {"حاصر الجيش السوري مدينة حلب.",
       {"COERCE/blockade syrian-arab-army -> aleppo asserted"}},
      {"قمعت قوات الأمن المتظاهرين في القاهرة.",
       {"COERCE/repress agent-security-forces -> agent-protesters asserted"}},
      {"فرضت السلطات المصرية حظر التجول في السويس.", {}},
      // CONCEDE: an apology, a release, giving up, easing sanctions.
      {"اعتذر أردوغان لبوتين عن إسقاط الطائرة.",
       {"CONCEDE/apologize recep-tayyip-erdogan -> vladimir-putin asserted"}},
      {"أطلقت إسرائيل سراح الأسرى الفلسطينيين.",
       {"CONCEDE/release israel -> agent-prisoners asserted"}},
      {"تنازلت مصر عن الجزيرتين للسعودية.",
       {"CONCEDE egypt -> saudi-arabia asserted"}},
      {"رفعت الولايات المتحدة العقوبات عن السودان.",
       {"CONCEDE/ease united-states -> sudan asserted"}},
      // RETREAT: surrender, a truce, forces drawn down.
      {"استسلم عناصر داعش للجيش العراقي.",
       {"RETREAT/surrender isis -> iraqi-army asserted"}},
      {"أعلنت روسيا وتركيا هدنة في سوريا.",
       {"RETREAT/ceasefire russia,turkey ->  asserted"}},
      {"بدأت روسيا تقليص حجم القوات المنتشرة في سوريا.",
       {"RETREAT russia -> syria asserted"}},
      // THREATEN: brandishing force, an ultimatum.
      {"لوح ترامب باستخدام القوة ضد كوريا الشمالية.",
       {"THREATEN donald-trump -> north-korea asserted"}},
      {"وجهت روسيا إنذارا لتركيا.", {"THREATEN russia -> turkey asserted"}},
      // MOBILIZE: reinforcements sent, exercises.
      {"أرسلت تركيا تعزيزات عسكرية إلى الحدود السورية.",
       {"MOBILIZE/troops turkey -> syria asserted"}},
      {"أجرت روسيا وإيران مناورات عسكرية مشتركة في بحر قزوين.",
       {"MOBILIZE/exercise russia,iran ->  asserted"}},
      // ACCUSE: a lawsuit.
      {"رفعت قطر دعوى قضائية ضد الإمارات.",
       {"ACCUSE/lawsuit qatar -> united-arab-emirates asserted"}},
      // COOPERATE: coordination, shared intelligence, an embassy reopened.
      {"نسقت مصر مع روسيا في الملف الليبي.",
       {"COOPERATE egypt,russia ->  asserted"}},
      // A hope for an act is the act wanted, in the future.
      {"قال الوزير إن مصر تتطلع إلى التعاون مع روسيا في مجال الطاقة.",
       {"COOPERATE egypt,russia ->  future"}},
      {"تبادلت تونس والجزائر المعلومات حول الجماعات المسلحة.",
       {"COOPERATE/intelligence tunisia,algeria ->  asserted"}},
      {"أعادت إيطاليا فتح سفارتها في طرابلس.",
       {"COOPERATE/diplomatic italy -> libya asserted"}},
      // AGREE, AID, CONSULT.
      {"تعاقدت ليبيا مع روسيا على شراء أسلحة.",
       {"AGREE libya,russia ->  asserted"}},
      {"تبرعت السعودية لليمن بمليار دولار.",
       {"AID/economic saudi-arabia -> yemen asserted"}},
      {"تفاوضت الحكومة السورية مع المعارضة في جنيف.",
       {"CONSULT/negotiate syrian-government,agent-opposition ->  asserted"}},
      // Speech acts (round 6e). A و the segmenter leaves on a short verb
      // (وحث); what is asked for is no event of its own.
      {"وحث الاتحاد الأوروبي تركيا على سحب قواتها من سوريا.",
       {"REQUEST european-union -> turkey asserted"}},
      // A request's object stands before what is asked: not a party
      // inside the asked act (the migrants).
      {"وناشد البابا فرنسيس الدول الأوروبية استقبال المهاجرين.",
       {"REQUEST x-البابا-فرنسيس ->  asserted"}},
      // The pronoun on the complementizer is the speaker, not the man
      // named in the sentence before.
      {"زار لافروف طرابلس أمس. وأكد السراج أنه طلب من روسيا التوسط لدى "
       "حفتر.",
       {"CONSULT/visit sergey-lavrov -> libya asserted",
        "REQUEST fayez-al-sarraj -> russia reported"}},
      // The addressee stands before what is asked: the object, or none
      // (not the owner of a place inside what is asked).
      {"وطالب الاتحاد الأوروبي تركيا بسحب قواتها من قبرص.",
       {"REQUEST european-union -> turkey asserted"}},
      {"وحث الاتحاد الأوروبي على الانسحاب من سوريا.",
       {"REQUEST european-union ->  asserted"}},
      // A preposition the trigger lists marks the addressee.
      {"أطلقت مصر نداء عاجلا إلى الأمم المتحدة.",
       {"REQUEST egypt -> united-nations asserted"}},
      // A participle after a clause (داعيا، متوعدا) is the speaker's act;
      // the reported clause's لن does not reach it.
      {"وأكد السراج أن حكومته لن تتراجع، داعيا روسيا إلى التوسط.",
       {"REQUEST fayez-al-sarraj -> russia reported"}},
      {"وقال أحمد المسماري إن القوات تعيد تنظيم صفوفها، متوعدا سرايا "
       "الدفاع عن بنغازي برد حاسم.",
       {"THREATEN ahmed-al-mismari -> benghazi-defence-brigades asserted"}},
      // What the accused is accused of is the accused's act, after the
      // verb or the masdar.
      {"واتهم لافروف تركيا بدعم حفتر.",
       {"ACCUSE sergey-lavrov -> turkey asserted",
        "SUPPORT turkey -> khalifa-haftar asserted"}},
      {"وأثار اتهام موسكو لأنقرة بدعم حفتر غضبا واسعا.",
       {"ACCUSE russia -> turkey asserted",
        "SUPPORT turkey -> khalifa-haftar asserted"}},
      // An invitation is no request; a warning has its object.
      {"وصل حفتر إلى القاهرة بدعوة من السلطات المصرية.",
       {"CONSULT/visit khalifa-haftar -> egypt asserted"}},
      {"وحذر حفتر السراج من عواقب التصعيد.",
       {"ACCUSE/warn khalifa-haftar -> fayez-al-sarraj asserted"}},
      // "His country" in a quote frame is the speaker's state (his office
      // in the knowledge base); the refused proposal's owner the recipient.
      {"وقال الرئيس التركي رجب طيب أردوغان إن بلاده ترفض مقترح روسيا.",
       {"REJECT turkey -> russia reported"}},
      {"وقال أنجيلينو ألفانو إن بلاده ترحب بقرار مجلس الأمن.",
       {"SUPPORT/praise italy -> un-security-council reported"}},
  };
  ExpectCases(kCases);
}

// Round 7c: diplomatic and verbal acts (docs/events-history.md, Seventh round
// 7c).
TEST(EventsTest, GoldenTableRound7c) {
  const Case kCases[] = {
      // A verb is no name without its ة (صعد is not the town صعدة): a
      // ship with a state's nisba boarded is a visit to the state.
      {"صعد المشير خليفة حفتر إلى متن الفرقاطة التركية قبالة طرابلس.",
       {"CONSULT/visit khalifa-haftar -> turkey asserted"}},
      // An agreement or an embassy opened with one side named is no
      // relation; with both, it is.
      {"أبرمت روسيا العقود الجديدة أمس.", {}},
      {"وقعت مصر وروسيا اتفاقية تعاون في القاهرة.",
       {"AGREE egypt,russia ->  asserted"}},
      {"أعادت فرنسا فتح سفارتها.", {}},
      {"أعادت فرنسا فتح سفارتها في ليبيا.",
       {"COOPERATE/diplomatic france -> libya asserted"}},
      // A hope about a named party asks it; the speaker is found past a
      // phrase set off by commas and led by a preposition.
      {"قال بوتين إنه يأمل أن تساعد تركيا في حل الأزمة.",
       {"REQUEST/hope vladimir-putin -> turkey reported"}},
      {"وأبدى أردوغان أمله في أن تلعب روسيا دورا في سوريا.",
       {"REQUEST/hope recep-tayyip-erdogan -> russia asserted"}},
      {"قال أردوغان للصحفيين، على هامش القمة في باريس، إنه يأمل أن تلعب "
       "روسيا دورا في سوريا.",
       {"REQUEST/hope recep-tayyip-erdogan -> russia reported"}},
      // "His counterpart" with a state's nisba: the holder of the same
      // office there on the day of publication (2017-02-20); نظير with no
      // pronoun is "in return for".
      {"استقبل بوتين نظيره التركي في سوتشي.",
       {"CONSULT/host vladimir-putin -> recep-tayyip-erdogan asserted"}},
      {"التقى لافروف نظيره المصري أمس.",
       {"CONSULT/meet sergey-lavrov,sameh-shoukry ->  asserted"}},
      {"باع الرجل البيت نظير مبلغ كبير.", {}},
      // A meeting verb after حيث with no subject of its own is the
      // traveller's; video said after the party makes the talks a call.
      {"صعد لافروف إلى متن الفرقاطة التركية، حيث تحادث مع أردوغان عبر "
       "الفيديو.",
       {"CONSULT/visit sergey-lavrov -> turkey asserted",
        "CONSULT/phone sergey-lavrov,recep-tayyip-erdogan ->  asserted"}},
      {"أجرى لافروف محادثة عبر دائرة تلفزيونية مع أردوغان.",
       {"CONSULT/phone sergey-lavrov,recep-tayyip-erdogan ->  asserted"}},
      {"زار نتنياهو موسكو، حيث بحث مع بوتين الوضع في سوريا.",
       {"CONSULT/meet benjamin-netanyahu,vladimir-putin ->  asserted"}},
      // A request in the accusative of purpose after a verb's object: the
      // subject asks the object; the dual verb of two joined by و is not it.
      {"وقال الوزير إن حفتر قصد موسكو طلبا للأسلحة.",
       {"REQUEST khalifa-haftar -> russia reported"}},
      {"زار السراج روما طلبا للدعم.",
       {"CONSULT/visit fayez-al-sarraj -> italy asserted",
        "REQUEST fayez-al-sarraj -> italy asserted"}},
      // A hope about no one named, or nobody's hope, is no request.
      {"نأمل أن تتحسن الأوضاع في البلاد.", {}},
      {"وعاد اللاعب إلى التدريبات على أمل أن يشارك ميسي في المباراة.", {}},
  };
  ExpectCases(kCases);
}

// Round 8b: agreements whose parties stand in the context, subjects past
// the verb's own marker (docs/events-history.md, Eighth round 8b).
TEST(EventsTest, GoldenTableRound8b) {
  const Case kCases[] = {
      // An agreement named without its parties continues the topic of
      // the two-party event told last.
      {"ألغت روسيا ديونا على مصر، وتلتها صفقات سلاح بقيمة ملياري دولار.",
       {"AID/economic russia -> egypt asserted",
        "AGREE russia,egypt ->  asserted"}},
      // Not a definite one (agreements told or known), not "decades" after
      // a word of time, not "any" agreement, not one whose parties بين
      // names, if not as parties.
      {"زار أردوغان الدوحة أمس. وقد تجمدت العقود كلها.",
       {"CONSULT/visit recep-tayyip-erdogan -> qatar asserted"}},
      {"زار أردوغان الدوحة أمس، في أول زيارة منذ عقود.",
       {"CONSULT/visit recep-tayyip-erdogan -> qatar asserted"}},
      {"زار أردوغان الدوحة أمس. ويصطدم أي تعاون بالعقوبات.",
       {"CONSULT/visit recep-tayyip-erdogan -> qatar asserted"}},
      {"التقى أردوغان أمير قطر أمس. وكان اتفاق قد أبرم بين القوى الكبرى.",
       {"CONSULT/meet recep-tayyip-erdogan,tamim-bin-hamad ->  asserted"}},
      // عقود (`loose` in cues.tsv) only as contracts for someone.
      {"زار أردوغان الدوحة أمس. وارتفعت عقود خام برنت.",
       {"CONSULT/visit recep-tayyip-erdogan -> qatar asserted"}},
      {"ألغت روسيا ديونا على مصر مقابل عقود لشركاتها.",
       {"AID/economic russia -> egypt asserted",
        "AGREE russia,egypt ->  asserted"}},
      // The subject after the verb's own marker carrying a pronoun.
      {"وقعت موسكو اتفاقا مع دمشق، وصادق عليه مجلس الدوما أمس.",
       {"AGREE russia,syria ->  asserted",
        "AGREE/ratify state-duma ->  asserted"}},
      {"انسحبت تركيا من الاتفاق، وهو الاتفاق الذي انسحبت منه الولايات "
       "المتحدة أيضا.",
       {"RETREAT turkey ->  asserted", "RETREAT united-states ->  asserted"}},
      // A need stressed asks the party that must act: the subject after
      // أن, or the doer of the masdar (the state of forces with a nisba);
      // with nobody named, it is no request.
      {"وشدد الاتحاد الأوروبي على ضرورة أن تفتح تركيا حدودها.",
       {"REQUEST/need european-union -> turkey asserted"}},
      {"وأكد أردوغان ضرورة انسحاب القوات الأمريكية من سوريا.",
       {"REQUEST/need recep-tayyip-erdogan -> united-states asserted"}},
      {"أكد الرئيس على ضرورة الحوار بين الأطراف.", {}},
      // A warning of what passes between parties is aimed at them (past a
      // clause set off by commas); not of a clause after أن.
      {"حذرت فرنسا، التي تتولى رئاسة المجلس، من تبعات التقارب بين روسيا "
       "وتركيا.",
       {"ACCUSE/warn france -> russia,turkey asserted"}},
      {"حذر أردوغان من أن الحرب بين روسيا وأوكرانيا ستطول.",
       {"ACCUSE/warn recep-tayyip-erdogan ->  asserted"}},
  };
  ExpectCases(kCases);
}

// Round 10b: a verb in a relative clause with the antecedent as its
// object pronoun and its own subject after it.
TEST(EventsTest, GoldenTableRound10b) {
  const Case kCases[] = {
      {"وصل إلى موسكو وفد من حركة حماس التي تدعمها قطر.",
       {"SUPPORT qatar -> hamas asserted"}},
      {"وصف أردوغان الحركة التي تتهمها أنقرة بتدبير الانقلاب بأنها إرهابية.",
       {"ACCUSE turkey -> agent-movement asserted"}},
      {"التقى السيسي وزير الخارجية القطري الذي انتقدته السعودية الشهر الماضي.",
       {"CONSULT/meet abdel-fattah-el-sisi,mohammed-bin-abdulrahman-al-thani "
        "->  asserted",
        "ACCUSE saudi-arabia -> mohammed-bin-abdulrahman-al-thani asserted"}},
      // خلال (during) governs its noun like قبل، بعد: a phrase, no object;
      // so the count before it underwent the attack.
      {"وقتل أكثر من مئة مدني خلال أسبوع من القصف.",
       {"ASSAULT  -> agent-civilians asserted"}},
  };
  ExpectCases(kCases);
}

TEST(EventsTest, EventPointsAtDateAmountAndEvidence) {
  const Document doc = Analyze(
      "وفي يناير 2010 أبرمت روسيا وليبيا صفقة سلاح بقيمة 1.8 مليار دولار.");
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.type, "AGREE");
  ASSERT_GE(e.date, 0);
  EXPECT_EQ(doc.dates[e.date].value, "2010-01");
  ASSERT_GE(e.amount, 0);
  EXPECT_DOUBLE_EQ(doc.amounts[e.amount].value, 1.8e9);
  EXPECT_EQ(doc.Text(e.trigger), "أبرمت");
  EXPECT_EQ(doc.Text(e.evidence), doc.text);  // the sentence
  EXPECT_FALSE(e.rule.empty());
}

// The date of the trigger's own clause, not one past "، فيما", though
// that one stands nearer.
TEST(EventsTest, DateOfTheTriggersClause) {
  const Document doc = Analyze(
      "اعترفت تركيا بالحكومة الجديدة عام 2014، فيما شهدت العلاقات تحولا "
      "أثناء زيارة الرئيس التركي رجب طيب أردوغان إلى تونس للقاء الرئيس "
      "الباجي قائد السبسي في قصر قرطاج عام 2017.");
  // (The visit to meet the president is one event, the meeting.)
  const Event* visit = nullptr;
  for (const Event& e : doc.events)
    if (e.type == "CONSULT") visit = &e;
  ASSERT_NE(visit, nullptr);
  ASSERT_GE(visit->date, 0);
  EXPECT_EQ(doc.dates[visit->date].value, "2017");
}

// Agreements named in the plural, then one of them told with its date and
// sum: two events; the verb that took in its noun (أبرمت … صفقة سلاح)
// keeps the noun's qualifier as context.
TEST(EventsTest, OneDealOfManyIsItsOwnEvent) {
  const Document doc = Analyze(
      "تحدث الوزير عن الاتفاقيات القديمة بين مصر وتركيا. وكانت مصر قد أبرمت "
      "عام 2015 صفقة سلاح مع تركيا بقيمة مليار دولار.");
  ASSERT_EQ(doc.events.size(), 2u);
  const Event& deal = doc.events[1];
  EXPECT_EQ(deal.type, "AGREE");
  EXPECT_EQ(doc.Text(deal.trigger), "أبرمت");
  ASSERT_GE(deal.amount, 0);
  EXPECT_DOUBLE_EQ(doc.amounts[deal.amount].value, 1e9);
  EXPECT_EQ(deal.context, std::vector<std::string>{"military"});
  EXPECT_LT(doc.events[0].amount, 0);
}

// An act with no doer done during an event told before is that event's
// doer's (a head of state's, so his state's), at that event's date.
TEST(EventsTest, ActDoneDuringAVisitAndItsSum) {
  const Document doc = Analyze(
      "زار أردوغان تونس في مارس. وتم خلال هذه الزيارة الإعلان عن اتفاقية "
      "تجارية وإلغاء الديون التونسية البالغة مليار دولار.");
  // (The trade agreement names one side only, a nisba far after it; it
  // continues the topic of the visit, whose parties it has: round 8b.)
  ASSERT_EQ(doc.events.size(), 3u);
  const Event& deal = doc.events[1];
  EXPECT_EQ(deal.type, "AGREE");
  ASSERT_EQ(deal.actor.size(), 2u);
  EXPECT_EQ(doc.actors[deal.actor[0]].key, "turkey");
  EXPECT_EQ(doc.actors[deal.actor[1]].key, "tunisia");
  const Event& relief = doc.events[2];
  EXPECT_EQ(relief.type, "AID");
  ASSERT_EQ(relief.actor.size(), 1u);
  // (A head of state writes a debt off for his state.)
  EXPECT_EQ(doc.actors[relief.actor[0]].key, "turkey");
  ASSERT_EQ(relief.recipient.size(), 1u);
  EXPECT_EQ(doc.actors[relief.recipient[0]].key, "tunisia");
  EXPECT_GE(relief.amount, 0);
  // (Done during the visit, it has the visit's date.)
  ASSERT_GE(doc.events[0].date, 0);
  EXPECT_EQ(relief.date, doc.events[0].date);
}

// A dual verb's doers are the two parties named before it, and its date
// theirs; a sum of its own clause is its own, not the nearer one of the
// clause before.
TEST(EventsTest, DualVerbAndTheSumOfItsClause) {
  const Document doc = Analyze(
      "في مارس 2016 وقعت مصر والأردن اتفاقا للغاز بقيمة 300 مليون دولار، "
      "كما اتفقتا على رفع الكمية لتبلغ قيمتها 500 مليون دولار.");
  ASSERT_EQ(doc.events.size(), 2u);
  std::vector<double> sums;
  for (const Event& e : doc.events) {
    EXPECT_EQ(e.type, "AGREE");
    std::vector<std::string> keys;
    for (int32_t a : e.actor) keys.push_back(doc.actors[a].key);
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"egypt", "jordan"}));
    ASSERT_GE(e.amount, 0);
    sums.push_back(doc.amounts[e.amount].value);
    // (The pronoun's event tells the time: both March 2016.)
    ASSERT_GE(e.date, 0);
    EXPECT_EQ(doc.dates[e.date].value, "2016-03");
  }
  EXPECT_EQ(sums, (std::vector<double>{3e8, 5e8}));
  EXPECT_EQ(Code("اجتمع بوتين وأردوغان أمس في سوتشي. واتفقا على تنسيق "
                 "المواقف."),
            (std::vector<std::string>{
                "CONSULT/meet vladimir-putin,recep-tayyip-erdogan ->  asserted",
                "AGREE vladimir-putin,recep-tayyip-erdogan ->  asserted"}));
}

// Round 7b: material and conflict acts (docs/events-history.md, "Seventh round
// (7b)").
TEST(EventsTest, MaterialAndConflictActs) {
  const Case kCases[] = {
      // A verb that imposes or gives, with the masdar as its pronoun, names
      // the doer (light verb).
      {"ما زال الحظر الذي فرضه مجلس الأمن الدولي على السودان ساريا.",
       {"SANCTION/embargo un-security-council -> sudan asserted"}},
      {"أطال الدعم العسكري الذي قدمته إيران للحوثيين أمد الحرب.",
       {"AID/military iran -> houthis asserted"}},
      // فرض alone is the masdar: the government is not the protest's doer.
      {"احتج التجار على فرض الحكومة ضرائب جديدة.",
       {"PROTEST/demonstrate agent-traders -> agent-authorities asserted"}},
      // The side a place was taken from is whom the attack was against.
      {"شنت القوات العراقية هجوما على مدينة الموصل وانتزعت السيطرة عليها من "
       "تنظيم داعش.",
       {"ASSAULT iraqi-army -> isis asserted"}},
      {"شنت القوات العراقية هجوما على مدينة الموصل.",
       {"ASSAULT iraqi-army -> mosul asserted"}},
      // Air operations with their owner at the noun; without one, none.
      {"كثفت روسيا عملياتها الجوية في سوريا.",
       {"ASSAULT/aerial russia ->  asserted"}},
      {"تواصلت العمليات الجوية الروسية في سوريا.",
       {"ASSAULT/aerial russia ->  asserted"}},
      {"علق الجيش العمليات الجوية بعد الحادث.", {}},
      // A subsidy is no backing of a party.
      {"قررت الحكومة خفض دعم الوقود والكهرباء.", {}},
  };
  ExpectCases(kCases);
}

// Round 9b: vocabulary of the material and conflict types
// (docs/events-history.md, "Ninth round (9b)").
TEST(EventsTest, GoldenTableRound9b) {
  const Case kCases[] = {
      // Fighting named as such, by both sides (since session 11); a crowd
      // in the clashes riots against the others in them.
      {"اندلعت اشتباكات عنيفة بين الجيش العراقي وتنظيم داعش.",
       {"ASSAULT iraqi-army,isis ->  asserted"}},
      {"اندلعت مواجهات بين المتظاهرين والشرطة في طهران.",
       {"PROTEST/riot agent-protesters -> agent-police asserted"}},
      // مواجهة (a match, facing) before a pronoun or in the dual is no
      // مواجهات (its ة written ت).
      {"استعد المنتخب المصري لمواجهتين وديتين، وفاز في مواجهته الأخيرة على "
       "تونس.",
       {}},
      {"وأحكم أردوغان قبضته على السلطة في تركيا.", {}},
      {"أسقطت تركيا مقاتلة روسية قرب الحدود.",
       {"ASSAULT/aerial turkey -> russia asserted"}},
      {"أطلق الحوثيون صواريخ باليستية على السعودية.",
       {"ASSAULT/firearms houthis -> saudi-arabia asserted"}},
      {"أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في طهران.",
       {"COERCE/repress agent-police -> agent-protesters asserted"}},
      {"نشرت روسيا جنودا في سوريا.",
       {"MOBILIZE/troops russia -> syria asserted"}},
      {"سحبت السعودية سفيرها من كندا.",
       {"SANCTION/diplomatic saudi-arabia -> canada asserted"}},
      {"فرضت واشنطن رسوما جمركية على الواردات الصينية.",
       {"SANCTION/economic united-states -> china asserted"}},
      {"علقت الولايات المتحدة المساعدات العسكرية لباكستان.",
       {"SANCTION/discontinue united-states -> pakistan asserted"}},
      // The masdar of فرض is still the verb phrase (no noun row with فرض).
      {"قررت الولايات المتحدة إعادة فرض العقوبات على إيران.",
       {"SANCTION united-states -> iran asserted"}},
      // Aid named by what is given; its kind from the word after it.
      {"قدمت الإمارات مساعدات طبية لليمن.",
       {"AID/humanitarian united-arab-emirates -> yemen asserted"}},
      {"وسلمت مساعدة الوزير التسجيل إلى محطة سي إن إن.", {}},
      // منح is a verb where verbs stand: a prize given is no grant.
      {"منح الاتحاد الدولي جائزة اللعب النظيف للمنتخب الإسباني.", {}},
      {"نظم العمال وقفة احتجاجية أمام البرلمان في تونس.",
       {"PROTEST/demonstrate agent-workers ->  asserted"}},
      {"أضرب المعلمون في تونس عن العمل.",
       {"PROTEST/strike agent-teachers ->  asserted"}},
  };
  ExpectCases(kCases);
}

// A verb the segmenter split after its و (وسار as و + س + ار) is read
// whole: its trigger is the whole verb, and its س no future prefix.
TEST(EventsTest, RejoinedVerbTrigger) {
  const Document doc = Analyze("وسار المتظاهرون في وسط المدينة.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.Text(doc.events[0].trigger), "سار");
  EXPECT_EQ(doc.events[0].modality, Modality::kAsserted);
}

TEST(EventsTest, ConjugatesWeakAndSoundVerbs) {
  const std::vector<std::string> sound = EventLexicon::Conjugate("دعم", "يدعم");
  for (const char* f : {"دعم", "دعمت", "دعموا", "يدعم", "تدعم", "يدعمون"})
    EXPECT_NE(std::find(sound.begin(), sound.end(), f), sound.end()) << f;
  const std::vector<std::string> weak = EventLexicon::Conjugate("دعا", "يدعو");
  for (const char* f : {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"})
    EXPECT_NE(std::find(weak.begin(), weak.end(), f), weak.end()) << f;
  // A passive verb leaves out the أ- present, the active past (أصاب).
  const std::vector<std::string> pass =
      EventLexicon::Conjugate("اصيب", "يصاب", false);
  for (const char* f : {"اصيب", "اصيبت", "اصيبوا", "يصاب", "تصاب"})
    EXPECT_NE(std::find(pass.begin(), pass.end(), f), pass.end()) << f;
  EXPECT_EQ(std::find(pass.begin(), pass.end(), "اصاب"), pass.end());
}

TEST(EventsTest, LexiconErrorsNameFileAndLine) {
  Result<std::unique_ptr<const EventLexicon>> lex =
      EventLexicon::Load("/nonexistent-dir");
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("triggers.tsv"), std::string::npos);
}

// Round 10c: senses of trigger words that are no event (docs/events-history.md,
// "Tenth round (10c)").
TEST(EventsTest, GoldenTableRound10c) {
  const Case kCases[] = {
      // An illness caught is no attack; a blow at credibility is a metaphor.
      {"سجلت الإدارة الجهوية للصحة إصابة جديدة بفيروس الالتهاب الكبدي.", {}},
      {"اعتبر النائب أن القرار يضرب مصداقية الحكومة.", {}},
      // A cultural event, an interview, what binds two countries.
      {"افتتح الوزير تظاهرة ثقافية بمدينة سوسة.", {}},
      {"قال الوزير في حوار مع صحيفة فرنسية إن الوضع مستقر.", {}},
      {"تطرق الوزيران إلى العلاقات التي تجمع البلدين.", {}},
      // A word without ة is no noun listed only with it: مظاهر (aspects),
      // مسير (a manager), غار (a cave).
      {"انتشرت مظاهر الفوضى في المدينة.", {}},
      {"أعلنت الوزارة عن انتداب أربعين مسير في الرياضة.", {}},
      {"اختبأ المسلحون في غار بالجبل.", {}},
  };
  ExpectCases(kCases);
}

// The feminine nouns themselves are still triggers.
TEST(EventsTest, FeminineNounsStillTrigger) {
  EXPECT_FALSE(Code("نظم الأساتذة مسيرة أمام وزارة التربية.").empty());
  EXPECT_FALSE(Code("شن الجيش الأمريكي غارة على مواقع تنظيم داعش.").empty());
  EXPECT_FALSE(Code("نظم المحتجون مظاهراتهم أمام البرلمان.").empty());
  EXPECT_FALSE(Code("تجمع المحتجون أمام مقر الولاية.").empty());
}

// A hunger strike named as إضراب الجوع is no strike from work.
TEST(EventsTest, HungerStrikeMaghrebi) {
  const std::vector<std::string> ev =
      Code("دخل عشرات العمال في إضراب جوع أمام مقر الولاية.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_NE(ev[0].find("PROTEST/hunger"), std::string::npos) << ev[0];
}

// Partial reports of an act in two sentences that name no party in
// common stay two events: neither lends the other its party. In one
// sentence they are one act. A noun in ية after the subject of an attack
// verb is its object, not its adjective (the verb is active).
TEST(EventsTest, PartialReportsLendNoParties) {
  const Case kCases[] = {
      {"هاجم مسلحون قرية في الشمال أمس. وقتل خمسة جنود في الجنوب.",
       {"ASSAULT agent-gunmen ->  asserted",
        "ASSAULT  -> agent-soldiers asserted"}},
      {"هاجم مسلحون قرية في الشمال أمس، وقتلوا خمسة جنود.",
       {"ASSAULT agent-gunmen -> agent-soldiers asserted"}},
  };
  ExpectCases(kCases);
}

// The pronoun on إن/أن right before a verb, agreeing with it and with
// the reporting clause's subject, is that subject: the reporter did it,
// and the unit after the verb is its object. An attack or an arrest only
// with an object after it (without one it may be a passive).
TEST(EventsTest, ReporterIsTheVerbsSubject) {
  const Case kCases[] = {
      {"قالت روسيا، السبت، إنها قتلت تسعة مسلحين في داغستان.",
       {"ASSAULT russia -> agent-gunmen reported"}},
      {"وأعلنت الشرطة أنها اعتقلت خمسة مشتبه بهم.",
       {"COERCE/arrest agent-police -> agent-accused reported"}},
      // A masculine pronoun does not stand for the police: no reporter.
      {"وقالت الشرطة إنه قتل ثلاثة مسلحين في الاشتباك.",
       {"ASSAULT  -> agent-gunmen reported"}},
  };
  ExpectCases(kCases);
}

// Fighting "between X and Y" is done by both sides: both are actors,
// with no recipient; a crowd on one side riots against the other.
TEST(EventsTest, FightingBetweenTwoSides) {
  const Case kCases[] = {
      {"واندلعت اشتباكات بين قوات الأمن ومسلحين في المدينة.",
       {"ASSAULT agent-security-forces,agent-gunmen ->  asserted"}},
      {"وقال مسؤولون إن معارك بين حركة طالبان وتنظيم داعش أوقعت قتلى.",
       {"ASSAULT taliban,isis ->  reported"}},
      {"وخاضت القوات الحكومية معارك مع الحوثيين في تعز.",
       {"ASSAULT agent-armed-forces -> houthis asserted"}},
      {"واندلعت مواجهات بين المحتجين والشرطة أمام البرلمان.",
       {"PROTEST/riot agent-protesters -> agent-police asserted"}},
  };
  ExpectCases(kCases);
}

// The one unit after an accusation verb, its charge right after it with
// ب, is the accused: the accuser is elsewhere, and with none found the
// event is not kept (before: the accused was coded as the accuser).
TEST(EventsTest, AccusedBeforeTheCharge) {
  const Case kCases[] = {
      {"وكانت قد اتهمت أطراف عراقية، تركيا بأنها السبب في أزمة المياه.", {}},
      {"واتهم فرانك باستخدام سيارة قنصلية.", {}},
      // The subject after the verb, the accused after it: unchanged.
      {"واتهمت روسيا الولايات المتحدة بدعم الإرهاب.",
       {"ACCUSE russia -> united-states asserted"}},
      // An adverb of manner is no charge.
      {"وانتقد نتنياهو بشدة وزير المالية السابق.",
       {"ACCUSE benjamin-netanyahu ->  asserted"}},
  };
  ExpectCases(kCases);
}

// An attack's or a raid's doer after ل right after it or its adjective;
// not a ل further on (the target's owner), nor after a blow (ضربة ل: to).
TEST(EventsTest, RaidsDoerAfterLam) {
  const Case kCases[] = {
      {"أسفر هجوم لجماعة بوكو حرام عن مقتل 18 شخصا.",
       {"ASSAULT boko-haram ->  asserted"}},
      {"وقتل عشرة مدنيين في غارات للطيران الروسي على ريف إدلب.",
       {"ASSAULT russia -> agent-civilians asserted"}},
      {"وشن الطيران الإسرائيلي غارات على مواقع لحركة حماس في غزة.",
       {"ASSAULT israel -> hamas asserted"}},
      {"ويمثل تحرير المدينة ضربة جديدة لحركة الشباب.",
       {"ASSAULT  ->  asserted"}},
  };
  ExpectCases(kCases);
}

// The owner after ل of the site an attack hit (cues.tsv `site`) is whom
// it was done to; an air force is an armed force, a state's by its nisba
// or the body after التابع ل.
TEST(EventsTest, OwnerOfTheSiteHit) {
  const Case kCases[] = {
      {"وقصفت القوات التركية مواقع لحزب العمال الكردستاني في شمال العراق.",
       {"ASSAULT turkey -> pkk asserted"}},
      {"واستهدفت طائرات إسرائيلية مقرا لحركة حماس في غزة.",
       {"ASSAULT israel -> hamas asserted"}},
      {"وشن سلاح الجو التابع للجيش الوطني الليبي غارات على مواقع المعارضة.",
       {"ASSAULT libyan-national-army -> agent-opposition asserted"}},
      // Not a site after another preposition (في مواقع …).
      {"وقتل ثلاثة جنود في مواقع للجيش قرب الحدود.",
       {"ASSAULT  -> agent-soldiers asserted"}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
