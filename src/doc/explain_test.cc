#include "rasd/explain.h"

#include <gtest/gtest.h>

namespace rasd {
namespace {

Span Find(const Document& d, const std::string& s) {
  const uint32_t b = static_cast<uint32_t>(d.text.find(s));
  return {b, b + static_cast<uint32_t>(s.size())};
}

Document Visit() {
  Document d;
  d.id = "t1";
  d.meta.published = "2017-02-20";
  d.text = "زار حفتر موسكو في يناير 2017 وطلب دعما بقيمة مليار دولار.";
  d.actors.push_back({"khalifa-haftar",
                      "خليفة حفتر",
                      "Khalifa Haftar",
                      EntityType::kPer,
                      "LBY",
                      "",
                      {"حفتر"},
                      ""});
  d.actors.push_back({"russia",
                      "روسيا",
                      "Russia",
                      EntityType::kGpe,
                      "RUS",
                      "Q159",
                      {"موسكو"},
                      ""});
  d.dates.push_back({Find(d, "يناير 2017"), "2017-01", DatePrecision::kMonth});
  d.amounts.push_back({Find(d, "مليار دولار"), 1e9, "USD"});
  Event e;
  e.type = "CONSULT";
  e.mode = "visit";
  e.cameo = "042";
  e.actor = {0};
  e.recipient = {1};
  e.date = 0;
  e.location = 1;
  e.trigger = Find(d, "زار");
  e.evidence = {0, static_cast<uint32_t>(d.text.size())};
  e.rule = "triggers.tsv:1 زار/يزور (verb); verb: subject after";
  d.events.push_back(e);
  return d;
}

TEST(ExplainTest, EventWithItsPartiesRuleAndWords) {
  const std::string out = ExplainText(Visit());
  EXPECT_NE(out.find("# t1  (2017-02-20)\n"), std::string::npos) << out;
  EXPECT_NE(out.find("e1 CONSULT visit (CAMEO 042)  خليفة حفتر "
                     "[khalifa-haftar] -> روسيا [russia]\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("trigger   «زار»"), std::string::npos) << out;
  EXPECT_NE(out.find("date      2017-01 «يناير 2017»"), std::string::npos);
  EXPECT_NE(out.find("rule      triggers.tsv:1"), std::string::npos);
  EXPECT_NE(out.find("modality  asserted"), std::string::npos);
  EXPECT_EQ(out.find("amounts:"), std::string::npos);  // facts off
}

TEST(ExplainTest, FactsActorsAndCutEvidence) {
  ExplainOptions o;
  o.facts = o.actors = true;
  o.evidence = 10;  // inside the two bytes of ف: backs off to a boundary
  const std::string out = ExplainText(Visit(), o);
  EXPECT_NE(out.find("amounts: 1\n  1e+09 USD «مليار دولار»"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("  روسيا [russia] GPE RUS: موسكو\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find("evidence  «زار ح …»"), std::string::npos) << out;
}

TEST(ExplainTest, BadIndexesPrintAQuestionMark) {
  Document d = Visit();
  d.events[0].actor = {7};
  d.events[0].date = 5;
  d.events[0].evidence = {0, 100000};
  const std::string out = ExplainText(d);
  EXPECT_NE(out.find("? -> روسيا [russia]"), std::string::npos) << out;
  EXPECT_EQ(out.find("date "), std::string::npos);
}

}  // namespace
}  // namespace rasd
