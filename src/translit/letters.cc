#include "translit/letters.h"

#include "text/normalize.h"
#include "text/utf8.h"

namespace rasd {

char32_t ModelLetter(char32_t c, std::string_view raw, const Normalized& n,
                     size_t i) {
  if (c != U'ه' || i >= n.to_raw.size() || n.to_raw[i] >= raw.size()) return c;
  uint32_t len = 0;
  return DecodeUtf8(raw, n.to_raw[i], &len) == U'ة' ? U'ة' : c;
}

std::string ModelWordKey(std::string_view raw) {
  Normalized n;
  Normalize(raw, &n);
  std::string key;
  for (size_t i = 0; i < n.text.size();) {
    uint32_t len = 0;
    const char32_t c = DecodeUtf8(n.text, i, &len);
    if (IsArabicLetter(c)) AppendUtf8(ModelLetter(c, raw, n, i), &key);
    i += len;
  }
  return key;
}

void AppendArabicLetters(std::string_view normalized, std::u32string* out) {
  for (size_t i = 0; i < normalized.size();) {
    uint32_t len = 0;
    const char32_t c = DecodeUtf8(normalized, i, &len);
    if (IsArabicLetter(c)) out->push_back(c);
    i += len;
  }
}

std::u32string_view StripArticle(std::u32string_view word, bool* had_article) {
  *had_article = word.size() >= 4 && word[0] == U'ا' && word[1] == U'ل';
  return *had_article ? word.substr(2) : word;
}

bool EnglishTrainingForm(std::string_view english, std::string* out) {
  out->clear();
  for (char c : english) {
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || c == '\'') {
      out->push_back(c);
    } else if (c != ' ' && c != '-' && c != '.') {
      return false;
    }
  }
  return !out->empty();
}

std::string_view StripEnglishArticle(std::string_view english) {
  if (english.size() >= 5 &&
      (english.substr(0, 2) == "al" || english.substr(0, 2) == "el"))
    return english.substr(2);
  return english;
}

std::string ScoringForm(std::string_view english) {
  std::string out;
  out.reserve(english.size());
  for (char c : english) {
    if (c == ' ' || c == '-') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

}  // namespace rasd
