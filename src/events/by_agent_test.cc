// The doer من قبل names after a trigger that has none (by_agent.cc,
// docs/events-history.md, Fourteenth round, 14b). Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::ExpectCases;

TEST(ByAgentTest, DoerAfterMinQibal) {
  const Case kCases[] = {
      {"وتتزايد المطالبة بالإصلاح من قبل المعارضة في الخارج.",
       {"REQUEST agent-opposition ->  asserted"}},
      {"وكانت الطالبات قد اختطفن الشهر الماضي من قبل مسلحين في القرية.",
       {"ASSAULT/abduct agent-gunmen -> agent-students asserted"}},
  };
  ExpectCases(kCases);
}

TEST(ByAgentTest, NotAnotherClausesAgent) {
  const Case kCases[] = {
      // (The house is used by the gunmen; the strike's doer is not named.)
      {"وأصابت الضربة منزلا يعتقد أنه يستخدم من قبل المسلحين.",
       {"ASSAULT  ->  asserted"}},
      // (The ouster was by the army, not the protests.)
      {"وخرجت تظاهرات كبرى أدت إلى عزله من قبل الجيش.",
       {"PROTEST/demonstrate  ->  asserted"}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
