// Reading Arabic–English name pairs and splitting them for training and
// evaluation.
//
// Known layouts (the folders under ../shared/data/translit):
//   anetac/                 translit_{train,dev,test}.{ar,en}, line-aligned
//   google_ar2en/           ar2en.txt: arabic<TAB>english
//   wikidata_names_en_ar/   wd_arabic_80 + wd_arabic_20:
//                           english<TAB>arabic letters spaced<TAB>count
// and any other file: arabic<TAB>english per line (# starts a comment).
// A folder that holds none of these but has such folders inside is read as
// one dataset per inner folder.
//
// The published splits are not used: every pair goes to train, dev or test
// by a hash of its normalised Arabic letters (SplitOf), so one Arabic
// spelling never sits in two splits, across datasets too, and a user's own
// file is split the same way.
// Thread-safety: pure functions.
#ifndef RASD_TRANSLIT_NAME_PAIRS_H_
#define RASD_TRANSLIT_NAME_PAIRS_H_

#include <string>
#include <string_view>
#include <vector>

#include "rasd/status.h"

namespace rasd {

struct NamePair {
  std::string arabic;   // as in the data (raw UTF-8)
  std::string english;  // as in the data
};

struct NameDataset {
  std::string name;             // folder or file name
  std::vector<NamePair> pairs;  // distinct (Arabic, English) pairs
};

enum class NameSplit { kTrain, kDev, kTest };

// 10% test, 10% dev, 80% train, by XXH3 of the normalised Arabic letters.
NameSplit SplitOf(std::string_view arabic);
// "train", "dev", "test" → split; false for anything else.
bool ParseNameSplit(std::string_view name, NameSplit* split);

// Reads every dataset under `paths` (files or folders, see above).
Result<std::vector<NameDataset>> ReadNameDatasets(
    const std::vector<std::string>& paths);

}  // namespace rasd

#endif  // RASD_TRANSLIT_NAME_PAIRS_H_
