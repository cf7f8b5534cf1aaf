// Who did what was suffered, named by the attack it was suffered in
// (attack_doer.cc, docs/events-history.md, Fourteenth round, 14b); the
// doer named by من قبل or بالرصاص and a nisba (arguments.cc ByHand).
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::ExpectCases;

TEST(AttackDoerTest, AttackNamesTheDoer) {
  const Case kCases[] = {
      // A light verb after the attack noun, past an adjective.
      {"قتل ثمانية مدنيين في قصف عنيف نفذته القوات الحكومية على البلدة.",
       {"ASSAULT agent-armed-forces -> agent-civilians asserted"}},
      // A nisba.
      {"قتل أربعة مدنيين في قصف روسي على ريف إدلب.",
       {"ASSAULT russia -> agent-civilians asserted"}},
      // ل and the owner of the planes.
      {"قتل خمسة مدنيين في غارة لطائرات التحالف العربي.",
       {"ASSAULT arab-coalition-yemen -> agent-civilians asserted"}},
      // A noun of what was suffered, after إثر.
      {"أعلنت الشرطة إصابة جنديين إثر هجوم نفذه مسلحون قرب الحدود.",
       {"ASSAULT agent-gunmen -> agent-soldiers asserted"}},
  };
  ExpectCases(kCases);
}

TEST(AttackDoerTest, NoDoerNamed) {
  const Case kCases[] = {
      // An attack on a place names its target, not its doer.
      {"قتل عشرة مدنيين في قصف حلب.", {"ASSAULT  -> agent-civilians asserted"}},
      // A suicide attack names its kind, not its doer.
      {"قتل جنديان في هجوم انتحاري شمال البلاد.",
       {"ASSAULT  -> agent-soldiers asserted"}},
      // Fighting has two sides: no doer from it.
      {"قتل ثلاثة جنود في اشتباكات قبل الانتخابات.",
       {"ASSAULT  -> agent-soldiers asserted"}},
      // An attack told in its own clause, not as what the killing was in
      // (merged into the killing as its repeat).
      {"قتل ثلاثة جنود، ثم شن مسلحون هجوما على القرية.",
       {"ASSAULT  -> agent-soldiers asserted"}},
  };
  ExpectCases(kCases);
}

TEST(AttackDoerTest, ByHandForms) {
  const Case kCases[] = {
      {"وأصيب ثلاثة شبان بالرصاص الإسرائيلي شرق غزة.",
       {"ASSAULT israel -> agent-youths asserted"}},
      {"وقتل صحفي من قبل مسلحين مجهولين في المدينة.",
       {"ASSAULT agent-gunmen -> agent-journalists asserted"}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
