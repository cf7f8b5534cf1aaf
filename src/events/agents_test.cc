// Generic agents (data/events/agents.tsv) as the event coder finds them:
// the groups news names by what they are, their construct forms and the
// state a nisba after them names. Sentences written for these tests, run
// through the whole pipeline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Analyze;
using testing::Case;
using testing::Code;
using testing::ExpectCases;

// Round 11d: groups that protest or riot (drivers, the unemployed,
// retirees, fans, teachers as أساتذة), and a plural in the construct
// state (سائقو، مسلحو) before its genitive.
TEST(AgentsTest, GoldenTableRound11d) {
  const Case kCases[] = {
      {"وتظاهر سائقو سيارات الأجرة أمام مقر الحكومة.",
       {"PROTEST/demonstrate agent-drivers ->  asserted"}},
      {"وتظاهر العاطلون عن العمل أمام مقر الولاية.",
       {"PROTEST/demonstrate agent-unemployed ->  asserted"}},
      {"واعتصم المتقاعدون أمام البرلمان.",
       {"PROTEST/demonstrate agent-retirees ->  asserted"}},
      {"وتظاهر الأساتذة أمام الوزارة.",
       {"PROTEST/demonstrate agent-teachers ->  asserted"}},
      // The genitive of a construct plural is inside its unit: not the
      // doer (before: agent-movement), nor the object.
      {"وهاجم مسلحو الحركة مركزا في المدينة.",
       {"ASSAULT agent-gunmen ->  asserted"}},
      {"وهاجم مشجعو الفريق رجال الأمن بعد المباراة.",
       {"ASSAULT agent-fans -> agent-security-forces asserted"}},
      // A school is no teacher (مدرسة is not listed as مدرس).
      {"وهاجم مسلحون مدرسة في القرية.", {"ASSAULT agent-gunmen ->  asserted"}},
  };
  ExpectCases(kCases);
}

// The nisba of a state right after an agent is the agent's country; two
// states for one agent in a document leave it none.
TEST(AgentsTest, CountryFromNisba) {
  auto country = [](const std::string& text, const std::string& key) {
    const Document doc = Analyze(text);
    for (const Actor& a : doc.actors)
      if (a.key == key) return a.country;
    return std::string("(none)");
  };
  EXPECT_EQ(
      country("هاجمت الشرطة المصرية المحتجين أمام المحكمة.", "agent-police"),
      "EGY");
  EXPECT_EQ(country("وقتل الجيش الباكستاني خمسة مسلحين في الإقليم.",
                    "agent-armed-forces"),
            "PAK");
  EXPECT_EQ(country("هاجمت الشرطة المحتجين أمام المحكمة.", "agent-police"), "");
  EXPECT_EQ(country("هاجمت الشرطة المصرية المحتجين، وهاجمت الشرطة الليبية "
                    "المتظاهرين.",
                    "agent-police"),
            "");
}

}  // namespace
}  // namespace rasd
