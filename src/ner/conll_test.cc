// CoNLL reading, BIO chunking and entity scoring: golden tables.
#include "ner/conll.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ner/conll_tagger.h"
#include "ner/tags.h"

namespace rasd {
namespace {

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

TEST(ConllTest, ReadsTokensTagsAndSentences) {
  // CR line ends, a tab separator, LRM marks around a token, extra columns.
  std::istringstream in(
      "\xE2\x80\x8Eسافر\tO\r\nالوزير O\r\nإلى x y B-LOC\r\n\r\n\n"
      "تونس\n.\n\xE2\x80\x8E O\n");
  auto r = ReadConll(in, "t.txt");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].tokens, Split("سافر الوزير إلى"));
  EXPECT_EQ((*r)[0].tags, Split("O O B-LOC"));
  EXPECT_EQ((*r)[0].line, 1u);
  // A token of marks alone stays a token (it is not a blank line).
  EXPECT_EQ((*r)[1].tokens,
            (std::vector<std::string>{"تونس", ".", "\xE2\x80\x8E"}));
  EXPECT_EQ((*r)[1].tags, (std::vector<std::string>{"", "", "O"}));
  EXPECT_EQ((*r)[1].line, 6u);
}

TEST(ConllTest, RejectsInvalidUtf8WithItsLine) {
  std::istringstream in("a O\n\xFF\xFE O\n");
  auto r = ReadConll(in, "bad.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "bad.txt:2: not valid UTF-8");
}

std::string ChunkString(const std::string& tags) {
  std::string out;
  for (const Chunk& c : Chunks(Split(tags))) {
    out += c.type + "[" + std::to_string(c.begin) + "," +
           std::to_string(c.end) + ") ";
  }
  return out;
}

TEST(ConllTest, ChunksReadAsConllevalDoes) {
  EXPECT_EQ(ChunkString("B-PER I-PER O B-LOC"), "PER[0,2) LOC[3,4) ");
  EXPECT_EQ(ChunkString("I-ORG I-ORG"), "ORG[0,2) ");  // I- opens an entity
  EXPECT_EQ(ChunkString("B-PER I-LOC"), "PER[0,1) LOC[1,2) ");
  EXPECT_EQ(ChunkString("B-PER B-PER"), "PER[0,1) PER[1,2) ");
  EXPECT_EQ(ChunkString("O OO B-MISC"), "MISC[2,3) ");
  EXPECT_EQ(ChunkString(""), "");
}

TEST(ConllTest, ScoresExactMatchesPerType) {
  NerScore s;
  // gold: PER[0,2) LOC[3,4) ORG[5,7); system: PER[0,2) LOC[3,4) ORG[5,6)
  // ORG[6,7)? no: system ORG[5,6) and MISC[6,7).
  s.Add(Split("B-PER I-PER O B-LOC O B-ORG I-ORG"),
        Split("B-PER I-PER O B-LOC O B-ORG B-MISC"));
  // A boundary error counts once as a false positive and once as a miss.
  s.Add(Split("B-LOC I-LOC O"), Split("O B-LOC O"));
  EXPECT_EQ(s.overall.gold, 4u);
  EXPECT_EQ(s.overall.system, 5u);
  EXPECT_EQ(s.overall.tp, 2u);
  EXPECT_EQ(s.by_type["PER"].tp, 1u);
  EXPECT_EQ(s.by_type["LOC"].gold, 2u);
  EXPECT_EQ(s.by_type["LOC"].tp, 1u);
  EXPECT_EQ(s.by_type["ORG"].tp, 0u);
  EXPECT_EQ(s.by_type["MISC"].system, 1u);
  EXPECT_NEAR(s.overall.f1(), 2 * 0.4 * 0.5 / 0.9, 1e-9);
}

TEST(TagsTest, NamesInBothTagsets) {
  EXPECT_EQ(TagName(BeginTag(EntityType::kPer)), "B-PER");
  EXPECT_EQ(TagName(BeginTag(EntityType::kPer), Tagset::kAnercorp), "B-PERS");
  EXPECT_EQ(TagName(InsideTag(EntityType::kGpe), Tagset::kAnercorp), "I-LOC");
  EXPECT_EQ(TagName(BeginTag(EntityType::kFac), Tagset::kAnercorp), "B-LOC");
  EXPECT_EQ(TagName(InsideTag(EntityType::kLoc)), "I-LOC");
  EXPECT_EQ(TagName(kTagO, Tagset::kAnercorp), "O");
  uint8_t t = 0;
  ASSERT_TRUE(ParseNativeTag("I-MISC", &t));
  EXPECT_EQ(t, InsideTag(EntityType::kMisc));
  EXPECT_FALSE(ParseNativeTag("B-PERS", &t));
  EXPECT_FALSE(ParseTagset("conll").ok());
}

TEST(TagsTest, TagMapFileLoadsAndCovers) {
  auto m = TagMap::Load(std::string(RASD_SOURCE_DIR) + "/data/ner/tagmap.tsv");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->Find("anercorp", "LOC").kind, TagMap::kPlace);
  EXPECT_EQ(m->Find("wikifane", "Nation").type, EntityType::kGpe);
  EXPECT_EQ(m->Find("wikifane", "Airport").type, EntityType::kFac);
  EXPECT_EQ(m->Find("wikifane", "Group").kind, TagMap::kNone);
  EXPECT_EQ(m->Find("aqmar", "MIS2").type, EntityType::kMisc);
  EXPECT_EQ(m->Find("anercorp", "Nation").kind, TagMap::kUnknown);
}

}  // namespace
}  // namespace rasd
