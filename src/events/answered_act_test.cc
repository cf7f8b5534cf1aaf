// A trigger of the same type a few words after another is taken in as the
// same event (Coder::Related: أبرمت روسيا … صفقة سلاح), unless a word
// between says it is the act answered or followed (ردا على، بعد، عقب، إثر،
// في أعقاب): then it is another act, with its own parties
// (docs/events-history.md, Fourteenth round 14d). Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::ExpectCases;

TEST(AnsweredActTest, AnActAnsweredIsAnotherEvent) {
  const Case kCases[] = {
      {"وأعلنت روسيا طرد دبلوماسيين أمريكيين ردا على طرد دبلوماسيين روس من "
       "الولايات المتحدة.",
       {"SANCTION/diplomatic russia -> united-states asserted",
        "SANCTION/diplomatic united-states -> russia asserted"}},
      // (The attack answered names its doer only after ل, which no
      // argument rule reads: its recipient alone.)
      {"وشنت إسرائيل غارات على قطاع غزة بعد هجوم صاروخي لحركة حماس على "
       "إسرائيل.",
       {"ASSAULT israel -> gaza-strip asserted",
        "ASSAULT hamas -> israel asserted"}},
      // Without such a word the second noun is still the same act.
      {"وأبرمت روسيا وليبيا صفقة سلاح بقيمة مليار دولار.",
       {"AGREE russia,libya ->  asserted"}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
