// Recipients written in constructions of their own (recipient_more.cc):
// the noun a backing participle describes, the party after مع in a
// refused act, the party a banned supply was to go to. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Case;
using testing::Code;
using testing::ExpectCases;

TEST(RecipientMoreTest, BackedNounPastItsAdjectives) {
  const Case rows[] = {
      // A nisba between the noun and the participle.
      {"تقدمت وحدات حماية الشعب الكردية المدعومة من واشنطن نحو المدينة.",
       {"SUPPORT united-states -> ypg asserted"}},
      // A comma right before the participle.
      {"وقصفت الطائرات مواقع المتمردين الحوثيين، المدعومين من إيران، قرب "
       "المدينة.",
       {"ASSAULT  -> houthis asserted", "SUPPORT iran -> houthis asserted"}},
      // Not what follows the participle (the row's `obj`).
      {"وهاجمت المعارضة السورية المدعومة من تركيا مواقع الجيش.",
       {"ASSAULT agent-opposition -> agent-armed-forces asserted",
        "SUPPORT turkey -> agent-opposition asserted"}},
  };
  ExpectCases(rows);
}

TEST(RecipientMoreTest, NoBackedNounWithoutItsBacker) {
  // A backer not named after من (مدعومة دوليا) gives no recipient: the
  // half-known act would lend one to other acts of its type.
  EXPECT_EQ(Code("وتواجه الحكومة الليبية المدعومة دوليا أزمة خانقة."),
            std::vector<std::string>{});
  // A town is not backed: the court in it is (unnamed).
  EXPECT_EQ(Code("وأعلن قضاة محكمة في لاهاي، مدعومة من الأمم المتحدة، "
                 "قرارهم."),
            std::vector<std::string>{});
}

TEST(RecipientMoreTest, RefusedActWithSomeone) {
  const Case rows[] = {
      {"ورفض حفتر عقد لقاء مباشر مع السراج في القاهرة.",
       {"REJECT khalifa-haftar -> fayez-al-sarraj asserted",
        "CONSULT/meet khalifa-haftar,fayez-al-sarraj ->  asserted"}},
      {"وقالت زاخاروفا إن بريطانيا رفضت التعاون مع موسكو في التحقيق.",
       {"REJECT united-kingdom -> russia reported"}},
      {"دعمت تركيا المعارضة، رافضة أي حوار مباشر مع دمشق.",
       {"SUPPORT turkey -> agent-opposition asserted",
        "REJECT turkey -> syria asserted",
        "CONSULT/negotiate agent-opposition,syria ->  asserted"}},
  };
  ExpectCases(rows);
}

TEST(RecipientMoreTest, NoPartnerPastTheRefusedAct) {
  // مع on a pronoun, after a verb joined by و: another clause's.
  EXPECT_EQ(Code("ورفضت البوليساريو الاقتراح وتضامنت معها الجزائر."),
            std::vector<std::string>{});
  // A place left is no partner.
  EXPECT_EQ(Code("ورفض الوزير الانسحاب من المدينة."),
            std::vector<std::string>{});
}

TEST(RecipientMoreTest, BanOnSupplyingAParty) {
  const Case rows[] = {
      {"وكان مجلس الأمن قد فرض حظرا شاملا على توريد السلاح إلى ليبيا.",
       {"SANCTION un-security-council -> libya asserted"}},
      {"وفرضت الولايات المتحدة حظرا على بيع الأسلحة لكوريا الشمالية.",
       {"SANCTION united-states -> north-korea asserted"}},
  };
  ExpectCases(rows);
}

// Only the text's events of one type (a threat's act may be coded too,
// rightly or not: that is not what these tests are about).
std::vector<std::string> OfType(const std::string& text,
                                const std::string& type) {
  std::vector<std::string> out;
  for (const std::string& e : Code(text))
    if (e.starts_with(type + " ")) out.push_back(e);
  return out;
}

TEST(RecipientMoreTest, WhomTheThreatenedActIsAgainst) {
  EXPECT_EQ(
      OfType("وهدد ترامب بتوجيه ضربة عسكرية إلى النظام السوري.", "THREATEN"),
      std::vector<std::string>{
          "THREATEN donald-trump -> syrian-government asserted"});
  EXPECT_EQ(
      OfType("وجاءت تهديدات الولايات المتحدة بإعادة فرض عقوبات على "
             "إيران.",
             "THREATEN"),
      std::vector<std::string>{"THREATEN united-states -> iran asserted"});
}

TEST(RecipientMoreTest, NoThreatenedPartyInTheActsGenitive) {
  // A threatened act's genitive is a thing or its doer as often: no
  // recipient (بإغلاق مضيق هرمز، بانسحاب الولايات المتحدة).
  EXPECT_EQ(OfType("وهدد روحاني بإغلاق مضيق هرمز.", "THREATEN"),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace rasd
