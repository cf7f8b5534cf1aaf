// A masdar that is the object of a verb of deciding, going on or intending
// (coder_control.cc): the verb's subject does the act, the masdar's
// genitive is whom it is done to.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::Code;
using testing::ExpectCases;

TEST(ControlTest, GoldenTable) {
  const Case rows[] = {
      // VSO: the subject between the verb and the masdar.
      {"واصلت تركيا دعم المعارضة السورية المسلحة.",
       {"SUPPORT turkey -> agent-opposition asserted"}},
      // Forced to, with the ل of purpose before the masdar.
      {"وقالت الصحيفة إن باكستان ستضطر لطلب قرض من صندوق النقد الدولي.",
       {"REQUEST pakistan -> imf future"}},
      {"قرر الرئيس الأمريكي دونالد ترامب دعوة الرئيس الفرنسي إيمانويل "
       "ماكرون إلى واشنطن.",
       {"REQUEST donald-trump -> emmanuel-macron asserted"}},
      // SVO, and an intention: the act is in the future.
      {"قالت الخارجية إن إيران ستواصل دعم الحكومة السورية.",
       {"SUPPORT iran -> syrian-government future"}},
      {"ويعتزم الرئيس التركي رجب طيب أردوغان زيارة موسكو الشهر المقبل.",
       {"CONSULT/visit recep-tayyip-erdogan -> russia future"}},
      // A genitive followed by the row's marker is the masdar's own doer.
      {"أكد لافروف دعم روسيا لحفتر.",
       {"SUPPORT russia -> khalifa-haftar asserted"}},
      // One's own forces are no recipient.
      {"قررت روسيا تقليص القوات الروسية في سوريا.",
       {"RETREAT russia -> syria asserted"}},
  };
  ExpectCases(rows);
}

TEST(ControlTest, PronounOnTheMasdarNamesNoObject) {
  // واصل X هجومه: his attack; the name after it is no object of it.
  EXPECT_EQ(Code("وواصل حفتر هجومه ونجح مساعده عبد الرازق الناظوري في دخول "
                 "المدينة."),
            std::vector<std::string>{"ASSAULT khalifa-haftar ->  asserted"});
}

}  // namespace
}  // namespace rasd
