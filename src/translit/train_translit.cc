#include "translit/train_translit.h"

#include <map>
#include <string>
#include <utility>

#include "text/normalize.h"
#include "text/utf8.h"
#include "translit/align.h"
#include "translit/letters.h"
#include "translit/ngram.h"

namespace rasd {
namespace {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ') {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

}  // namespace

bool TrainingWords(const NamePair& pair, std::vector<LetterPair>* out) {
  out->clear();
  Normalized n;
  Normalize(pair.arabic, &n);
  // Arabic words: letters between spaces (as the model will see them).
  std::vector<std::u32string> ar(1);
  for (size_t i = 0; i < n.text.size();) {
    uint32_t len = 0;
    const char32_t c = DecodeUtf8(n.text, i, &len);
    if (IsArabicLetter(c)) {
      ar.back().push_back(ModelLetter(c, pair.arabic, n, i));
    } else if (c == ' ' && !ar.back().empty()) {
      ar.emplace_back();
    }
    i += len;
  }
  if (ar.back().empty()) ar.pop_back();
  const std::vector<std::string_view> en = Words(pair.english);
  if (ar.empty() || ar.size() != en.size()) return false;
  for (size_t i = 0; i < ar.size(); ++i) {
    std::string english;
    if (!EnglishTrainingForm(en[i], &english)) return false;
    bool article = false;
    const std::u32string_view stem = StripArticle(ar[i], &article);
    std::string_view en_stem = english;
    if (article) en_stem = StripEnglishArticle(en_stem);
    out->push_back({std::u32string(stem), std::string(en_stem)});
  }
  return true;
}

TranslitModelData TrainTransliterator(const std::vector<NameDataset>& data,
                                      const TranslitTrainOptions& options,
                                      TranslitTrainStats* stats) {
  *stats = {};
  std::vector<LetterPair> pairs, words;
  for (const NameDataset& d : data) {
    for (const NamePair& p : d.pairs) {
      if (SplitOf(p.arabic) != NameSplit::kTrain) continue;
      ++stats->pairs;
      if (!TrainingWords(p, &words)) continue;
      ++stats->used;
      pairs.insert(pairs.end(), words.begin(), words.end());
    }
  }
  Aligner aligner;
  aligner.Train(pairs, options.iterations);

  TranslitModelData model;
  model.order = options.order;
  model.graphones.resize(2);  // the start and end markers
  std::map<std::pair<char32_t, std::string>, uint16_t> ids;
  std::vector<std::vector<uint16_t>> sequences;
  std::vector<std::pair<char32_t, std::string>> alignment;
  for (const LetterPair& p : pairs) {
    if (!aligner.Align(p, &alignment)) continue;
    ++stats->aligned;
    std::vector<uint16_t> seq;
    bool full = false;
    for (auto& unit : alignment) {
      if (model.graphones.size() >= 65000 && !ids.count(unit)) {
        full = true;  // ids are 16-bit; a pathological data set
        break;
      }
      auto [it, added] =
          ids.try_emplace(unit, static_cast<uint16_t>(model.graphones.size()));
      if (added) model.graphones.push_back({unit.first, unit.second, 0});
      ++model.graphones[it->second].count;
      seq.push_back(it->second);
    }
    if (!full) sequences.push_back(std::move(seq));
  }
  model.ngrams = EstimateNgrams(sequences, options.order, options.min_count,
                                static_cast<uint32_t>(model.graphones.size()));
  return model;
}

}  // namespace rasd
