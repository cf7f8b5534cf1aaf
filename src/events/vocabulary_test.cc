// Golden table for the trigger vocabulary of the diplomatic and verbal
// types added in round 9a (data/events/triggers.tsv; docs/events-history.md,
// Ninth round 9a): sentences written for these tests, each with the coding a
// reader gives it ("TYPE/mode actors -> recipients modality"), and forms
// that look like a new trigger but are not one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::Code;
using testing::ExpectCases;

TEST(VocabularyTest, DiplomaticAndVerbalRound9a) {
  const Case kCases[] = {
      // SUPPORT: solidarity, a vote of confidence, thanks, siding with,
      // allegiance.
      {"أعربت تونس عن تضامنها مع مصر.", {"SUPPORT tunisia -> egypt asserted"}},
      // (A Tunisian parliament: مجلس النواب is Libya's only where Libya is
      // named, data/kb/README.md.)
      {"منح مجلس النواب الثقة لحكومة يوسف الشاهد.",
       {"SUPPORT agent-legislators -> youssef-chahed asserted"}},
      {"وشكر أردوغان الرئيس الروسي فلاديمير بوتين.",
       {"SUPPORT/praise recep-tayyip-erdogan -> vladimir-putin asserted"}},
      {"انحازت قطر إلى تركيا في الأزمة.", {"SUPPORT qatar -> turkey asserted"}},
      {"وتحدث ماكرون في المؤتمر مشيدا بالجزائر.",
       {"SUPPORT/praise emmanuel-macron -> algeria asserted"}},
      // CONSULT: a call by video, a call received or made, a review with
      // a counterpart.
      {"أجرى المشير خليفة حفتر اتصالا بالفيديو مع وزير الدفاع الروسي سيرغي "
       "شويغو.",
       {"CONSULT/phone khalifa-haftar,sergei-shoigu ->  asserted"}},
      {"وتلقى السبسي اتصالا من ماكرون.",
       {"CONSULT/phone beji-caid-essebsi,emmanuel-macron ->  asserted"}},
      {"وأجرى أردوغان اتصالا مع بوتين.",
       {"CONSULT/phone recep-tayyip-erdogan,vladimir-putin ->  asserted"}},
      {"وأجرى الملك سلمان اتصالات مع العاهل الأردني الملك عبدالله الثاني.",
       {"CONSULT/meet x-سلمان,abdullah-ii-of-jordan ->  asserted"}},
      {"استعرض وزير الخارجية الروسي سيرغي لافروف مع فايز السراج العلاقات "
       "الثنائية.",
       {"CONSULT/meet sergey-lavrov,fayez-al-sarraj ->  asserted"}},
      // COOPERATE: coordination with, normalisation.
      {"تعمل تركيا بالتنسيق مع روسيا في سوريا.",
       {"COOPERATE turkey,russia ->  asserted"}},
      {"وبدأ المغرب التطبيع مع إسرائيل.",
       {"COOPERATE/diplomatic morocco,israel ->  asserted"}},
      // REQUEST: an appeal (أهاب ب), a petition filed.
      {"أهابت تونس بالأطراف الليبية ضبط النفس.",
       {"REQUEST tunisia -> libya asserted"}},
      {"وقدم محامي المعارض التماسا إلى المحكمة العليا.",
       {"REQUEST/petition agent-lawyers ->  asserted"}},
      // ACCUSE: disapproval, blame (past only: تحمل is "bears"), a
      // complaint, a critical participle after a clause.
      {"واستهجنت مصر تصريحات الرئيس التركي رجب طيب أردوغان.",
       {"ACCUSE egypt -> recep-tayyip-erdogan asserted"}},
      {"حملت مصر حماس المسؤولية.", {"ACCUSE egypt -> hamas asserted"}},
      {"ووجهت تيريزا ماي اللوم إلى روسيا.",
       {"ACCUSE theresa-may -> russia asserted"}},
      {"ألقت موسكو باللوم على واشنطن.",
       {"ACCUSE russia -> united-states asserted"}},
      {"قدمت قطر شكوى ضد الإمارات إلى محكمة العدل الدولية.",
       {"ACCUSE/complain qatar -> united-arab-emirates asserted"}},
      {"وتحدث أردوغان أمام البرلمان منتقدا روسيا.",
       {"ACCUSE recep-tayyip-erdogan -> russia asserted"}},
      // REJECT: a participle of refusal after a clause.
      {"وغادر السراج القاعة رافضا دعوة حفتر.",
       {"REJECT fayez-al-sarraj -> khalifa-haftar asserted"}},
      // THREATEN: a deadline given.
      {"أمهل الجيش الليبي المسلحين 48 ساعة.",
       {"THREATEN/ultimatum libyan-national-army -> agent-gunmen asserted"}},
      // RETREAT: arms laid down.
      {"ألقى مئات المسلحين السلاح.",
       {"RETREAT/surrender agent-gunmen ->  asserted"}},
      // CONCEDE: giving in, a pardon.
      {"رضخت إسرائيل للضغوط الأمريكية.",
       {"CONCEDE/yield israel -> united-states asserted"}},
      {"أصدر الرئيس التونسي الباجي قائد السبسي عفوا خاصا عن المعارض.",
       {"CONCEDE/release beji-caid-essebsi -> agent-opposition asserted"}},
      // Not triggers: the contact line (خط التماس), a club (نادي: no row
      // for نادى), "here" (هنا: no row for هنأ), bearing responsibility
      // (تحمل), a ceasefire still one (no verb row for وقف).
      {"تراجعت القوات إلى خط التماس.", {}},
      {"فاز النادي الإفريقي بالمباراة.", {}},
      {"وقال الوزير إن الأمن هنا مستتب.", {}},
      {"وقال إن الحكومة تتحمل المسؤولية كاملة.", {}},
      {"أعلنت روسيا وتركيا وقف إطلاق النار في سوريا.",
       {"RETREAT/ceasefire russia,turkey ->  asserted"}},
  };
  ExpectCases(kCases);
}

// Round 11a (docs/events-history.md, Eleventh round 11a): the types rasd coded
// least. Sentences written for these tests.
TEST(VocabularyTest, LeastCodedTypesRound11a) {
  const Case kCases[] = {
      // THREATEN: whom a threat of action is against, after ضد or على
      // (the row took only an object before).
      {"وهددت تركيا بعملية ضد قوات سوريا الديمقراطية.",
       {"THREATEN turkey -> sdf asserted"}},
      {"وتوعد وزير الخارجية الأمريكي مايك بومبيو برد قاس على فنزويلا.",
       {"THREATEN mike-pompeo -> venezuela asserted"}},
      {"ولوح الرئيس الأمريكي دونالد ترامب برد عسكري على النظام السوري.",
       {"THREATEN donald-trump -> syrian-government asserted"}},
      {"وأطلقت إيران تهديدات ضد إسرائيل.",
       {"THREATEN iran -> israel asserted"}},
      // THREATEN: a deadline set.
      {"ومنحت تركيا واشنطن مهلة أسبوع.",
       {"THREATEN/ultimatum turkey -> united-states asserted"}},
      // SANCTION: ambassadors and diplomats in the plural.
      {"واستدعت روسيا سفراء ألمانيا وفرنسا.",
       {"SANCTION/diplomatic russia -> germany,france asserted"}},
      {"وسحبت الولايات المتحدة دبلوماسييها من كوبا.",
       {"SANCTION/diplomatic united-states -> cuba asserted"}},
      // MOBILIZE: reinforcements named alone.
      {"وقال المتحدث إن تعزيزات الجيش السوري وصلت إلى إدلب.",
       {"MOBILIZE/troops syrian-arab-army -> idlib reported"}},
      // SUPPORT: appreciation, gratitude, admiration expressed.
      {"وأعرب العاهل الأردني عن تقديره لمصر.",
       {"SUPPORT/praise abdullah-ii-of-jordan -> egypt asserted"}},
      {"وعبرت الحكومة الأردنية عن امتنانها للكويت.",
       {"SUPPORT/praise jordan -> kuwait asserted"}},
      // ACCUSE: an attack in words (qualifiers.tsv).
      {"وشن أردوغان هجوما لاذعا على نتنياهو.",
       {"ACCUSE recep-tayyip-erdogan -> benjamin-netanyahu asserted"}},
      {"شن الرئيس الأمريكي دونالد ترامب هجوما حادا على ألمانيا.",
       {"ACCUSE donald-trump -> germany asserted"}},
      // CONCEDE: a pardon issued.
      {"وأصدر السبسي عفوا عن المعارض.",
       {"CONCEDE/release beji-caid-essebsi -> agent-opposition asserted"}},
      // Not these: Amnesty International (منظمة العفو) issuing a report,
      // migrants crossing (عبر) a border, a blow with a sharp object (حادة
      // not in the accusative) stays an attack.
      {"وقرأ الوزير التقرير الذي أصدرته منظمة العفو الدولية.", {}},
      {"وعبر المهاجرون الحدود إلى اليونان.", {}},
      // A danger told, no threat made (qualifiers.tsv): what endangers
      // security or lives.
      {"وقال الوزير إن أي عمل يهدد أمن إسرائيل سيواجه بالقوة.", {}},
      {"وترى تركيا في وحدات حماية الشعب تهديدا لأمنها القومي.", {}},
      {"وقتل مسلحون شرطيا بآلة حادة.",
       {"ASSAULT agent-gunmen -> agent-police asserted"}},
  };
  ExpectCases(kCases);
}

// Session 10: what nature does, a crisis that bursts, what one suffers
// and what sanctions aim at are no attacks (qualifiers.tsv); a real
// attack beside them still is.
TEST(VocabularyTest, NatureCrisesAndSanctionsAreNoAttacks) {
  const Case kCases[] = {
      {"ضرب زلزال قوي جنوب إيران.", {}},
      // (Also as the antecedent of a relative pronoun before the verb.)
      {"وارتفعت حصيلة الزلزال الذي ضرب جزيرة لومبوك.", {}},
      {"أدى انفجار الأزمة السياسية إلى استقالة الحكومة.", {}},
      {"تستهدف العقوبات الأمريكية قطاع النفط الإيراني.", {}},
      {"أصيب الأطفال بسوء التغذية في اليمن.", {}},
      // Ill-treatment is an act: سوء alone is not listed.
      {"تعرض السجناء للضرب وسوء المعاملة.",
       {"ASSAULT  -> agent-prisoners asserted"}},
      {"قصف الجيش الروسي مواقع المعارضة السورية.",
       {"ASSAULT russian-armed-forces -> agent-opposition asserted"}},
  };
  ExpectCases(kCases);
}

// Round 14d (docs/events-history.md, Fourteenth round 14d): a sentence
// passed with قضى, condolences offered to a party, an understanding
// reached. Sentences written for these tests.
TEST(VocabularyTest, SentencesCondolencesUnderstandingsRound14d) {
  const Case kCases[] = {
      {"قضت محكمة تركية بسجن الصحفي الألماني دنيز يوجيل.",
       {"COERCE/sentence turkey -> x-دنيز-يوجيل asserted"}},
      {"وقدم الرئيس الفرنسي إيمانويل ماكرون تعازيه إلى الرئيس المصري عبد "
       "الفتاح السيسي.",
       {"SUPPORT emmanuel-macron -> abdel-fattah-el-sisi asserted"}},
      {"وتوصلت تركيا إلى تفاهم مع الولايات المتحدة بشأن منبج.",
       {"AGREE turkey,united-states ->  asserted"}},
      // Not these: time spent (قضى alone), understanding as a value, a
      // memorandum still one AGREE, condolences to no party named.
      {"وقضى الرئيس ثلاثة أيام في باريس.", {}},
      {"ودعا الوزير إلى التفاهم بين الشعوب.", {}},
      {"ووقعت مصر والسعودية مذكرة تفاهم.",
       {"AGREE egypt,saudi-arabia ->  asserted"}},
      {"وعبر الوزير عن تعازيه لأسر الضحايا.", {}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
