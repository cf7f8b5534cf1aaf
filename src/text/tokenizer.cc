#include "text/tokenizer.h"

#include <vector>

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
  // The code point at the cursor if it is one of U+0600..U+06FF (two bytes,
  // D8..DB and a continuation byte), else 0: most of an Arabic text, decoded
  // without the general decoder's checks.
  char32_t PeekArabicBlock() const {
    if (i_ + 1 >= s_.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s_[i_]);
    const auto b1 = static_cast<unsigned char>(s_[i_ + 1]);
    if ((b0 & 0xFC) != 0xD8 || (b1 & 0xC0) != 0x80) return 0;
    return static_cast<char32_t>((b0 & 0x1F) << 6 | (b1 & 0x3F));
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

bool IsJoiner(char32_t c) { return c == 0x200C || c == 0x200D; }

constexpr char32_t kTatweel = 0x0640;

// Letters that never join the next one, so a tatweel after them cannot be
// stretching a word: ا أ إ آ ٱ د ذ ر ز و ؤ ة ى ء.
bool JoinsLeft(char32_t c) {
  switch (c) {
    case 0x0627:
    case 0x0623:
    case 0x0625:
    case 0x0622:
    case 0x0671:
    case 0x062F:
    case 0x0630:
    case 0x0631:
    case 0x0632:
    case 0x0648:
    case 0x0624:
    case 0x0629:
    case 0x0649:
    case 0x0621:
      return false;
    default:
      return true;
  }
}

// Whether the Arabic letters from `begin` to the cursor are clitics or the
// article that a tatweel may end before a number or a quote: لـ بـ الـ وبالـ.
bool CliticRun(const Scanner& sc, size_t begin) {
  size_t i = begin, len, letters = 0;
  char32_t prev = 0, last = 0;
  while (i < sc.pos()) {
    const char32_t c = sc.At(i, &len);
    i += len;
    if (ClassOf(c) != CharClass::kArabic || c == kTatweel) continue;
    ++letters;
    prev = last;
    last = c;
    const bool clitic = c == 0x0648 || c == 0x0641 || c == 0x0628 ||
                        c == 0x0644 || c == 0x0643 || c == 0x0633;
    const bool article_alef = c == 0x0627 && i < sc.pos();
    if (!clitic && !article_alef) return false;
  }
  return letters <= 3 || (prev == 0x0627 && last == 0x0644);
}

// Whether the word from `begin` to the cursor is one letter: an abbreviation
// whose tatweel is part of it (هـ for the Hijri year, م).
bool OneLetter(const Scanner& sc, size_t begin) {
  size_t len, letters = 0;
  for (size_t i = begin; i < sc.pos(); i += len)
    letters +=
        ClassOf(sc.At(i, &len)) == CharClass::kArabic && sc.At(i) != kTatweel;
  return letters == 1;
}

// Whether exactly two digits follow at `i` (the minutes of a time).
bool IsClockMinutes(const Scanner& sc, size_t i) {
  size_t len;
  if (ClassOf(sc.At(i, &len)) != CharClass::kDigit) return false;
  i += len;
  if (ClassOf(sc.At(i, &len)) != CharClass::kDigit) return false;
  i += len;
  return ClassOf(sc.At(i)) != CharClass::kDigit;
}

// The code point after a run of tatweels starting at `i`.
char32_t AfterTatweels(const Scanner& sc, size_t i) {
  size_t len;
  while (sc.At(i, &len) == kTatweel) i += len;
  return sc.At(i);
}

// Consumes one token starting at the cursor, whose first code point `c`
// (of class `k`) is `len` bytes long; returns its kind.
TokenKind ScanToken(Scanner& sc, char32_t c, size_t len, CharClass k) {
  sc.Advance(len);
  auto class_at_cursor = [&](size_t* l) { return ClassOf(sc.Peek(l)); };
  switch (k) {
    case CharClass::kArabic:
    case CharClass::kArabicMark: {
      if (c == kTatweel) {  // a tatweel that starts a token is a dash: ـ
        while (sc.Peek(&len) == kTatweel) sc.Advance(len);
        return TokenKind::kPunct;
      }
      char32_t prev = c;
      const size_t begin = sc.pos() - len;
      while (!sc.done()) {
        // The common case first: a letter or mark of the Arabic block other
        // than tatweel continues the word.
        if (const char32_t d = sc.PeekArabicBlock(); d != 0 && d != kTatweel) {
          const CharClass e = ClassOf(d);
          if (IsArabicWordChar(e)) {
            sc.Advance(2);
            if (e == CharClass::kArabic) prev = d;
            continue;
          }
        }
        const char32_t d = sc.Peek(&len);
        if (d == kTatweel && !JoinsLeft(prev)) break;  // الإحصاءـ: a dash
        // A tatweel inside a word stretches it (كبـير); one that ends a
        // word is a dash (فقطـ), except after clitics (لـ"سبوتنيك", الـ84).
        if (d == kTatweel &&
            ClassOf(AfterTatweels(sc, sc.pos())) != CharClass::kArabic &&
            !CliticRun(sc, begin) && !OneLetter(sc, begin))
          break;
        if (IsArabicWordChar(ClassOf(d))) {
          sc.Advance(len);
          if (ClassOf(d) == CharClass::kArabic) prev = d;
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
        } else if (d == ':' && IsClockMinutes(sc, sc.pos() + 1)) {
          sc.Advance(1);  // 6:30, 10:00
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
  const std::vector<uint32_t>& to_raw = norm.to_raw;
  // The first normalised byte at or after raw offset `raw` (norm_size if
  // none), from j on. Where normalisation copied the text since j byte for
  // byte, as it does most Arabic and ASCII, that is j plus the raw distance:
  // that guess is checked first, the bytes are walked otherwise.
  auto norm_at = [&](uint32_t raw) {
    if (j < norm_size && to_raw[j] < raw) {
      const size_t guess = j + (raw - to_raw[j]);
      if (guess < to_raw.size() && to_raw[guess - 1] < raw &&
          to_raw[guess] >= raw) {
        j = guess;
        return static_cast<uint32_t>(j);
      }
    }
    while (j < norm_size && to_raw[j] < raw) ++j;
    return static_cast<uint32_t>(j);
  };
  while (!sc.done()) {
    size_t len;
    const char32_t c = sc.Peek(&len);
    const CharClass k = ClassOf(c);
    if (k == CharClass::kSpace || k == CharClass::kFormat) {
      sc.Advance(len);
      continue;
    }
    Token t;
    t.span.begin = static_cast<uint32_t>(sc.pos());
    t.kind = ScanToken(sc, c, len, k);
    t.span.end = static_cast<uint32_t>(sc.pos());
    if (norm_size > 0 || !norm.to_raw.empty()) {
      t.norm.begin = norm_at(t.span.begin);
      t.norm.end = norm_at(t.span.end);
    }
    out->push_back(t);
  }
}

}  // namespace rasd
