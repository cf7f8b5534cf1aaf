// The document model's invariants, checked on real and hostile text:
//  - tokens are in order, do not overlap, start and end on code-point
//    boundaries, and tokens plus the gaps between them rebuild the text;
//    gaps hold only white space and invisible format characters;
//  - sentences are in order and made of whole tokens;
//  - in the rasd/1 record every span's "text" equals the code-point
//    substring of "text" at [start, end).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "rasd/pipeline.h"
#include "rasd/record.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace rasd {
namespace {

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t len;
    out.push_back(DecodeUtf8(s, i, &len));
    i += len;
  }
  return out;
}

std::string FromU32(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

bool OnBoundary(const std::string& s, uint32_t off) {
  return off == s.size() ||
         (off < s.size() &&
          (static_cast<unsigned char>(s[off]) & 0xC0) != 0x80);
}

void CheckSpansInRecord(const nlohmann::json& j, const std::u32string& text) {
  if (j.is_object()) {
    if (j.contains("start") && j.contains("end") && j.contains("text") &&
        j["text"].is_string()) {
      const size_t b = j["start"], e = j["end"];
      ASSERT_LE(b, e);
      ASSERT_LE(e, text.size());
      EXPECT_EQ(j["text"].get<std::string>(), FromU32(text.substr(b, e - b)));
    }
    for (const auto& [k, v] : j.items()) {
      if (k != "text") CheckSpansInRecord(v, text);
    }
  } else if (j.is_array()) {
    for (const auto& v : j) CheckSpansInRecord(v, text);
  }
}

const Pipeline& SharedPipeline() {
  static const Pipeline* p = Pipeline::Create().value().release();
  return *p;
}

void CheckInvariants(const std::string& text) {
  const Pipeline& pipeline = SharedPipeline();
  Document doc;
  doc.id = "t";
  doc.text = text;
  ASSERT_TRUE(pipeline.Run(&doc).ok());

  std::string rebuilt;
  uint32_t prev_end = 0;
  for (const Token& t : doc.tokens) {
    ASSERT_LE(prev_end, t.span.begin);
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_TRUE(OnBoundary(text, t.span.begin) && OnBoundary(text, t.span.end));
    ASSERT_LE(t.norm.begin, t.norm.end);
    ASSERT_LE(t.norm.end, doc.norm.text.size());
    const std::string gap = text.substr(prev_end, t.span.begin - prev_end);
    for (char32_t c : ToU32(gap)) {
      const CharClass k = ClassOf(c);
      EXPECT_TRUE(k == CharClass::kSpace || k == CharClass::kFormat)
          << "U+" << std::hex << static_cast<uint32_t>(c);
    }
    rebuilt += gap;
    rebuilt += doc.Text(t.span);
    prev_end = t.span.end;
  }
  rebuilt += text.substr(prev_end);
  EXPECT_EQ(rebuilt, text);

  uint32_t prev_tok = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_LE(prev_tok, s.token_begin);
    ASSERT_LT(s.token_begin, s.token_end);
    ASSERT_LE(s.token_end, doc.tokens.size());
    EXPECT_EQ(s.span.begin, doc.tokens[s.token_begin].span.begin);
    EXPECT_EQ(s.span.end, doc.tokens[s.token_end - 1].span.end);
    prev_tok = s.token_end;
  }
  EXPECT_EQ(prev_tok, doc.tokens.size());

  auto j = nlohmann::json::parse(ToRecordJson(doc));
  const std::u32string u = ToU32(text);
  ASSERT_EQ(j["text"].get<std::string>(), text);
  for (const auto& s : j["sentences"]) {
    ASSERT_LE(s["end"].get<size_t>(), u.size());
  }
  CheckSpansInRecord(j, u);
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(InvariantsTest, SeedArticles) {
  const std::filesystem::path dir =
      std::filesystem::path(RASD_SHARED_DIR) / "seeds";
  if (!std::filesystem::exists(dir))
    GTEST_SKIP() << "../shared/seeds not found: seed check skipped";
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    CheckInvariants(ReadFile(e.path()));
    ++n;
  }
  EXPECT_GT(n, 0);
}

TEST(InvariantsTest, DemoCorpus) {
  const std::filesystem::path p =
      std::filesystem::path(RASD_SOURCE_DIR) / "data/demo/corpus.jsonl";
  std::ifstream in(p);
  ASSERT_TRUE(in) << p << " is part of the repository and must exist";
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    CheckInvariants(nlohmann::json::parse(line)["text"].get<std::string>());
    ++n;
  }
  EXPECT_GE(n, 30);
}

TEST(InvariantsTest, HostileText) {
  const char32_t kAlphabet[] = {
      U'ح',   U'ف',   U'ت',   U'ر',  U'ـ',   0x064E,  0x0651, U'٢',
      U'٫',   U'.',   U',',   U'،',  U'؟',   U'؛',    U'"',   U'«',
      U'»',   U' ',   U'\n',  U'\t', 0x200F, 0x200C,  0x202B, 0xFEFF,
      U'a',   U'Z',   U'1',   U'%',  U'$',   0x1F600, 0xFDFA, 0xFEFB,
      0x0301, 0xFFFD, 0x2026, U'!',  0x00A0, 0x3000,  0x0000};
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::u32string s;
    const int len = static_cast<int>(rng() % 40);
    for (int i = 0; i < len; ++i)
      s.push_back(kAlphabet[rng() % std::size(kAlphabet)]);
    CheckInvariants(FromU32(s));
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace rasd
