// Non-events and wrong modality (Fourteenth round, 14c): deaths a disaster
// or an accident caused (disaster.cc); لا سيما negates nothing, and قد after
// كان is a pluperfect, not a hedge (coder_context.cc).
#include "events/disaster.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Analyze;
using testing::Code;

std::vector<std::string> Modalities(const std::string& text) {
  std::vector<std::string> out;
  for (const Event& e : Analyze(text).events)
    out.push_back(e.type + " " + std::string(ModalityName(e.modality)));
  return out;
}

TEST(DisasterTest, RoadAccidentIsNoAttack) {
  EXPECT_EQ(Code("قالت الشرطة المصرية إن 12 شخصا قتلوا في حادث سير على "
                 "الطريق الصحراوي."),
            std::vector<std::string>{});
  const Document doc = Analyze(
      "قالت الشرطة المصرية إن 12 شخصا قتلوا في حادث سير على "
      "الطريق الصحراوي.");
  bool said = false;
  for (const Event& e : doc.uncoded)
    said = said || e.rule.ends_with("a natural disaster or an accident");
  EXPECT_TRUE(said);
}

TEST(DisasterTest, QuakeAndFloodsAreNoAttack) {
  EXPECT_EQ(Code("أدى زلزال عنيف إلى مقتل 40 شخصا في شمال البلاد."),
            std::vector<std::string>{});
  EXPECT_EQ(Code("وأسفرت الفيضانات عن مصرع عشرة أشخاص في الهند."),
            std::vector<std::string>{});
}

TEST(DisasterTest, ABareIncidentIsStillAnAttack) {
  // الحادث alone is also said of a shooting or a bombing.
  EXPECT_FALSE(
      Code("قتل مسلحون ثلاثة جنود في الحادث الذي وقع قرب الحدود.").empty());
  // A fire far from the strike, in another clause, does not undo it.
  EXPECT_FALSE(Code("وقصفت الطائرات الإسرائيلية موقعين تابعين لحماس في غزة "
                    "الاثنين بعد أن تسببت بالونات حارقة في أربعة حرائق.")
                   .empty());
}

TEST(DisasterTest, AnAttackThatStartsAFireIsStillOne) {
  EXPECT_FALSE(Code("وقصفت الطائرات الروسية مستودعا للوقود في إدلب مما أدى "
                    "إلى اندلاع حريق كبير.")
                   .empty());
  EXPECT_TRUE(events::IntentAct("هاجم/يهاجم"));
  EXPECT_TRUE(events::IntentAct("إطلاق نار"));
  EXPECT_FALSE(events::IntentAct("مقتل"));
  EXPECT_FALSE(events::IntentAct("ضرب/يضرب"));
}

TEST(DisasterTest, SeoulIsNoFlood) {
  // سيول is also Seoul: only السيول is a flood.
  EXPECT_FALSE(Code("وقتل مسلحون ثلاثة حراس في سيول يوم الأحد.").empty());
}

TEST(DisasterTest, LaSiyyamaNegatesNothing) {
  const std::vector<std::string> m = Modalities(
      "وتعرض الوزير لضغوط كبيرة، لا سيما بعد احتجاجات العمال على الحكومة.");
  ASSERT_FALSE(m.empty());
  for (const std::string& s : m)
    EXPECT_EQ(s.find("negated"), std::string::npos) << s;
  // لا before a verb still negates.
  const std::vector<std::string> n =
      Modalities("وقال الوزير إن الحكومة لا تهاجم المتظاهرين.");
  ASSERT_FALSE(n.empty());
  EXPECT_NE(n[0].find("negated"), std::string::npos) << n[0];
}

TEST(DisasterTest, LaterDeathsOfTheDisasterAreNoAttack) {
  EXPECT_EQ(Code("ضرب زلزال قوي جزيرة سومطرة يوم الجمعة. وقال مسؤول إن "
                 "عشرة أشخاص قتلوا وأصيب عشرات آخرون في المدينة."),
            std::vector<std::string>{});
}

TEST(DisasterTest, AWantedActIsFuture) {
  // cues.tsv: يريد، تريد … are wishes, like يأمل.
  const std::vector<std::string> m = Modalities(
      "وقال المسؤول إن إيران تريد فتح طريق للإمدادات العسكرية لحزب الله.");
  ASSERT_FALSE(m.empty());
  EXPECT_NE(m[0].find("future"), std::string::npos) << m[0];
}

TEST(DisasterTest, QadAfterKanaIsPluperfect) {
  const std::vector<std::string> m = Modalities(
      "وكانت القوات الأمريكية قد نفذت ضربة على قاعدة الشعيرات السورية.");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].find("hypothetical"), std::string::npos) << m[0];
  // Before a present verb it hedges, كان or not.
  const std::vector<std::string> p =
      Modalities("وكان الجيش غاضبا فقد يهاجم المتظاهرين في المدينة.");
  ASSERT_FALSE(p.empty());
  EXPECT_NE(p[0].find("hypothetical"), std::string::npos) << p[0];
  // A hedge with no كان stays hypothetical.
  const std::vector<std::string> h =
      Modalities("قال الوزير إن روسيا قد تنفذ ضربة على قاعدة الشعيرات.");
  ASSERT_FALSE(h.empty());
  EXPECT_NE(h[0].find("hypothetical"), std::string::npos) << h[0];
}

}  // namespace
}  // namespace rasd
