#include "text/sentences.h"

#include <string_view>

#include "text/chars.h"
#include "text/utf8.h"

namespace rasd {
namespace {

char32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  uint32_t len;
  return DecodeUtf8(s, 0, &len);
}

bool IsLatinAbbreviation(std::string_view norm) {
  static constexpr std::string_view kAbbrev[] = {
      "mr",  "mrs",  "ms",   "dr",  "prof", "st",  "jr",  "sr",  "inc",
      "ltd", "co",   "corp", "vs",  "etc",  "no",  "gen", "col", "lt",
      "sgt", "capt", "gov",  "sen", "rep",  "jan", "feb", "mar", "apr",
      "aug", "sep",  "sept", "oct", "nov",  "dec"};
  for (std::string_view a : kAbbrev)
    if (norm == a) return true;
  return false;
}

class Splitter {
 public:
  Splitter(const Document& doc, std::vector<Sentence>* out)
      : doc_(doc), tokens_(doc.tokens), out_(out) {}

  void Run() {
    uint32_t start = 0;
    for (uint32_t t = 0; t < tokens_.size(); ++t) {
      if (t > start && GapHasNewline(t)) {
        Close(start, t);
        start = t;
      }
      if (!EndsSentence(t)) continue;
      uint32_t end = t + 1;
      while (end < tokens_.size() && Adjacent(end) && IsTrailer(end)) ++end;
      Close(start, end);
      start = end;
      t = end - 1;
    }
    if (start < tokens_.size())
      Close(start, static_cast<uint32_t>(tokens_.size()));
  }

 private:
  std::string_view Gap(uint32_t t) const {
    const uint32_t from = t == 0 ? 0 : tokens_[t - 1].span.end;
    return std::string_view(doc_.text).substr(from,
                                              tokens_[t].span.begin - from);
  }
  bool GapHasNewline(uint32_t t) const {
    return Gap(t).find('\n') != std::string_view::npos;
  }
  bool Adjacent(uint32_t t) const { return t > 0 && Gap(t).empty(); }
  char32_t First(uint32_t t) const {
    return FirstCodePoint(doc_.Text(tokens_[t].span));
  }

  bool IsTrailer(uint32_t t) const {
    if (tokens_[t].kind != TokenKind::kPunct) return false;
    const char32_t c = First(t);
    return IsClosingPunct(c) || IsSentenceTerminator(c);
  }

  bool EndsSentence(uint32_t t) const {
    const Token& tok = tokens_[t];
    if (tok.kind != TokenKind::kPunct) return false;
    const char32_t c = First(t);
    if (!IsSentenceTerminator(c)) return false;
    if (c != '.' || tok.span.size() != 1) return true;
    // A single full stop: inside a word or name when text follows it at once.
    if (t + 1 < tokens_.size() && Adjacent(t + 1) && !IsTrailer(t + 1))
      return false;
    return !IsAbbreviation(t);
  }

  bool IsAbbreviation(uint32_t stop) const {
    if (stop == 0 || !Adjacent(stop)) return false;
    const Token& prev = tokens_[stop - 1];
    if (prev.kind != TokenKind::kArabic && prev.kind != TokenKind::kLatin)
      return false;
    std::string_view norm = doc_.NormText(prev.norm);
    uint32_t len;
    const bool one_letter =
        !norm.empty() && (DecodeUtf8(norm, 0, &len), len == norm.size());
    if (one_letter) return true;
    return prev.kind == TokenKind::kLatin && IsLatinAbbreviation(norm);
  }

  void Close(uint32_t first, uint32_t last) {
    if (first >= last) return;
    out_->push_back(
        {{tokens_[first].span.begin, tokens_[last - 1].span.end}, first, last});
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  std::vector<Sentence>* out_;
};

}  // namespace

void SplitSentences(const Document& doc, std::vector<Sentence>* out) {
  Splitter(doc, out).Run();
}

}  // namespace rasd
