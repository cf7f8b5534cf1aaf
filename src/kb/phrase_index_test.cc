#include "kb/phrase_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rasd {
namespace {

std::vector<uint32_t> Found(const PhraseIndex& index, std::string_view key) {
  const std::span<const uint32_t> s = index.Find(key);
  return {s.begin(), s.end()};
}

TEST(PhraseIndexTest, FindsEachKeysListAndNothingElse) {
  PhraseIndex index;
  EXPECT_TRUE(Found(index, "روس").empty());  // not built yet
  std::vector<std::pair<std::string, std::vector<uint32_t>>> lists;
  for (uint32_t i = 0; i < 3000; ++i)
    lists.push_back({"key" + std::to_string(i), {i, i + 7, 2 * i}});
  lists.push_back({"روس", {5, 3}});
  lists.push_back({"", {9}});
  index.Build(lists);
  for (uint32_t i = 0; i < 3000; ++i)
    EXPECT_EQ(Found(index, "key" + std::to_string(i)),
              (std::vector<uint32_t>{i, i + 7, 2 * i}));
  EXPECT_EQ(Found(index, "روس"), (std::vector<uint32_t>{5, 3}));
  EXPECT_EQ(Found(index, ""), (std::vector<uint32_t>{9}));
  for (uint32_t i = 3000; i < 6000; ++i)
    EXPECT_TRUE(Found(index, "key" + std::to_string(i)).empty());
  EXPECT_TRUE(Found(index, "روسي").empty());
}

}  // namespace
}  // namespace rasd
