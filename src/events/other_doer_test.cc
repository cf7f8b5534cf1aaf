// The wrong actor (other_doer.cc, docs/events-history.md, Fourteenth
// round, 14a): the doer of another act, a bystander in a closed relative
// clause, the one who tells that an act broke out, and the object of a
// verb that carries its plural subject. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::ExpectCases;

// A noun trigger does not take as its actor the one named by برصاص or
// على يد (the doer of a killing told before it), nor the subject of a
// relative clause that closed before it, nor the one who reports that
// it broke out.
TEST(OtherDoerTest, NounActorBefore) {
  const Case kCases[] = {
      {"قتل ثلاثة فلسطينيين وأصيب أكثر من 400 آخرين، برصاص الجيش "
       "الإسرائيلي، خلال تظاهرات قرب الشريط الحدودي.",
       {"ASSAULT idf -> palestine asserted",
        "PROTEST/demonstrate  ->  asserted"}},
      // (The killing itself keeps its doer.)
      {"قتل متظاهر على يد الشرطة خلال احتجاجات في البصرة.",
       {"ASSAULT agent-police -> agent-protesters asserted",
        "PROTEST/demonstrate agent-protesters ->  asserted"}},
      {"أكدت واشنطن اندلاع مواجهات جديدة في سوريا.", {"ASSAULT  ->  asserted"}},
      {"وأفاد المرصد السوري بوقوع اشتباكات عنيفة في ريف إدلب.",
       {"ASSAULT  ->  asserted"}},
      // (As the result of an act told before it, it keeps that doer.)
      {"تصدى الأهالي لمئات الشبان من حزب الله، مما أدى إلى اندلاع "
       "مواجهات بالأيدي.",
       {"ASSAULT hezbollah ->  asserted"}},
  };
  ExpectCases(kCases);
}

// A verb that carries its plural subject: the unit after it is its
// object, the doer the one named before; with no object after it, a
// killing or an arrest is passive.
TEST(OtherDoerTest, PluralSubjectVerb) {
  const Case kCases[] = {
      {"وتجمع المحتجون أمام البرلمان واتهموا الحكومة بالفساد.",
       {"PROTEST/demonstrate agent-protesters ->  asserted",
        "ACCUSE agent-protesters -> agent-authorities asserted"}},
      {"خرج الطلاب إلى الشوارع ويطالبون الحكومة بالإصلاح.",
       {"REQUEST agent-students -> agent-authorities asserted"}},
      {"وقالت وسائل إعلام إن ستة مدنيين على الأقل قتلوا أثناء قصف في "
       "دمشق.",
       {"ASSAULT  -> agent-civilians reported"}},
      // (With its object after it, it is active.)
      {"وقال مسؤولون إن المسلحين قتلوا ثلاثة جنود.",
       {"ASSAULT agent-gunmen -> agent-soldiers reported"}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
