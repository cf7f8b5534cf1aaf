#include "text/tokenizer.h"

#include "text/chars.h"
#include "text/utf8.h"

namespace rasd {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  size_t pos() const { return i_; }
  // The code point at the cursor (or `ahead` code points later).
  char32_t Peek(size_t* len_out = nullptr) const { return At(i_, len_out); }
  char32_t At(size_t i, size_t* len_out = nullptr) const {
    if (i >= s_.size()) {
      if (len_out) *len_out = 0;
      return 0;
    }
    const unsigned char b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) {
      if (len_out) *len_out = 1;
      return b;
    }
    uint32_t len;
    char32_t c = DecodeUtf8(s_, i, &len);
    if (len_out) *len_out = len;
    return c;
  }
  void Advance(size_t n) { i_ += n; }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

bool IsJoiner(char32_t c) { return c == 0x200C || c == 0x200D; }

// Consumes one token starting at the cursor; returns its kind.
TokenKind ScanToken(Scanner& sc) {
  size_t len;
  const char32_t c = sc.Peek(&len);
  const CharClass k = ClassOf(c);
  sc.Advance(len);
  auto class_at_cursor = [&](size_t* l) { return ClassOf(sc.Peek(l)); };
  switch (k) {
    case CharClass::kArabic:
    case CharClass::kArabicMark: {
      while (!sc.done()) {
        char32_t d = sc.Peek(&len);
        if (IsArabicWordChar(ClassOf(d))) {
          sc.Advance(len);
        } else if (IsJoiner(d) &&
                   ClassOf(sc.At(sc.pos() + len)) == CharClass::kArabic) {
          sc.Advance(len);
        } else {
          break;
        }
      }
      return TokenKind::kArabic;
    }
    case CharClass::kDigit: {
      while (!sc.done()) {
        const char32_t d = sc.Peek(&len);
        if (ClassOf(d) == CharClass::kDigit) {
          sc.Advance(len);
        } else if (IsNumberSeparator(d) &&
                   ClassOf(sc.At(sc.pos() + len)) == CharClass::kDigit) {
          sc.Advance(len);
        } else {
          break;
        }
      }
      return TokenKind::kNumber;
    }
    case CharClass::kLetter:
    case CharClass::kMark: {
      while (!sc.done()) {
        const CharClass e = class_at_cursor(&len);
        if (e != CharClass::kLetter && e != CharClass::kMark &&
            e != CharClass::kDigit)
          break;
        sc.Advance(len);
      }
      return TokenKind::kLatin;
    }
    case CharClass::kPunct:
      if (c == '.') {
        while (sc.Peek(&len) == '.') sc.Advance(len);
      }
      return TokenKind::kPunct;
    case CharClass::kSymbol:
      return TokenKind::kSymbol;
    default:
      return TokenKind::kOther;
  }
}

}  // namespace

void Tokenize(std::string_view text, const Normalized& norm,
              std::vector<Token>* out) {
  Scanner sc(text);
  size_t j = 0;  // cursor into norm.to_raw
  const size_t norm_size = norm.text.size();
  auto norm_at = [&](uint32_t raw) {
    while (j < norm_size && norm.to_raw[j] < raw) ++j;
    return static_cast<uint32_t>(j);
  };
  while (!sc.done()) {
    size_t len;
    const CharClass k = ClassOf(sc.Peek(&len));
    if (k == CharClass::kSpace || k == CharClass::kFormat) {
      sc.Advance(len);
      continue;
    }
    Token t;
    t.span.begin = static_cast<uint32_t>(sc.pos());
    t.kind = ScanToken(sc);
    t.span.end = static_cast<uint32_t>(sc.pos());
    if (norm_size > 0 || !norm.to_raw.empty()) {
      t.norm.begin = norm_at(t.span.begin);
      t.norm.end = norm_at(t.span.end);
    }
    out->push_back(t);
  }
}

}  // namespace rasd
