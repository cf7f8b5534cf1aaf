// Feature extraction and mention spans over the word layer (committed word
// model), with a toy trigger list.
#include "ner/features.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "ner/tagger.h"
#include "rasd/pipeline.h"

namespace rasd {
namespace {

Document Words(const std::string& text) {
  static auto p =
      Pipeline::Create({.model_dir = "", .data_dir = "", .until = "words"});
  EXPECT_TRUE(p.ok()) << p.status().message();
  Document doc;
  doc.text = text;
  EXPECT_TRUE((*p)->Run(&doc).ok());
  return doc;
}

Triggers ToyTriggers() {
  // One file per process: ctest runs the tests of this binary in parallel
  // processes, which must not read each other's half-written file.
  const std::string path = testing::TempDir() + "/toy_triggers_" +
                           std::to_string(::getpid()) + ".tsv";
  std::ofstream(path) << "# words\tclass\nالمشير\tTITLE\nالناطق باسم\tTITLE\n"
                         "مطار\tFAC_HEAD\n";
  auto t = Triggers::Load(path);
  EXPECT_TRUE(t.ok()) << t.status().message();
  return std::move(t).value();
}

TEST(FeaturesTest, FactsComeFromTheWordLayer) {
  const Triggers triggers = ToyTriggers();
  const FeatureExtractor fx(&triggers, nullptr, 16);
  Document doc = Words("والمشير لحفتر كتابه CNN");
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  ASSERT_EQ(doc.tokens.size(), 4u);
  const TokenFacts a = fx.Facts(doc, words_of, 0);
  EXPECT_EQ(a.host, "المشير");
  EXPECT_NE(a.procl_hash, 0u);  // و
  EXPECT_EQ(a.trigger, 0);      // TITLE, through the article and clitic
  const TokenFacts b = fx.Facts(doc, words_of, 1);
  EXPECT_EQ(b.host, "حفتر");
  EXPECT_EQ(b.trigger, -1);
  EXPECT_EQ(b.chars, 4u);
  // حفتر and لحفتر share host, stem and key features; only clitics differ.
  Document bare = Words("حفتر");
  std::vector<uint32_t> bare_words;
  IndexTokenWords(bare, &bare_words);
  const TokenFacts c = fx.Facts(bare, bare_words, 0);
  EXPECT_EQ(c.host_hash, b.host_hash);
  EXPECT_EQ(c.key_hash, b.key_hash);
  EXPECT_EQ(c.procl_hash, 0u);
  const TokenFacts d = fx.Facts(doc, words_of, 2);
  EXPECT_EQ(d.host, "كتاب");
  EXPECT_TRUE(d.enclitic);
  const TokenFacts e = fx.Facts(doc, words_of, 3);
  EXPECT_EQ(e.host, "cnn");  // normalised: case-folded
  EXPECT_EQ(e.kind, static_cast<uint8_t>(TokenKind::kLatin));
}

TEST(FeaturesTest, IdsAreDeterministicInRangeAndSeeNeighbours) {
  const Triggers triggers = ToyTriggers();
  const FeatureExtractor fx(&triggers, nullptr, 12);
  Document doc = Words("قال الناطق باسم الجيش");
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  std::vector<TokenFacts> facts;
  SeqFeatures a, b;
  a.Clear();
  b.Clear();
  fx.Extract(doc, words_of, 0, 4, nullptr, &facts, &a);
  fx.Extract(doc, words_of, 0, 4, nullptr, &facts, &b);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a.ids, b.ids);
  for (uint32_t id : a.ids) EXPECT_LT(id, 1u << 12);
  // The two-word trigger before الجيش adds one feature to that token only
  // (its second word باسم is written whole, though the word layer splits
  // it).
  const std::string path = testing::TempDir() + "/toy_triggers_one.tsv";
  std::ofstream(path) << "المشير\tTITLE\nمطار\tFAC_HEAD\n";
  auto one_word = Triggers::Load(path);
  ASSERT_TRUE(one_word.ok());
  const FeatureExtractor fx1(&*one_word, nullptr, 12);
  SeqFeatures d;
  d.Clear();
  fx1.Extract(doc, words_of, 0, 4, nullptr, &facts, &d);
  for (int t = 0; t < 3; ++t)
    EXPECT_EQ(a.start[t + 1] - a.start[t], d.start[t + 1] - d.start[t]);
  EXPECT_EQ(a.start[4] - a.start[3], d.start[4] - d.start[3] + 1);
  // The same word in another context gets other neighbour features.
  Document other = Words("الجيش");
  IndexTokenWords(other, &words_of);
  SeqFeatures c;
  c.Clear();
  fx.Extract(other, words_of, 0, 1, nullptr, &facts, &c);
  EXPECT_NE(std::vector<uint32_t>(a.ids.begin() + a.start[3], a.ids.end()),
            c.ids);
}

TEST(FeaturesTest, ExtraFeaturesArePluggedPerToken) {
  const FeatureExtractor fx(nullptr, nullptr, 16);
  Document doc = Words("زار بوتين موسكو");
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  ExtraFeatures extra;
  extra.start = {0, 0, 0, 1};
  extra.hashes = {42};  // e.g. "KB match B-GPE" on موسكو
  std::vector<TokenFacts> facts;
  SeqFeatures plain, with;
  plain.Clear();
  with.Clear();
  fx.Extract(doc, words_of, 0, 3, nullptr, &facts, &plain);
  fx.Extract(doc, words_of, 0, 3, &extra, &facts, &with);
  EXPECT_EQ(with.ids.size(), plain.ids.size() + 1);
  EXPECT_EQ(with.start[2], plain.start[2]);
}

// The host cache changes nothing: the same ids as computed afresh, for
// words met again, words in other forms (clitics, article), and a host too
// long to be cached.
TEST(FeaturesTest, HostCacheGivesTheSameIds) {
  const Triggers triggers = ToyTriggers();
  const FeatureExtractor fx(&triggers, nullptr, 16);
  Document doc = Words(
      "قال المشير حفتر ولحفتر والمشير الناطق باسم الجيش حفتر CNN "
      "والاستراتيجياتالمتعددةالجنسيات كتابه حفتر المشير");
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  const auto n = static_cast<uint32_t>(doc.tokens.size());
  std::vector<TokenFacts> facts;
  SeqFeatures fresh, cached, again;
  fresh.Clear();
  cached.Clear();
  again.Clear();
  HostCache cache;
  fx.Extract(doc, words_of, 0, n, nullptr, &facts, &fresh);
  fx.Extract(doc, words_of, 0, n, nullptr, &facts, &cached, &cache);
  fx.Extract(doc, words_of, 0, n, nullptr, &facts, &again, &cache);
  EXPECT_EQ(cached.ids, fresh.ids);
  EXPECT_EQ(cached.start, fresh.start);
  EXPECT_EQ(again.ids, fresh.ids);
}

TEST(MentionsTest, SpansLeaveOutProcliticsAndPronouns) {
  Document doc = Words("ولحفتر قال وبموسكو");
  std::vector<uint32_t> words_of;
  IndexTokenWords(doc, &words_of);
  ASSERT_EQ(doc.tokens.size(), 3u);
  const std::vector<uint8_t> tags = {BeginTag(EntityType::kPer), kTagO,
                                     BeginTag(EntityType::kGpe)};
  AppendMentions(words_of, 0, tags, &doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.Text(doc.mentions[0].span), "حفتر");
  EXPECT_EQ(doc.mentions[0].type, EntityType::kPer);
  EXPECT_EQ(doc.mentions[0].actor, -1);
  EXPECT_EQ(doc.Text(doc.mentions[1].span), "موسكو");
  // A multi-token entity spans from the first host to the last.
  Document two = Words("للرئيس فلاديمير بوتين");
  IndexTokenWords(two, &words_of);
  AppendMentions(
      words_of, 0,
      {kTagO, BeginTag(EntityType::kPer), InsideTag(EntityType::kPer)}, &two);
  ASSERT_EQ(two.mentions.size(), 1u);
  EXPECT_EQ(two.Text(two.mentions[0].span), "فلاديمير بوتين");
  // Punctuation and a bare proclitic at an entity's edges are left out;
  // an entity of nothing else gives no mention.
  Document edges = Words("« نادي الزمالك لـ");
  IndexTokenWords(edges, &words_of);
  ASSERT_EQ(edges.tokens.size(), 4u);
  const uint8_t b = BeginTag(EntityType::kOrg), i = InsideTag(EntityType::kOrg);
  AppendMentions(words_of, 0, {b, i, i, i}, &edges);
  ASSERT_EQ(edges.mentions.size(), 1u);
  EXPECT_EQ(edges.Text(edges.mentions[0].span), "نادي الزمالك");
  // لـ before a quote mark is a token of its own.
  Document tat = Words("جامعة بنغازي لـ“");
  IndexTokenWords(tat, &words_of);
  ASSERT_EQ(tat.tokens.size(), 4u);
  AppendMentions(words_of, 0, {b, i, i, kTagO}, &tat);
  ASSERT_EQ(tat.mentions.size(), 1u);
  EXPECT_EQ(tat.Text(tat.mentions[0].span), "جامعة بنغازي");
  Document mark = Words("قال « هو");
  IndexTokenWords(mark, &words_of);
  AppendMentions(words_of, 0, {kTagO, b, kTagO}, &mark);
  EXPECT_TRUE(mark.mentions.empty());
  // A word with tanween (an adverb) ends no name.
  Document adverb = Words("الوزير سمير شخصيًا");
  IndexTokenWords(adverb, &words_of);
  const uint8_t pb = BeginTag(EntityType::kPer),
                pi = InsideTag(EntityType::kPer);
  AppendMentions(words_of, 0, {kTagO, pb, pi}, &adverb);
  ASSERT_EQ(adverb.mentions.size(), 1u);
  EXPECT_EQ(adverb.Text(adverb.mentions[0].span), "سمير");
}

}  // namespace
}  // namespace rasd
