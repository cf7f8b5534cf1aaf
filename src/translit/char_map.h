// The baseline transliterator: a hand-written table from each Arabic letter
// to English letters (data/translit/char_map.tsv), with the same
// normalisation, words, article convention and capitals as the learned
// model. It shows what learning adds; it is not used by the pipeline.
// Thread-safety: immutable after Load.
#ifndef RASD_TRANSLIT_CHAR_MAP_H_
#define RASD_TRANSLIT_CHAR_MAP_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/status.h"

namespace rasd {

class CharMapTransliterator {
 public:
  // File: a header line, then arabic_letter<TAB>english per line.
  static Result<std::unique_ptr<const CharMapTransliterator>> Load(
      const std::string& path);
  std::string ToEnglish(std::string_view arabic) const;

 private:
  std::vector<std::string> map_;  // by letter - U+0621
};

}  // namespace rasd

#endif  // RASD_TRANSLIT_CHAR_MAP_H_
