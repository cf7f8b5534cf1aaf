// Golden tables for the facts layer: sentences written for these tests,
// each with the compact form of what the dates, amounts and quotes steps
// must find. A row's expected string lists every item of the layer, so a
// spurious extra item fails the row too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "facts/calendar.h"
#include "facts/lexicon.h"
#include "facts/numbers.h"
#include "facts/quotes.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

const Pipeline& Shared() {
  static const Pipeline* p = Pipeline::Create().value().release();
  return *p;
}

Document Analyze(const std::string& text, const std::string& published) {
  Document doc;
  doc.text = text;
  doc.meta.published = published;
  EXPECT_TRUE(Shared().Run(&doc).ok());
  return doc;
}

std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string Dates(const Document& d) {
  std::string out;
  for (const DateExpr& x : d.dates) {
    if (!out.empty()) out += " ; ";
    out += std::string(d.Text(x.span)) + "=" +
           (x.value.empty() ? "null" : x.value);
    if (x.relative_unit != RelativeUnit::kNone)
      out += "(rel " + std::to_string(x.relative_offset) + ")";
    if (!x.mod.empty()) out += "[" + x.mod + "]";
  }
  return out;
}

std::string Amounts(const Document& d) {
  std::string out;
  for (const Amount& x : d.amounts) {
    if (!out.empty()) out += " ; ";
    out += std::string(d.Text(x.span)) + "=" + Num(x.value) + " " + x.unit;
    if (!x.what.empty()) out += "/" + x.what;
    if (!x.approx.empty()) out += "[" + x.approx + "]";
  }
  return out;
}

std::string Quotes(const Document& d) {
  std::string out;
  for (const Quote& x : d.quotes) {
    if (!out.empty()) out += " ; ";
    out += (x.direct ? "D " : "I ") + x.cue + " | " +
           std::string(d.Text(x.speaker_span)) + " (" + x.speaker_kind +
           ") | " + std::string(d.Text(x.outlet_span)) + " | " +
           std::string(d.Text(x.span));
  }
  return out;
}

struct Row {
  const char* text;
  const char* want;
};

constexpr const char* kPub = "2019-03-14";  // a Thursday

TEST(FactsDates, GoldenTable) {
  const Row rows[] = {
      {"وصل الوفد في 5 فبراير 2018 إلى العاصمة.", "5 فبراير 2018=2018-02-05"},
      {"وقّع الاتفاق في كانون الثاني 2016.", "كانون الثاني 2016=2016-01"},
      {"جرى ذلك في جانفي 2015 ثم في أفريل 2015.",
       "جانفي 2015=2015-01 ; أفريل 2015=2015-04"},
      {"افتتح المعرض في 3 جويلية 2017.", "3 جويلية 2017=2017-07-03"},
      {"صدر القرار في تشرين الأول/ أكتوبر 2012.",
       "تشرين الأول/ أكتوبر 2012=2012-10"},
      {"بدأ الصوم في 1 رمضان 1438 هـ.", "1 رمضان 1438 هـ=2017-05-27"},
      {"نشرت الوثيقة بتاريخ 2017/1/11 ثم 11-01-2017.",
       "2017/1/11=2017-01-11 ; 11-01-2017=2017-01-11"},
      {"تأسست الشركة عام 1998 وتوسعت في 2011.", "عام 1998=1998 ; 2011=2011"},
      {"وصل الوزير أمس والتقى نظيره اليوم.",
       "أمس=2019-03-13(rel -1) ; اليوم=2019-03-14(rel 0)"},
      {"أعلنت الحكومة ذلك الشهر الماضي.", "الشهر الماضي=2019-02(rel -1)"},
      {"زار الوفد المدينة قبل 3 أيام.", "قبل 3 أيام=2019-03-11(rel -3)"},
      {"انتهت الحرب منذ عامين.", "منذ عامين=2017(rel -2)"},
      {"تراجعت الأسعار منذ منتصف العام الماضي.",
       "منتصف العام الماضي=2018(rel -1)[mid]"},
      {"عاد اللاجئون بعد 4 سنوات من الحرب.", "بعد 4 سنوات=null(rel 4)"},
      {"عقد الاجتماع يوم الاثنين الماضي.",
       "يوم الاثنين الماضي=2019-03-11(rel -3)"},
      {"وصل المبعوث في 20 أبريل الماضي.", "20 أبريل الماضي=2018-04-20(rel -1)"},
      {"ستبدأ الجولة في مايو المقبل.", "مايو المقبل=2019-05(rel 0)"},
      {"مارس الجيش ضغوطا كبيرة على المدينة.", ""},
      {"قال رجب إن الأمر انتهى.", ""},
      {"نشرت وكالة روسيا اليوم تقريرا.", ""},
      {"حصل على 2000 جندي إضافي.", ""},
      {"فرض القرار 1970 حظرا على السلاح في 2011.", "2011=2011"},
      {"يطالب حفتر منذ عام 2011 برفع الحظر.", "عام 2011=2011"},
      {"استعاد الجيش الميناء أمس الأربعاء 13 مارس.",
       "أمس الأربعاء 13 مارس=2019-03-13(rel -1)"},
      {"وصل في 3 مارس 2018 وغادر في اليوم التالي.",
       "3 مارس 2018=2018-03-03 ; في اليوم التالي=2018-03-04(rel 1)"},
      {"زار موسكو في يونيو 2016 ثم في نوفمبر من العام نفسه.",
       "يونيو 2016=2016-06 ; نوفمبر من العام نفسه=2016-11(rel -3)"},
      {"هم في أمسّ الحاجة إليها.", ""},
      {"زار حفتر موسكو في يونيو ونوفمبر من العام الماضي.",
       "يونيو=2018-06(rel -1) ; نوفمبر من العام الماضي=2018-11(rel -1)"},
      {"تراجعت السيولة منذ مطلع العام.", "مطلع العام=2019(rel 0)[start]"},
      {"يعقد المؤتمر في 10 أبريل.", "10 أبريل=2019-04-10(rel 0)"},
      {"وصل الوفد في 10 سبتمبر.", "10 سبتمبر=2018-09-10(rel -1)"},
      {"جاءت تصريحاته بعد يومين فقط من زيارته.", "بعد يومين=null(rel 2)"},
      {"يصادف العيد ٢٥ ديسمبر ٢٠١٨.", "٢٥ ديسمبر ٢٠١٨=2018-12-25"},
      {"يعقد الملتقى يومي 10 و 11 أبريل المقبل.",
       "10=2019-04-10(rel 0) ; 11 أبريل المقبل=2019-04-11(rel 0)"},
      {"جرت الجولتان في 3 و4 مايو 2016.",
       "3=2016-05-03 ; 4 مايو 2016=2016-05-04"},
      {"بلغ السعر 10 و 11 دولارا.", ""},
      {"وقع ذلك في 12 و 11 مايو 2016.", "11 مايو 2016=2016-05-11"},
      {"تبعد القرية 2000 كيلومتر عن الساحل.", ""},
      // Ordinal days; seasons as their year (publication March 2019).
      {"بدأ العمل بالقانون في الأول من يناير 2018 وانتهى في الحادي "
       "والعشرين من أكتوبر.",
       "الأول من يناير 2018=2018-01-01 ; الحادي والعشرين من "
       "أكتوبر=2018-10-21(rel -1)"},
      {"أجريت الانتخابات في الثالث عشر من مايو 2014.",
       "الثالث عشر من مايو 2014=2014-05-13"},
      {"احتل المركز الأول من بين الفرق.", ""},
      {"جفت الآبار الصيف الماضي وقد تمتلئ الشتاء المقبل.",
       "الصيف الماضي=2018(rel -1) ; الشتاء المقبل=2020(rel 1)"},
      {"تنتهي الأشغال خلال الصيف وتبدأ المرحلة الثانية في خريف 2020.",
       "الصيف=2019(rel 0) ; خريف 2020=2020"},
      {"كان الربيع العربي بداية التحول.", ""},
      {"انخفضت الأسعار خلال الشتاء.", "الشتاء=2019(rel 0)"},
      {"يقرأ الصيف كتبا كثيرة.", ""},
      // A month name alone; "that day" is the last month or day told.
      {"وجاءت الزيارة أهم من زيارة أكتوبر.", "أكتوبر=2018-10(rel -1)"},
      {"زار البلاد في أبريل 2008، بعد غياب منذ عام 1985، وأعلن يومها "
       "اتفاقا.",
       "أبريل 2008=2008-04 ; عام 1985=1985 ; يومها=2008-04(rel 0)"},
      {"يطالب بذلك منذ أكثر من عام.", ""},
      // Exactly N before: a day, from the day of the reported statement.
      {"قال الوزير يوم 10 مارس إن المصنع افتتح قبل عامين بالتمام.",
       "10 مارس=2019-03-10(rel 0) ; قبل عامين بالتمام=2017-03-10(rel -2)"},
      {"افتتح المصنع قبل شهر تماما.", "قبل شهر تماما=2019-02-14(rel -1)"},
      // أول يوم: the day told before.
      {"بدأ العمل بالنظام الجديد يوم 3 مارس، وسجل في أول يوم إقبالا كبيرا.",
       "3 مارس=2019-03-03(rel 0) ; أول يوم=2019-03-03(rel 0)"},
      {"واليوم وبعد 8 سنوات من الحرب، عاد السكان.",
       "اليوم=2019-03-14(rel 0) ; بعد 8 سنوات=2019(rel 0)"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Dates(Analyze(r.text, kPub)), r.want) << r.text;
  }
}

TEST(FactsDates, AnchorsAndNonDates) {
  // Written in December, مطلع يناير is next January.
  EXPECT_EQ(Dates(Analyze("تبدأ المرحلة الجديدة مطلع يناير.", "2019-12-14")),
            "مطلع يناير=2020-01(rel 1)[start]");
  const Row rows[] = {
      {"دخلت الحملة يومها السادس.", ""},
      {"أعلن الوزير أمس القرار، وفي العام الجاري تراجع الإنتاج، وفي اليوم "
       "نفسه ارتفعت الأسعار.",
       "أمس=2019-03-13(rel -1) ; العام الجاري=2019(rel 0) ; في اليوم "
       "نفسه=2019-03-13(rel 0)"},
      {"استقال الرئيس بعد عشرين عاما في الحكم.", "بعد عشرين عاما=null(rel 20)"},
      {"خلال الأيام الأحد عشر الأولى من مايو تراجعت الحركة.",
       "مايو=2019-05(rel 0)"},
      {"وصل الوفد أمس الأول.", "أمس الأول=2019-03-12(rel -2)"},
      // A century has no YYYY value.
      {"بنيت القلعة في القرن الثاني عشر الميلادي.",
       "القرن الثاني عشر الميلادي=null"},
      {"بلغت الإيرادات عام 2022 تريليون ريال.", "عام 2022=2022"},
      {"وقع الهجوم في 3 مارس، وفي تلك الليلة غادر السكان.",
       "3 مارس=2019-03-03(rel 0) ; تلك الليلة=2019-03-03(rel 0)"},
      // غرة: the first day of the month named after it.
      {"تدخل الضريبة حيز التنفيذ غرة جانفي 2020.", "غرة جانفي 2020=2020-01-01"},
      // Half-years and the current week after a qualifier.
      {"سترتفع الصادرات في النصف الثاني من العام.",
       "النصف الثاني من العام=2019(rel 0)[second-half]"},
      {"تراجعت العملة مطلع الأسبوع.", "مطلع الأسبوع=2019-03(rel 0)[start]"},
      // A bare month joined to another takes its year.
      // A clause set ahead by a cue: the next such date.
      {"ومن المقرر أن تجتمع اللجنة في الرابع من فبراير.",
       "الرابع من فبراير=2020-02-04(rel 1)"},
      {"ستعقد القمة المقبلة في أبريل أو يوليو.",
       "أبريل=2019-04(rel 0) ; يوليو=2019-07(rel 0)"},
      // A month name inside a person's name is no date.
      {"وصل وزير الخارجية الإيطالي لويجي دي مايو إلى الجزائر.", ""},
      // In quoted words after a past speech verb, tonight is the day of
      // the statement; after a present one it is publication day.
      {"فاز الفريق أمس الأربعاء بالكأس. وقال لاعب: «لن ننسى هذه الليلة».",
       "أمس الأربعاء=2019-03-13(rel -1) ; الليلة=2019-03-13(rel 0)"},
      {"فاز الفريق أمس الأربعاء بالكأس. ويرى مدرب أن «الفوز اليوم حافز».",
       "أمس الأربعاء=2019-03-13(rel -1) ; اليوم=2019-03-14(rel 0)"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Dates(Analyze(r.text, kPub)), r.want) << r.text;
  }
}

TEST(FactsDates, NoPublicationDateLeavesRelativeUnresolved) {
  EXPECT_EQ(Dates(Analyze("وصل الوزير أمس.", "")), "أمس=null(rel -1)");
}

TEST(FactsAmounts, GoldenTable) {
  const Row rows[] = {
      {"بلغت قيمة العقد 3.5 مليار دولار.", "3.5 مليار دولار=3500000000 USD"},
      {"وقعت صفقة بخمسة ملايين و 200 ألف يورو.",
       "خمسة ملايين و 200 ألف يورو=5200000 EUR"},
      {"خصص البنك ثلاثة آلاف دينار كويتي للمشروع.",
       "ثلاثة آلاف دينار كويتي=3000 KWD"},
      {"طبع المصرف مليار دينار ليبي ثم 300 دينار أخرى.",
       "مليار دينار ليبي=1000000000 LYD ; 300 دينار=300 LYD"},
      {"ارتفع الإنتاج نحو 40 ألف برميل يوميا.",
       "40 ألف برميل=40000 barrel[about]"},
      {"قُتل أكثر من خمسة وعشرين جنديا.",
       "خمسة وعشرين جنديا=25 person/soldier[more_than]"},
      // People counted by a nationality, a role or "others".
      {"يعيش في البلد 1.5 مليون سوري، وصوت 90 نائبا، وأصيب 12 آخرين.",
       "1.5 مليون سوري=1500000 person ; 90 نائبا=90 person/deputy ; "
       "12 آخرين=12 person"},
      {"تراجع الجنيه المصري 15 في المئة.", "15 في المئة=15 percent"},
      {"رفع البنك الفائدة بنسبة 2.5% أمس.", "2.5%=2.5 percent"},
      {"طرح مصرف ليبيا المركزي في ليبيا فئتي 20 و50 دينارا.",
       "20=20 LYD ; 50 دينارا=50 LYD"},
      {"بيع الكيلو بين 10 و 12 جنيها في القاهرة.",
       "10=10 EGP ; 12 جنيها=12 EGP"},
      {"دفع 300 دينار.", "300 دينار=300 dinar"},
      {"يستهدف إنتاج مليوني برميل يوميا.", "مليوني برميل=2000000 barrel"},
      {"بلغ عدد الضحايا 20 و 30 جريحا أمس.",
       "20=20 person/injured ; 30 جريحا=30 person/injured"},
      {"وصلت قيمة المساعدات إلى $40 مليون.", "$40 مليون=40000000 USD"},
      {"استقبلت المخيمات نصف مليون لاجئ.",
       "نصف مليون لاجئ=500000 person/refugee"},
      {"تكلف المشروع مليون ونصف المليون روبل.",
       "مليون ونصف المليون روبل=1500000 RUB"},
      {"بلغت الخسائر ١٢٫٥ مليون ريال سعودي.",
       "١٢٫٥ مليون ريال سعودي=12500000 SAR"},
      {"دفع 1,800 جنيه إسترليني.", "1,800 جنيه إسترليني=1800 GBP"},
      {"شارك أحد عشر لاعبا والتقى خمسة وزراء.", ""},
      {"وصل أحد عشر جنديا.", "أحد عشر جنديا=11 person/soldier"},
      // A year before a scale word is no count; a bare currency name takes
      // the one named with its issuer before it; vague plurals are none.
      {"بلغت إيرادات السعودية عام 2021 تريليون ريال.",
       "تريليون ريال=1e+12 SAR"},
      {"هبطت الليرة السورية إلى 900 ليرة مقابل الدولار.", "900 ليرة=900 SYP"},
      {"وصل آلاف المتظاهرين وعشرات الصحافيين.", ""},
      {"أسقطت الدفاعات 12 طائرة مسيرة و 3 طائرات.",
       "12 طائرة مسيرة=12 drone ; 3 طائرات=3 aircraft"},
      // Distances are measured, not counted: no amount, and no year.
      {"تبعد المدينة 2000 كيلومتر عن العاصمة و 40 ميلا عن الحدود.", ""},
      {"استقبلت البلدة 40 شخصا.", "40 شخصا=40 person"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Amounts(Analyze(r.text, kPub)), r.want) << r.text;
  }
}

TEST(FactsQuotes, GoldenTable) {
  const Row rows[] = {
      // للإذاعة is ل + الإذاعة: a medium, so the outlet spoken to.
      {"وقال المحافظ للإذاعة العامة: «لن نرفع الفائدة هذا العام».",
       "D قال | المحافظ (named) | للإذاعة العامة | لن نرفع الفائدة هذا العام"},
      // An adverb after the verb is no subject.
      {"وكشفت أيضا أن المفاوضات ستستأنف قريبا.",
       "I كشفت |  () |  | المفاوضات ستستأنف قريبا"},
      // A quoted name right before أن is part of the subject.
      {"ويرى محللون في مصرف «بنك الخليج الأول» أن الفائدة سترتفع.",
       "I ويرى | محللون (anonymous) |  | الفائدة سترتفع"},
      // بحسب تصريحات لـX: X made the statements.
      {"تراجع الإنتاج بنحو الثلث خلال العام، بحسب تصريحات سابقة لوزير "
       "النفط.",
       "I حسب | وزير النفط (named) |  | تراجع الإنتاج بنحو الثلث خلال العام"},
      // هتف introduces speech.
      {"وهتف المتظاهرون في الساحة: «لا للفساد ولا للغلاء».",
       "D هتف | المتظاهرون (anonymous) |  | لا للفساد ولا للغلاء"},
      // A date after the verb is no subject; the subject is before it.
      {"وكان الوزير عادل الراشد قد أعلن مساء الاثنين أن المعبر سيفتح.",
       "I أعلن | الوزير عادل الراشد (named) |  | المعبر سيفتح"},
      // A title placed with إلى, then the name; وفق ما أفادت به X لوكالة Y.
      {"وقالت رئيسة بعثة البنك إلى الأردن، سلمى الحسن، إن القرض سيصرف قريبا.",
       "I قالت | رئيسة بعثة البنك إلى الأردن، سلمى الحسن (named) |  | القرض "
       "سيصرف قريبا"},
      {"توقف القتال في المدينة، وفق ما أفادت به مصادر محلية لوكالة الأنباء "
       "الفرنسية.",
       "I وفق | مصادر محلية (anonymous) | وكالة الأنباء الفرنسية | توقف "
       "القتال في المدينة"},
      // A clause opened by a turn word after a comma has its own subject.
      {"لم تعلن الحكومة أي رقم، غير أن مسؤولا محليا أفاد لوكالة «الأنباء "
       "الأردنية»، طالبا عدم الكشف عن هويته، بأن عشرات المنازل تضررت.",
       "I أفاد | مسؤولا محليا (anonymous) | وكالة «الأنباء الأردنية» | عشرات "
       "المنازل تضررت"},
      // Quoted words inside a clause that goes on after them: indirect.
      {"وقال الوزير إن المساعدات ستصل «مباشرة إلى الأسر المتضررة» عبر "
       "الجمعيات الأهلية في كل المحافظات الجنوبية.",
       "I قال | الوزير (named) |  | المساعدات ستصل «مباشرة إلى الأسر "
       "المتضررة» عبر الجمعيات الأهلية في كل المحافظات الجنوبية"},
      // تصريح مع CNN: an outlet; the channel phrase is not what was said.
      {"ورأى الباحث سمير العلي أن الأزمة ستطول، خلال تصريح مع CNN بالعربية.",
       "I رأى | الباحث سمير العلي (named) | CNN بالعربية | الأزمة ستطول"},
      // بعد أن opens a time clause, not what was announced.
      {"أعلنت الشركة استئناف الرحلات، بعد أن أصلحت الطائرات المعطلة.", ""},
      // A و-verb with no subject: the person the last sentence was about.
      {"وكان الوزير سمير الحداد قد زار المصنع الشهر الماضي. وكرر خلال زيارته "
       "أن «الإنتاج سيتضاعف قبل نهاية العام».",
       "D كرر | الوزير سمير الحداد (named) |  | الإنتاج سيتضاعف قبل نهاية "
       "العام"},
      // أكد فيه: "in it" points back to the subject's statement.
      {"وكان مجلس الأمن الدولي قد أصدر قرارا الأسبوع الماضي، أكد فيه أن "
       "الانتخابات ستجرى في موعدها.",
       "I أكد | مجلس الأمن الدولي (named) |  | الانتخابات ستجرى في موعدها"},
      // Quoted words after a second أن clause are part of the reported
      // speech.
      {"وكشف مصدر في الوزارة أن المفاوضات توقفت، وأن الحكومة \"تنتظر ردا "
       "مكتوبا من الشركة الأجنبية قبل أي خطوة جديدة\".",
       "I كشف | مصدر في الوزارة (anonymous) |  | المفاوضات توقفت، وأن الحكومة "
       "\"تنتظر ردا مكتوبا من الشركة الأجنبية قبل أي خطوة جديدة\""},
      // في بيان نقلته وكالة X: X is the outlet.
      {"وذكرت الوزارة، في بيان نقلته وكالة «الأنباء العربية»، أن المعبر "
       "سيفتح غدا.",
       "I ذكرت | الوزارة (named) | وكالة «الأنباء العربية» | المعبر سيفتح "
       "غدا"},
      // An outlet as subject relays the source after نقلا عن بيان لـ.
      {"وذكرت «وكالة النهار» نقلا عن بيان لوزارة الصحة أن المستشفى الجديد "
       "افتتح أمس.",
       "I ذكرت | وزارة الصحة (named) | «وكالة النهار» | المستشفى الجديد افتتح "
       "أمس"},
      // A phrase with ل after the verb is the addressee; the subject is
      // before the verb.
      {"غير أن دبلوماسيا غربيا قال لـ«صحيفة الأفق» إن المشروع سيتأخر عدة "
       "أشهر.",
       "I قال | دبلوماسيا غربيا (anonymous) | «صحيفة الأفق» | المشروع سيتأخر "
       "عدة أشهر"},
      // لدى before a named state belongs to the title.
      {"وقال السفير المصري لدى تونس، كريم الشاذلي، إن العلاقات بين البلدين "
       "ممتازة.",
       "I قال | السفير المصري لدى تونس، كريم الشاذلي (named) |  | العلاقات بين "
       "البلدين ممتازة"},
      // The issuer of a statement speaks in it.
      {"وأصدرت تونس بيانا قالت فيه إن الحدود ستفتح الشهر المقبل.",
       "I قالت | تونس (named) |  | الحدود ستفتح الشهر المقبل"},
      // حسب ما أعلنه X; حسب ما نقلته X عن Y.
      {"وحسب ما أعلنه الطرفان، تشمل الاتفاقية تبادل الخبرات في مجال الزراعة.",
       "I حسب | الطرفان (named) |  | تشمل الاتفاقية تبادل الخبرات في مجال "
       "الزراعة"},
      {"توقفت المفاوضات بين الجانبين مساء الأحد، حسب ما نقلته وكالة الأنباء "
       "الألمانية عن مصادر مطلعة.",
       "I حسب | مصادر مطلعة (anonymous) | وكالة الأنباء الألمانية | توقفت "
       "المفاوضات بين الجانبين مساء الأحد"},
      // The press is cited after وفق; حوار مع X is no outlet.
      {"وأكد الوزير أن الموازنة لن تتغير، ولم يستبعد فتح حوار مع النقابات، "
       "وفق ما نقلته الصحافة المحلية.",
       "I أكد | الوزير (named) | الصحافة المحلية | الموازنة لن تتغير، ولم "
       "يستبعد فتح حوار مع النقابات"},
      // A cue inside a speech verb's sentence with no clause: no quote.
      {"شدد الرئيس، بحسب وكالة الأنباء الرسمية، على أهمية الوحدة الوطنية.", ""},
      // Verb, subject after it, indirect speech.
      {"وقال وزير الطاقة سامي الكردي، إن الإنتاج سيرتفع قريبا.",
       "I قال | وزير الطاقة سامي الكردي (named) |  | الإنتاج سيرتفع قريبا"},
      // Subject before the verb, outlet after حسب.
      {"الناطق باسم البلدية، حسن العمري، أكد أن المياه عادت، حسب "
       "\"وكالة الشرق\".",
       "I أكد | الناطق باسم البلدية، حسن العمري (named) | \"وكالة الشرق\" | "
       "المياه عادت"},
      // Direct quote with a colon; continuation with وأضاف.
      {"وقالت الوزيرة: «لن نقبل بأي تأجيل للانتخابات المقبلة». وأضاف أن "
       "الحوار مستمر.",
       "D قالت | الوزيرة (named) |  | لن نقبل بأي تأجيل للانتخابات المقبلة ; "
       "I أضاف | الوزيرة (pronoun) |  | الحوار مستمر"},
      // Anonymous source speaking to an outlet.
      {"وأكد مصدر أمني طلب عدم ذكر اسمه، في تصريح لـ\"رويترز\" أن "
       "الهجوم أحبط.",
       "I أكد | مصدر أمني طلب عدم ذكر اسمه (anonymous) | \"رويترز\" | "
       "الهجوم أحبط"},
      // Quoted passage followed by its source.
      {"\"الوضع الأمني يتحسن يوما بعد يوم\" حسب سعيد النوري خلال مقابلة مع "
       "قناة الأفق.",
       "D حسب | سعيد النوري (named) | قناة الأفق | الوضع الأمني يتحسن يوما "
       "بعد يوم"},
      // A verb joined by و takes the sentence's first actor as speaker.
      {"وأدان المبعوث الأممي مارتن كوبلر العنف، وحذر من أن المواجهات قد "
       "تهدد الإنتاج.",
       "I حذر | المبعوث الأممي مارتن كوبلر (named) |  | المواجهات قد تهدد "
       "الإنتاج"},
      // An unnamed source with its في phrase; a name after it is another's.
      {"وقال عضو في الوفد المرافق للسراج إن الزيارة كانت صعبة.",
       "I قال | عضو في الوفد المرافق للسراج (anonymous) |  | الزيارة كانت "
       "صعبة"},
      // A group head with a name after it stays anonymous.
      {"ويقول أنصار حفتر إن الجيش يحتاج إلى العتاد.",
       "I يقول | أنصار حفتر (anonymous) |  | الجيش يحتاج إلى العتاد"},
      // The outlet after وفق ما نقلته; a relay verb with a pronoun inside
      // the clause.
      {"وقال الوزير، في تصريحات نقلتها وكالة تاس، إن بلاده تتواصل مع الجميع.",
       "I قال | الوزير (named) | وكالة تاس | بلاده تتواصل مع الجميع"},
      // كان X قد + verb, with a date between commas after it.
      {"وكان رئيس المجلس فايز السراج قد أشار، الاثنين الماضي، إلى أن "
       "الإنتاج ضعيف.",
       "I أشار | رئيس المجلس فايز السراج (named) |  | الإنتاج ضعيف"},
      // Quoted words inside longer reported speech are part of it; a
      // source cue between commas before the complement.
      {"وأوضح أردوغان، وفق ما نقلته وسائل إعلام تركية، أن بلاده ستحتفظ "
       "بقواتها في المنطقة، وأنها ستضرب «إذا عاد المسلحون».",
       "I أوضح | أردوغان (named) | وسائل إعلام تركية | بلاده ستحتفظ بقواتها "
       "في المنطقة، وأنها ستضرب «إذا عاد المسلحون»"},
      // The speaker's next statement keeps the outlet.
      {"ورحب لافروف، وفق ما نقلته وكالة سبوتنيك، بالخطة، مشيرا إلى أن "
       "الوضع معقد. وأضاف أن الحل سياسي.",
       "I مشيرا | لافروف (named) | وكالة سبوتنيك | الوضع معقد ; I أضاف | "
       "لافروف (pronoun) | وكالة سبوتنيك | الحل سياسي"},
      // A report verb without a complement is not a quote.
      {"وكشفت الصور حجم الدمار في المدينة.", ""},
      // A sentence attributed to an agency only.
      {"وصلت ثلاث سفن إلى الميناء صباحا، وفقا لـ\"سبوتنيك\".",
       "I وفقا |  () | \"سبوتنيك\" | وصلت ثلاث سفن إلى الميناء صباحا"},
      // A source cue opening the sentence, and one between commas.
      {"وحسب وكالة «الأنباء الوطنية»، وصلت الشحنة إلى الميناء أمس.",
       "I حسب |  () | وكالة «الأنباء الوطنية» | وصلت الشحنة إلى الميناء أمس"},
      {"وتراجعت الصادرات، بحسب مسؤولين في الميناء، خلال الشهر الماضي.",
       "I حسب | مسؤولين (anonymous) |  | تراجعت الصادرات، بحسب مسؤولين في "
       "الميناء، خلال الشهر الماضي"},
      // A relayed statement: the outlet quotes a source.
      {"ونقلت صحيفة «المساء» عن مسؤول أمني أن الطريق أعيد فتحه.",
       "I نقلت | مسؤول أمني (anonymous) | صحيفة «المساء» | الطريق أعيد فتحه"},
      // Participle continuing the speaker, direct quote inside.
      // نافيا continues the speaker; a relative pronoun's antecedent
      // speaks.
      {"وقال وزير المالية التركي إن الأزمة عابرة، نافيا أن تكون الحكومة "
       "تدرس فرض قيود.",
       "I قال | وزير المالية التركي (named) |  | الأزمة عابرة ; I "
       "نافيا | وزير المالية التركي (pronoun) |  | تكون الحكومة "
       "تدرس فرض قيود"},
      {"وحضر التوقيع الرئيس الفرنسي إيمانويل ماكرون، الذي قال إن الاتفاق "
       "تاريخي.",
       "I قال | الرئيس الفرنسي إيمانويل ماكرون (named) |  | الاتفاق "
       "تاريخي"},
      // The issuer of a statement, an adverb between; a body in the
      // construct state.
      {"وأصدرت وزارة الداخلية المغربية لاحقا بيانا قالت فيه إن الحدود "
       "ستبقى مغلقة.",
       "I قالت | وزارة الداخلية المغربية (named) |  | الحدود ستبقى "
       "مغلقة"},
      // A turn phrase between commas before the verb.
      {"والمتحدث باسم الحكومة محمد علي، من جهته، قال إن الرواتب ستصرف.",
       "I قال | المتحدث باسم الحكومة محمد علي (named) |  | الرواتب "
       "ستصرف"},
      // A title placed by عن, then the name.
      {"واعتبر النائب عن حزب العمال أحمد سالم أن الموازنة مجحفة.",
       "I اعتبر | النائب عن حزب العمال أحمد سالم (named) |  | "
       "الموازنة مجحفة"},
      // An outlet cited in another clause of the sentence is not this
      // statement's.
      {"وأكد الوزير لإذاعة «موزاييك» أن الحوار مستمر، في حين قال المتحدث "
       "باسم الحزب إن الحزب لم يتلق دعوة.",
       "I أكد | الوزير (named) | إذاعة «موزاييك» | الحوار مستمر ; I "
       "قال | المتحدث باسم الحزب (anonymous) |  | الحزب لم يتلق دعوة"},
      // في اتصال مع «X»: the outlet spoken to.
      {"ونفى مسؤول في الوزارة، في اتصال مع «المرصد»، أن يكون الاتفاق "
       "موجها ضد أحد.",
       "I نفى | مسؤول في الوزارة (anonymous) | «المرصد» | يكون "
       "الاتفاق موجها ضد أحد"},
      // An unnamed group placed by a definite noun; an indefinite plural
      // that names nobody.
      {"وذكرت وكالة «الأناضول»، نقلا عن مصادر في الرئاسة، أن الرئيس تلقى "
       "اتصالا.",
       "I ذكرت | مصادر في الرئاسة (anonymous) | وكالة «الأناضول» | "
       "الرئيس تلقى اتصالا"},
      {"وقال متعاملون في السوق إن الطلب على الدولار تراجع.",
       "I قال | متعاملون في السوق (anonymous) |  | الطلب على "
       "الدولار تراجع"},
      // A date, or the audience spoken to, ends the speaker's phrase.
      {"وأعلن الرئيس عبد المجيد تبون أمس الأربعاء أن الانتخابات ستجرى في "
       "موعدها.",
       "I أعلن | الرئيس عبد المجيد تبون (named) |  | الانتخابات "
       "ستجرى في موعدها"},
      {"وصرح وزير المالية أنس الصالح للصحفيين عقب الجلسة بأن الحكومة ماضية "
       "في الإصلاح.",
       "I صرح | وزير المالية أنس الصالح (named) |  | الحكومة ماضية "
       "في الإصلاح"},
      // أما X ف-verb: the topic speaks.
      {"أما المتحدث باسم الجيش العميد خالد منصور، فأكد أن القوات صدت "
       "الهجوم.",
       "I أكد | المتحدث باسم الجيش العميد خالد منصور (named) |  | "
       "القوات صدت الهجوم"},
      // A chain of relays: the last source speaks, the first outlet is
      // kept.
      {"ونقلت قناة «الأفق» عن وكالة «النبأ» عن مصدر مقرب من الحكومة أن "
       "الاتفاق بات قريبا.",
       "I نقلت | مصدر مقرب من الحكومة (anonymous) | قناة «الأفق» | "
       "الاتفاق بات قريبا"},
      // وفقا لـ + a phrase that is no source: no quote; figures are one.
      {"ارتفعت الأسعار وفقا لآليات السوق.", ""},
      {"بلغ عدد السياح مليوني سائح، وفق أرقام الوزارة.",
       "I وفق | أرقام الوزارة (named) |  | بلغ عدد السياح مليوني "
       "سائح"},
      // A body placed by a named place; an unnamed person with a nisba.
      {"وقالت وزارة الصحة في غزة إن المستشفيات امتلأت.",
       "I قالت | وزارة الصحة (named) |  | المستشفيات امتلأت"},
      {"وقال مهاجر غيني إن الرحلة كانت صعبة.",
       "I قال | مهاجر غيني (anonymous) |  | الرحلة كانت صعبة"},
      // A future verb reports nothing yet; a quoted phrase after a
      // preposition is no statement; a later scare quote is not claimed.
      {"وستعلن اللجنة النتائج «في أقرب وقت ممكن».", ""},
      {"وأعلنت الحكومة في طرابلس أمس وقف التصدير «إلى حين إشعار آخر».", ""},
      {"وقال الوزير إن «الحوار هو الحل الوحيد»، داعيا إلى التهدئة «من دون "
       "تأخير».",
       "D قال | الوزير (named) |  | الحوار هو الحل الوحيد"},
      // قائلا and كتب introduce speech.
      {"وخاطب الرئيس قيس سعيد أنصاره قائلا: «سنبني البلاد معا».",
       "D قائلا | الرئيس قيس سعيد (named) |  | سنبني البلاد معا"},
      {"وكتب الرئيس في رسالة إلى الناخبين: «الطريق طويل لكننا سنمضي».",
       "D كتب | الرئيس (named) |  | الطريق طويل لكننا سنمضي"},
      {"اعتبر الباحث نبيل سالم أن التقارب مفيد، مشيرا إلى أن \"الطرفين "
       "بحاجة إلى بعضهما\".",
       "I اعتبر | الباحث نبيل سالم (named) |  | التقارب مفيد ; D مشيرا | "
       "الباحث نبيل سالم (pronoun) |  | الطرفين بحاجة إلى بعضهما"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Quotes(Analyze(r.text, kPub)), r.want) << r.text;
  }
}

TEST(FactsQuotes, SpeakerActorFromOverlappingMention) {
  Document doc = Analyze("قال الوزير خالد يوسف إن الاتفاق قريب.", kPub);
  ASSERT_EQ(doc.quotes.size(), 1u);
  Mention m;
  m.span = doc.quotes[0].speaker_span;
  m.span.begin = m.span.end - 5;  // ends inside the speaker phrase
  m.type = EntityType::kPer;
  m.actor = 3;
  doc.mentions.push_back(m);
  EXPECT_EQ(ActorInSpan(doc, doc.quotes[0].speaker_span, EntityType::kPer), 3);
  EXPECT_EQ(ActorInSpan(doc, doc.quotes[0].span, EntityType::kPer), -1);
}

TEST(FactsCalendar, CivilAndHijri) {
  EXPECT_EQ(Weekday({2019, 3, 14}), 4);  // Thursday
  EXPECT_EQ(IsoPrefix(CivilFromDays(DaysFromCivil(2016, 2, 28) + 2)),
            "2016-03-01");
  CivilDate g;
  ASSERT_TRUE(HijriToGregorian(1438, 9, 1, &g));
  EXPECT_EQ(IsoPrefix(g), "2017-05-27");
  EXPECT_FALSE(HijriToGregorian(0, 1, 1, &g));
}

TEST(FactsNumbers, Digits) {
  double v = 0;
  EXPECT_TRUE(ParseDigits("1,800,000", &v));
  EXPECT_EQ(v, 1800000);
  EXPECT_TRUE(ParseDigits("2,5", &v));
  EXPECT_EQ(v, 2.5);
  EXPECT_FALSE(ParseDigits("1.2.3", &v));
  EXPECT_FALSE(ParseDigits("", &v));
}

TEST(FactsLexicon, BadFileNamesFileAndLine) {
  const std::string dir = ::testing::TempDir() + "/facts_bad";
  std::filesystem::create_directories(dir + "/facts");
  for (const char* f : {"months.tsv",     "weekdays.tsv",
                        "numbers.tsv",    "currencies.tsv",
                        "units.tsv",      "relative.tsv",
                        "time_units.tsv", "qualifiers.tsv",
                        "speech.tsv",     "citation.tsv",
                        "sources.tsv",    "outlets.tsv",
                        "np_stops.tsv",   "currency_countries.tsv",
                        "labels.tsv",     "ordinals.tsv",
                        "seasons.tsv",    "bodies.tsv",
                        "reports.tsv",    "future.tsv"}) {
    std::filesystem::copy_file(
        std::string(RASD_SOURCE_DIR) + "/data/facts/" + f, dir + "/facts/" + f,
        std::filesystem::copy_options::overwrite_existing);
  }
  ASSERT_TRUE(FactsLexicon::Load(dir).ok());
  {
    std::ofstream out(dir + "/facts/months.tsv", std::ios::app);
    out << "foo\t13\tgregorian\tx\tyes\n";
  }
  auto bad = FactsLexicon::Load(dir);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("months.tsv:"), std::string::npos)
      << bad.status().message();
  EXPECT_NE(bad.status().message().find("1-12"), std::string::npos);
  std::filesystem::copy_file(
      std::string(RASD_SOURCE_DIR) + "/data/facts/months.tsv",
      dir + "/facts/months.tsv",
      std::filesystem::copy_options::overwrite_existing);
  {
    std::ofstream out(dir + "/facts/currency_countries.tsv", std::ios::app);
    out << "XYZ\tLBY\n";
  }
  bad = FactsLexicon::Load(dir);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("currency_countries.tsv:"),
            std::string::npos)
      << bad.status().message();
}

}  // namespace
}  // namespace rasd
