#include "translit/evaluate.h"

#include <algorithm>
#include <unordered_map>

#include "text/normalize.h"
#include "text/utf8.h"
#include "translit/letters.h"

namespace rasd {
namespace {

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t len = 0;
    out.push_back(DecodeUtf8(s, i, &len));
    i += len;
  }
  return out;
}

}  // namespace

size_t EditDistance(std::string_view a8, std::string_view b8) {
  const std::u32string a = CodePoints(a8), b = CodePoints(b8);
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min(
          {row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<TranslitItem> ItemsOf(const NameDataset& data, NameSplit split) {
  std::vector<TranslitItem> items;
  std::unordered_map<std::string, size_t> index;
  for (const NamePair& p : data.pairs) {
    if (SplitOf(p.arabic) != split) continue;
    std::u32string letters;
    AppendArabicLetters(NormalizeString(p.arabic), &letters);
    std::string key;
    for (char32_t c : letters) AppendUtf8(c, &key);
    if (key.empty()) continue;
    auto [it, added] = index.try_emplace(key, items.size());
    if (added) items.push_back({p.arabic, {}});
    items[it->second].refs.push_back(p.english);
  }
  return items;
}

void TranslitScore::Add(const TranslitScore& o) {
  items += o.items;
  exact += o.exact;
  edits += o.edits;
  ref_chars += o.ref_chars;
}

void ScoreItem(std::string_view output, const TranslitItem& item,
               TranslitScore* score) {
  const std::string hyp = ScoringForm(output);
  size_t best_edits = 0, best_len = 1;
  double best_rate = 2;
  for (const std::string& ref : item.refs) {
    const std::string r = ScoringForm(ref);
    const size_t len = std::max<size_t>(CodePoints(r).size(), 1);
    const size_t edits = EditDistance(hyp, r);
    const double rate = double(edits) / len;
    if (rate < best_rate) {
      best_rate = rate;
      best_edits = edits;
      best_len = len;
    }
  }
  ++score->items;
  score->exact += best_edits == 0;
  score->edits += best_edits;
  score->ref_chars += best_len;
}

}  // namespace rasd
