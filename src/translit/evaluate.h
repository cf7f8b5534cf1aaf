// Scoring transliterations: character error rate (edit distance over the
// reference length, in code points, after ScoringForm: case, spaces and
// hyphens ignored) and exact-match accuracy. Every distinct normalised Arabic
// spelling of a split is one item; when the data gives it several English
// spellings (محمد: Mohamed, Muhammad, ...) all are references and the
// closest one counts, as in the NEWS transliteration shared tasks.
#ifndef RASD_TRANSLIT_EVALUATE_H_
#define RASD_TRANSLIT_EVALUATE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "translit/name_pairs.h"

namespace rasd {

// Levenshtein distance between the code points of two UTF-8 strings.
size_t EditDistance(std::string_view a, std::string_view b);

struct TranslitItem {
  std::string arabic;             // the first raw spelling seen
  std::vector<std::string> refs;  // English references
};

// The items of one split of a dataset, in data order.
std::vector<TranslitItem> ItemsOf(const NameDataset& data, NameSplit split);

struct TranslitScore {
  size_t items = 0, exact = 0;
  size_t edits = 0, ref_chars = 0;
  void Add(const TranslitScore& o);
  double cer() const { return ref_chars ? double(edits) / ref_chars : 0; }
  double accuracy() const { return items ? double(exact) / items : 0; }
};

// Scores one system output against an item's references.
void ScoreItem(std::string_view output, const TranslitItem& item,
               TranslitScore* score);

}  // namespace rasd

#endif  // RASD_TRANSLIT_EVALUATE_H_
