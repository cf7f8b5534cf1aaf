#include "rasd/record.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace rasd {
namespace {

TEST(RecordTest, SpansBecomeCodePointOffsets) {
  Document doc;
  doc.id = "d1";
  doc.text = "زار حفتر موسكو";  // 3 + 1 + 4 + 1 + 5 code points
  doc.sentences.push_back({{0, static_cast<uint32_t>(doc.text.size())}, 0, 0});
  const uint32_t b = doc.text.find("حفتر");
  doc.mentions.push_back(
      {{b, b + static_cast<uint32_t>(std::string("حفتر").size())},
       EntityType::kPer,
       0});
  doc.actors.push_back({"khalifa-haftar",
                        "خليفة حفتر",
                        "Khalifa Haftar",
                        EntityType::kPer,
                        "LBY",
                        "",
                        {"حفتر"},
                        "commander"});
  auto j = nlohmann::json::parse(ToRecordJson(doc));
  EXPECT_EQ(j["schema"], "rasd/1");
  EXPECT_EQ(j["sentences"][0]["end"], 14);
  EXPECT_EQ(j["mentions"][0]["start"], 4);
  EXPECT_EQ(j["mentions"][0]["end"], 8);
  EXPECT_EQ(j["mentions"][0]["text"], "حفتر");
  EXPECT_EQ(j["mentions"][0]["actor"], "a1");
  EXPECT_EQ(j["actors"][0]["country"], "LBY");
  EXPECT_EQ(j["actors"][0]["role"], "commander");
  EXPECT_TRUE(j["meta"]["title"].is_null());
  EXPECT_EQ(j["meta"]["lang"], "ar");
}

TEST(RecordTest, ExtraMetaIsKeptAsJson) {
  Document doc;
  doc.id = "d2";
  doc.meta.extra.push_back({"category", "\"politics\""});
  doc.meta.extra.push_back({"tags", "[1,2]"});
  auto j = nlohmann::json::parse(ToRecordJson(doc, /*pretty=*/true));
  EXPECT_EQ(j["meta"]["category"], "politics");
  EXPECT_EQ(j["meta"]["tags"][1], 2);
}

TEST(RecordTest, IdsAreDeterministic) {
  EXPECT_EQ(TextId("abc"), TextId("abc"));
  EXPECT_NE(TextId("abc"), TextId("abd"));
  EXPECT_EQ(TextId("abc").size(), 16u);
  EXPECT_EQ(ContentKey("abc").size(), 32u);
}

}  // namespace
}  // namespace rasd
