// The clause a word stands in (clause.h) over items built by hand, and
// the coder's use of it on sentences written for these tests (events11b).
#include "events/clause.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/events_test_util.h"

namespace rasd::events {
namespace {

// A word (its normalised host, proclitics, article) or a mark.
Item W(std::string_view norm, std::string_view procl = {},
       uint32_t sentence = 0) {
  Item it;
  it.norm = norm;
  it.stem = norm;
  it.procl = procl;
  it.article = norm.starts_with(kArticle);
  it.sentence = sentence;
  return it;
}

Item M(std::string_view mark, uint32_t sentence = 0) {
  Item it;
  it.norm = mark;
  it.punct = true;
  it.sentence = sentence;
  return it;
}

TEST(ClauseTest, RelativePronounOpensItsOwnClause) {
  // موسكو التي قدمت دعما لحفتر
  const std::vector<Item> items = {W("موسكو"), W("التي"), W("قدمت"), W("دعما"),
                                   W("حفتر", "ل")};
  const Clause c = ClauseOf(items, 3);
  EXPECT_EQ(c.start, ClauseStart::kRelative);
  EXPECT_EQ(c.begin, 1u);
  EXPECT_EQ(c.end, 5u);
  // The antecedent stands in the clause before.
  EXPECT_EQ(ClauseOf(items, 0).end, 1u);
}

TEST(ClauseTest, ComplementizerQuoteAndJoinedClause) {
  // قال الوزير إن روسيا تدعم «الحل»، وطالب …
  const std::vector<Item> items = {
      W("قال"), W("الوزير"), W("ان"), W("روسيا"), W("تدعم"),
      M("«"),   W("الحل"),   M("»"),  M("،"),     W("طالب", "و")};
  Clause c = ClauseOf(items, 4);
  EXPECT_EQ(c.start, ClauseStart::kComplementizer);
  EXPECT_EQ(c.begin, 2u);
  EXPECT_EQ(c.end, 5u);  // the quote mark closes it
  c = ClauseOf(items, 6);
  EXPECT_EQ(c.start, ClauseStart::kBreak);
  EXPECT_EQ(c.begin, 6u);
  c = ClauseOf(items, 9);
  EXPECT_EQ(c.start, ClauseStart::kJoined);
  EXPECT_EQ(c.begin, 9u);
}

TEST(ClauseTest, WhatAndSentence) {
  // … نقل السفارة، ما أدى إلى تظاهرات. وقال
  const std::vector<Item> items = {
      W("نقل"), W("السفارة"), M("،"), W("ما"),         W("ادي"),
      W("الي"), W("تظاهرات"), M("."), W("قال", "و", 1)};
  Clause c = ClauseOf(items, 6);
  EXPECT_EQ(c.start, ClauseStart::kWhat);
  EXPECT_EQ(c.begin, 3u);
  EXPECT_EQ(c.end, 7u);
  c = ClauseOf(items, 8);
  EXPECT_EQ(c.start, ClauseStart::kSentence);
  EXPECT_EQ(c.begin, 8u);
  // ما without a comma before it (غالبا ما ردت) opens nothing.
  const std::vector<Item> often = {W("غالبا", "و"), W("ما"), W("ردت")};
  EXPECT_EQ(ClauseOf(often, 2).start, ClauseStart::kSentence);
}

TEST(ClauseTest, CommaRelativeClauseEndsAtItsComma) {
  // ترامب، الذي يتوجه إلى سنغافورة، كرر التحذيرات: the main clause.
  const std::vector<Item> items = {W("ترامب"), M("،"),   W("الذي"),
                                   W("يتوجه"), W("الي"), W("سنغافوره"),
                                   M("،"),     W("كرر"), W("التحذيرات")};
  EXPECT_EQ(ClauseOf(items, 4).start, ClauseStart::kRelative);
  const Clause c = ClauseOf(items, 8);
  EXPECT_NE(c.start, ClauseStart::kRelative);
  EXPECT_EQ(c.begin, 0u);
}

using rasd::testing::Code;
using Lines = std::vector<std::string>;

// The subject a verb's own clause names, or its lack, keeps a party named
// in another clause out.
TEST(ClauseCoderTest, ClauseTopicBeforeItsRelativeClause) {
  // VSO after SVO: the government, whose relative clause ends at the
  // comma, called the organisation (before: the organisation called).
  EXPECT_EQ(Code("وقال المتحدث إن الحكومة السورية، التي تنفي الاتهامات، "
                 "كانت قد دعت منظمة الصحة العالمية إلى زيارة دوما."),
            (Lines{"REQUEST syrian-government -> who asserted"}));
}

TEST(ClauseCoderTest, RelativeVerbWithAnUnnamedAntecedent) {
  // The decision asks for the withdrawal, not Lavrov.
  const Lines got = Code(
      "رحب وزير الخارجية الروسي سيرغي لافروف بالقرار الذي يطالب بانسحاب "
      "القوات الأجنبية من سوريا.");
  for (const std::string& l : got) EXPECT_FALSE(l.starts_with("REQUEST"));
}

TEST(ClauseCoderTest, MasdarInAClauseAboutTheEventBefore) {
  // "which led to protests": Trump is no protester.
  EXPECT_EQ(Code("وقتل عشرة فلسطينيين منذ إعلان ترامب نقل السفارة إلى "
                 "القدس، ما أدى إلى تظاهرات كبرى.")
                .back(),
            "PROTEST/demonstrate  ->  asserted");
  // Those who defected are no protesters either (a relative clause
  // whose antecedent no unit names).
  EXPECT_EQ(Code("أصدر الرئيس السوري بشار الأسد عفوا عن الذين انشقوا عن "
                 "الجيش بعد بدء الاحتجاجات عام 2011."),
            (Lines{"PROTEST/demonstrate  ->  asserted"}));
}

TEST(ClauseCoderTest, VsoSubjectNoUnitNames) {
  // The warplanes are the subject of the quoted verb, not the speaker
  // before the quote; with their state's nisba they are that state.
  EXPECT_EQ(Code("وقال سامي ابو زهري المتحدث باسم حركة حماس في بيان \"اذا "
                 "استهدفت الطائرات الحربية الإسرائيلية مطلقي الطائرات "
                 "الورقية فان إسرائيل تلعب بالنار\"."),
            (Lines{"ASSAULT israel ->  hypothetical"}));
  // The prosecution asks, in a relative clause on the court: not the
  // former president named before it.
  const Lines got = Code(
      "ولم تحضر الرئيسة السابقة بارك غوين هاي جلسة الاستماع بالمحكمة "
      "التي طالب الادعاء فيها بفرض غرامة عليها.");
  for (const std::string& l : got) EXPECT_FALSE(l.starts_with("REQUEST"));
}

TEST(ClauseCoderTest, JoinedVerbSayingHeTakesNoStateAsSubject) {
  // واتهم ("he accused") does not agree with the United States: its
  // object; the subject is the clause's it is joined to.
  EXPECT_EQ(Code("وأكد المرشد الأعلى علي خامنئي دعمه للحكومة واتهم الولايات "
                 "المتحدة بمحاولة الإطاحة بها.")
                .back(),
            "ACCUSE ali-khamenei -> united-states asserted");
}

TEST(ClauseCoderTest, RelativeAntecedentStillActs) {
  // Unchanged: an antecedent a unit names is the relative verb's subject;
  // a town a preposition governs without a comma is where the antecedent
  // is.
  EXPECT_EQ(Code("تتجه الأنظار إلى القاهرة، التي استقبلت حفتر أمس."),
            (Lines{"CONSULT/host egypt -> khalifa-haftar asserted"}));
  EXPECT_EQ(Code("وأثار اعتقال العقيد غضب السكان المحليين في مدينة بلد وين "
                 "الذين خرجوا الى الشوارع للاحتجاج على اعتقاله.")
                .front(),
            "PROTEST/demonstrate agent-citizens ->  asserted");
}

}  // namespace
}  // namespace rasd::events
