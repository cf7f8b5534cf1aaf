// The counterpart lookup over the project's knowledge base (data/kb).
#include "events/counterpart.h"

#include <gtest/gtest.h>

#include "kb/kb_test_util.h"

namespace rasd::events {
namespace {

const KnowledgeBase& DataKb() {
  static const KnowledgeBase* kb = [] {
    auto r = KnowledgeBase::Load({std::string(RASD_SOURCE_DIR) + "/data/kb"},
                                 testing::WordLayer());
    EXPECT_TRUE(r.ok());
    return std::move(r).value().release();
  }();
  return *kb;
}

std::string KeyOf(int32_t entry) {
  return entry < 0 ? "-" : DataKb().entries()[entry].key;
}

TEST(CounterpartTest, SameOfficeInTheOtherState) {
  EXPECT_EQ(
      KeyOf(CounterpartOf(DataKb(), "sergey-lavrov", "EGY", "2017-02-20")),
      "sameh-shoukry");
  EXPECT_EQ(
      KeyOf(CounterpartOf(DataKb(), "vladimir-putin", "TUR", "2017-02-20")),
      "recep-tayyip-erdogan");
}

TEST(CounterpartTest, NoDateNoOfficeNoAnswer) {
  // No date, no answer; the same state is no counterpart; an office of
  // an organisation (the LNA's commander) has none in a state.
  EXPECT_EQ(CounterpartOf(DataKb(), "sergey-lavrov", "EGY", ""), -1);
  EXPECT_EQ(CounterpartOf(DataKb(), "sergey-lavrov", "RUS", "2017-02-20"), -1);
  EXPECT_EQ(CounterpartOf(DataKb(), "khalifa-haftar", "EGY", "2017-02-20"), -1);
  EXPECT_FALSE(IsCounterpartWord("\xD9\x86\xD8\xB8\xD8\xB1"));  // نظر
}

}  // namespace
}  // namespace rasd::events
