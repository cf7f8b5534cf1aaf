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

// The nisba of a state right after an agent: a body of the state (the
// `state` column: police, army, officials) is coded as that state; other
// agents keep their key and take the state as their country, and two
// states for one agent in a document leave it none.
TEST(AgentsTest, StateFromNisba) {
  const Case kCases[] = {
      {"هاجمت الشرطة المصرية المحتجين أمام المحكمة.",
       {"ASSAULT egypt -> agent-protesters asserted"}},
      {"وقتل الجيش الباكستاني خمسة مسلحين في الإقليم.",
       {"ASSAULT pakistan -> agent-gunmen asserted"}},
      {"واعتقلت قوات الأمن العراقية عشرة مطلوبين.", {}},
      {"وطردت روسيا 23 دبلوماسيا بريطانيا.",
       {"SANCTION/diplomatic russia -> united-kingdom asserted"}},
      // No nisba: the agent.
      {"هاجمت الشرطة المحتجين أمام المحكمة.",
       {"ASSAULT agent-police -> agent-protesters asserted"}},
      // A state's arms (agent-weapons) are the state; without a nisba
      // they are no unit at all.
      {"وشن الطيران الروسي غارات على مواقع المعارضة.",
       {"ASSAULT russia -> agent-opposition asserted"}},
      {"وأطلقت المدفعية التركية قذائف على مواقع وحدات حماية الشعب.",
       {"ASSAULT/firearms turkey -> ypg asserted"}},
      {"واستهدفت طائرة مسيرة أمريكية قياديا في التنظيم.",
       {"ASSAULT united-states ->  asserted"}},
      {"وزودت روسيا الجيش الليبي بطائرات ودبابات.",
       {"AID/military russia -> libyan-national-army asserted"}},
      // Jets (=مقاتلات) are no fighters (مقاتل: agent-militants).
      {"وشنت المقاتلات الروسية غارات على مواقع المعارضة.",
       {"ASSAULT russia -> agent-opposition asserted"}},
      // An armed group's nisba after any agent is the group.
      {"وقصفت الميليشيات الحوثية منازل المواطنين في تعز.",
       {"ASSAULT houthis -> agent-citizens asserted"}},
      // His country's body (قوات بلاده): the state of the one who spoke.
      {"وقال لافروف إن قوات بلاده قصفت مواقع للمسلحين.",
       {"ASSAULT russia -> agent-gunmen reported"}},
      {"وهاجم المقاتلون مواقع الجيش.",
       {"ASSAULT agent-militants -> agent-armed-forces asserted"}},
  };
  ExpectCases(kCases);
}

TEST(AgentsTest, CountryFromNisba) {
  auto country = [](const std::string& text, const std::string& key) {
    const Document doc = Analyze(text);
    for (const Actor& a : doc.actors)
      if (a.key == key) return a.country;
    return std::string("(none)");
  };
  EXPECT_EQ(country("هاجم المحتجون المصريون الشرطة أمام المحكمة.",
                    "agent-protesters"),
            "EGY");
  EXPECT_EQ(country("هاجم المحتجون الشرطة أمام المحكمة.", "agent-protesters"),
            "");
  EXPECT_EQ(country("هاجم المحتجون المصريون الشرطة، وهاجم المحتجون الليبيون "
                    "الشرطة.",
                    "agent-protesters"),
            "");
  // The state's body is the state's actor, named by the whole phrase.
  const Document doc = Analyze("اعتقلت الشرطة التركية صحفيين.");
  ASSERT_EQ(doc.events.size(), 1u);
  const Actor& a = doc.actors[doc.events[0].actor.at(0)];
  EXPECT_EQ(a.key, "turkey");
  EXPECT_EQ(a.aliases.at(0), "الشرطة التركية");
}

}  // namespace
}  // namespace rasd
