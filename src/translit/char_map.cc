#include "translit/char_map.h"

#include <fstream>

#include "text/normalize.h"
#include "text/utf8.h"
#include "translit/letters.h"

namespace rasd {

Result<std::unique_ptr<const CharMapTransliterator>>
CharMapTransliterator::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the character map");
  std::unique_ptr<CharMapTransliterator> t(new CharMapTransliterator());
  t->map_.assign(0x064A - 0x0621 + 1, "");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    if (++number == 1) continue;  // header
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    uint32_t len = 0;
    const char32_t c = tab == std::string::npos ? 0 : DecodeUtf8(line, 0, &len);
    if (tab == std::string::npos || len != tab || !IsArabicLetter(c))
      return Status::BadInput(path + ":" + std::to_string(number) +
                              ": expected one Arabic letter<TAB>english");
    t->map_[c - 0x0621] = line.substr(tab + 1);
  }
  return std::unique_ptr<const CharMapTransliterator>(std::move(t));
}

std::string CharMapTransliterator::ToEnglish(std::string_view arabic) const {
  const std::string normalized = NormalizeString(arabic);
  std::string out;
  std::u32string word;
  bool first = true;
  const auto flush = [&] {
    if (word.empty()) return;
    bool article = false;
    const std::u32string_view stem = StripArticle(word, &article);
    if (!out.empty()) out.push_back(' ');
    if (article) out.append(first ? "Al-" : "al-");
    const size_t from = out.size();
    for (char32_t c : stem) out.append(map_[c - 0x0621]);
    if (from < out.size() && out[from] >= 'a' && out[from] <= 'z')
      out[from] = static_cast<char>(out[from] - 'a' + 'A');
    first = false;
    word.clear();
  };
  for (size_t i = 0; i < normalized.size();) {
    uint32_t len = 0;
    const char32_t c = DecodeUtf8(normalized, i, &len);
    i += len;
    if (IsArabicLetter(c)) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace rasd
