// Parties of meetings and hosting (round 14e): a name set off by commas
// after a title is the title's holder, not the object (arguments.cc
// NameBetweenCommas); حيث after a place refers to the place, so the one
// who met is looked for before it (coder_subject.cc PastWherePlace).
#include <gtest/gtest.h>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::ExpectCases;

TEST(Parties14Test, NameBetweenCommasIsNoObject) {
  const Case rows[] = {
      // The minister's name between commas is no recipient of the call;
      // the one after it is.
      {"حث وزير خارجية فرنسا، جان إيف لودريان، الرئيس الروسي فلاديمير بوتين "
       "على العودة إلى المفاوضات.",
       {"REQUEST france -> vladimir-putin asserted"}},
      // Without commas the name is part of the subject as before.
      {"استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي "
       "أحمد في القاهرة.",
       {"CONSULT/host abdel-fattah-el-sisi -> x-ابي-احمد asserted"}},
  };
  ExpectCases(rows);
}

TEST(Parties14Test, WherePlaceIsNoParty) {
  const Case rows[] = {
      // حيث refers to the state: the one who arrived met the president.
      {"وكان ولي العهد السعودي الأمير محمد بن سلمان قد وصل فرنسا، حيث "
       "التقى، الاثنين، الرئيس الفرنسي، إيمانويل ماكرون.",
       {"CONSULT/meet mohammed-bin-salman,emmanuel-macron ->  asserted"}},
  };
  ExpectCases(rows);
}

TEST(Parties14Test, AboutIsNoParty) {
  const Case rows[] = {
      // بشأن is "about": the matter is no one met (ب + شأن, not ب of
      // اجتمع ب).
      {"وسيجتمع مجلس الأمن الدولي الخميس بشأن ليبيا.", {}},
      // The one met with ب is still met.
      {"واجتمع وزير الخارجية الروسي سيرغي لافروف بنظيره الأمريكي ريكس "
       "تيلرسون بشأن الأزمة.",
       {"CONSULT/meet sergey-lavrov,rex-tillerson ->  asserted"}},
      // إذا opens a clause: its subject is governed by nothing before.
      {"وبشأن ما إذا كان الرئيس الأمريكي دونالد ترامب سيجتمع مع الرئيس "
       "الروسي فلاديمير بوتين، قال المتحدث إنه لا يعلم.",
       {"CONSULT/meet donald-trump,vladimir-putin ->  future"}},
  };
  ExpectCases(rows);
}

}  // namespace
}  // namespace rasd
