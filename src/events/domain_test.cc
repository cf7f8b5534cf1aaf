// What a report is about (domains.tsv, coder_domain.cc): a football report
// told in the words of war codes no attacks; a political one does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Analyze;
using testing::Code;

TEST(DomainTest, FootballReportCodesNoAttack) {
  const std::string match =
      "وفي المباراة الثانية واصل المنتخب المصري هجومه في الشوط الثاني، وهاجم "
      "لاعبو مصر مرمى المنتخب الروسي دون أن يسجلوا.";
  EXPECT_EQ(Code(match), std::vector<std::string>{});
  // The trigger is kept as no event, with the reason.
  const Document doc = Analyze(match);
  bool said = false;
  for (const Event& e : doc.uncoded)
    said = said || e.rule.ends_with("not coded: a sport report");
  EXPECT_TRUE(said);
}

TEST(DomainTest, OneSportsWordIsNoSportsReport) {
  // A political report with a word or two of sport is still political.
  EXPECT_EQ(
      Code("هاجمت القوات الروسية مواقع المعارضة السورية قرب الملعب "
           "البلدي في إدلب."),
      std::vector<std::string>{"ASSAULT russia -> agent-opposition asserted"});
}

TEST(DomainTest, ThePoliceStillAssault) {
  // The police beating a reporter at a match is coded all the same.
  const std::vector<std::string> events = Code(
      "وخلال المباراة بين الفريقين في الملعب البلدي، اعتدى أعوان الأمن "
      "على الصحفيين بعد الشوط الأول وطردوا المدرب.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].rfind("ASSAULT agent-security-forces", 0), 0u)
      << events[0];
}

}  // namespace
}  // namespace rasd
