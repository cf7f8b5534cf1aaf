// The one an act was done to, where the doer is unwritten (patient.cc,
// docs/events-history.md, Eleventh round, 11c). Sentences written for these
// tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::Code;
using testing::ExpectCases;

// A transitive verb after a relative pronoun with no object is passive:
// its doer only after برصاص or على يد; اتهم with its charge right after
// it is passive, relative or not. An ACCUSE with no accuser is not coded.
TEST(PatientTest, PassiveVerbs) {
  const Case kCases[] = {
      {"قال المتحدث إن المصور الذي قتل برصاص الجيش الإسرائيلي كان يرتدي "
       "سترة الصحافة.",
       {"ASSAULT idf -> agent-journalists reported"}},
      {"أفرجت السلطات التركية عن القس الأمريكي الذي اتهم بالتجسس.",
       {"CONCEDE/release turkey -> agent-clerics asserted"}},
      {"وكان مسؤول روسي سابق اتهم بتسريب وثائق سرية.", {}},
      // (A joined verb after it is no passive: who arrest and torture.)
      {"وتحدث التقرير عن الجماعات المسلحة التي تعتقل وتعذب المدنيين.",
       {"COERCE/arrest agent-group -> agent-civilians asserted"}},
  };
  ExpectCases(kCases);
}

// An accusation masdar whose genitive or pronoun the charge follows names
// the accused; its own adjective or a genitive with ل after it names the
// accuser.
TEST(PatientTest, AccusedGenitive) {
  const Case kCases[] = {
      {"يمثل السياسي الألماني أمام المحكمة بعد اتهامه بالرشوة.", {}},
      {"ونفت الحركة اتهام الناشطين بالتخريب.", {}},
      {"ووصفت موسكو الاتهامات البريطانية بأنها كاذبة.",
       {"ACCUSE united-kingdom ->  asserted"}},
      {"وردت موسكو على اتهامات لندن لها بتسميم الجاسوس.",
       {"ACCUSE united-kingdom ->  asserted"}},
  };
  ExpectCases(kCases);
}

// Facing or surviving an act: the subject underwent it; only when the act
// is the verb's object.
TEST(PatientTest, FacedOrSurvived) {
  const Case kCases[] = {
      {"وواجهت الحكومة الفرنسية انتقادات حادة من النقابات.",
       {"ACCUSE agent-unions -> france asserted"}},
      {"ونجا الرئيس الأفغاني من محاولة اغتيال في كابول.",
       {"ASSAULT  -> afghanistan asserted"}},
      {"وواجهت إسرائيل انتقادات دولية.", {}},
      {"ويواجه الوزير الروسي صعوبة في التفاوض مع الغرب.", {}},
  };
  ExpectCases(kCases);
}

// The one who underwent an act told after it: a verb of undergoing with ل
// and the act as its pronoun.
TEST(PatientTest, UndergoerAfter) {
  const Case kCases[] = {
      {"كشف الجهاز عن محاولة اغتيال كاد أن يتعرض لها الرئيس دونالد ترامب.",
       {"ASSAULT  -> donald-trump asserted"}},
      {"ناقش المجلس الهجمات الإلكترونية التي تعرضت لها إيران.",
       {"ASSAULT  -> iran asserted"}},
  };
  ExpectCases(kCases);
}

// A passive participle's recipient stands before it (triggers.tsv: the
// row marks none after it): the object of the verb after it is not the
// one backed.
TEST(PatientTest, BackedStandsBefore) {
  const Case kCases[] = {
      // (The backing is an event of its own: recipient_more.cc.)
      {"وهاجمت الميليشيات الحوثية المدعومة من إيران السعودية.",
       {"ASSAULT houthis -> saudi-arabia asserted",
        "SUPPORT iran -> houthis asserted"}},
      {"إن العمليات المدعومة من فرنسا تستهدف المتطرفين في مالي.",
       {"ASSAULT  -> agent-militants asserted"}},
  };
  ExpectCases(kCases);
}

// A masdar whose genitive is its doer: an adjective as definite as it, or
// a genitive followed by ل and the undergoer.
TEST(PatientTest, AgentGenitive) {
  const Case kCases[] = {
      {"وعاد اللاجئون بعد الغزو الأمريكي للعراق.",
       {"ASSAULT united-states -> iraq asserted"}},
      {"وندد الحزب بقمع الشرطة للمتظاهرين.",
       {"ACCUSE agent-party -> agent-police asserted",
        "COERCE/repress agent-police -> agent-protesters asserted"}},
      // (Without ل the genitive is still the one arrested.)
      {"أعلنت الشرطة اعتقال الصحفي المصري.",
       {"COERCE/arrest agent-police -> agent-journalists asserted"}},
  };
  ExpectCases(kCases);
}

// A conviction is no accusation by the convicted (أدين بقتل، إدانته
// بالاحتيال), and who condemns an attack did not do it (session 10).
TEST(PatientTest, ConvictedAndCondemned) {
  const Case kCases[] = {
      {"أعلن الجيش إطلاق سراح جندي أدين بقتل فلسطيني جريح.", {}},
      {"وأدانت فرنسا الهجوم على السفارة.",
       {"ACCUSE france ->  asserted", "ASSAULT  ->  asserted"}},
      {"وأدانت مصر تفجير الكنيسة في طنطا.",
       {"ACCUSE egypt ->  asserted", "ASSAULT  ->  asserted"}},
      {"أدانت السعودية الهجوم الذي شنه الحوثيون على جازان.",
       {"ACCUSE saudi-arabia -> houthis asserted",
        "ASSAULT houthis -> x-جازان asserted"}},
      // (An attack no condemnation takes keeps the actor before it.)
      {"وشنت روسيا هجوما على مواقع المعارضة.",
       {"ASSAULT russia -> agent-opposition asserted"}},
  };
  ExpectCases(kCases);
}

// An attack someone underwent, its author after ل (session 10).
TEST(PatientTest, AttackAuthorAfterLam) {
  const Case kCases[] = {
      {"وتعرض الجيش لهجوم للحوثيين.",
       {"ASSAULT houthis -> agent-armed-forces asserted"}},
      {"وتعرضت القافلة لهجوم لم تعلن أي جهة مسؤوليتها عنه.",
       {"ASSAULT  ->  asserted"}},
  };
  ExpectCases(kCases);
}

}  // namespace
}  // namespace rasd
