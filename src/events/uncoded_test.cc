// Document::uncoded: the triggers found but coded as no event, each with
// the reason, so a missed event can be told from a word rasd never saw.
#include <gtest/gtest.h>

#include <string>

#include "events/events_test_util.h"

namespace rasd {
namespace {

using testing::Analyze;

// The reason after "not coded: " of the uncoded trigger of this type.
std::string Why(const Document& doc, const std::string& type) {
  for (const Event& e : doc.uncoded) {
    const size_t at = e.rule.find("not coded: ");
    if (e.type == type && at != std::string::npos)
      return e.rule.substr(at + 11);
  }
  return "(none)";
}

TEST(UncodedTest, EachDroppedTriggerSaysWhy) {
  // Backing for an idea names no recipient; a dialogue with one party is
  // no meeting; a trigger inside a name is part of the name.
  const Document doc = Analyze(
      "أكدت روسيا دعمها الكامل للحوار. ووصل وفد مجلس التعاون الخليجي "
      "إلى القاهرة.");
  EXPECT_EQ(Why(doc, "SUPPORT"), "no recipient");
  EXPECT_EQ(Why(doc, "CONSULT"), "one party only");
  EXPECT_EQ(Why(doc, "COOPERATE"), "part of a name");
  for (const Event& e : doc.uncoded) {
    EXPECT_LT(e.trigger.begin, e.trigger.end) << e.rule;
    EXPECT_LE(e.trigger.end, doc.text.size()) << e.rule;
  }
}

TEST(UncodedTest, CodedEventsAreNotListed) {
  const Document doc = Analyze("دعمت روسيا المشير خليفة حفتر.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(Why(doc, "SUPPORT"), "(none)");
}

}  // namespace
}  // namespace rasd
