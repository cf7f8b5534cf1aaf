// The lexicons the tagger's features consult: trigger words (titles and the
// head nouns of organisation and place names) and word clusters learned from
// unlabelled news. Both are keyed by hashes of MatchKeys (morph/stemmer.h),
// so الرئيس، رئيس، والرئيس meet one entry.
// Thread-safety: immutable after Load.
#ifndef RASD_NER_LEXICONS_H_
#define RASD_NER_LEXICONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "morph/model_file.h"
#include "rasd/status.h"

namespace rasd {

// The hash under which a normalised host word is looked up: its MatchKey.
uint64_t KeyHash(std::string_view norm_host);
// The hash of two consecutive keys (for two-word triggers: الناطق باسم).
inline uint64_t PairHash(uint64_t a, uint64_t b) {
  return a * 0x9E3779B97F4A7C15ull ^ (b + 0x7F4A7C159E3779B9ull);
}

// data/ner/triggers.tsv: `words<TAB>class` rows; words are one or two
// Arabic words (any spelling: they are normalised and keyed here).
class Triggers {
 public:
  static Result<Triggers> Load(const std::string& path);
  // The class index of a one-word key hash (of a host word) or a PairHash
  // (of two whole words' keys), or -1.
  int Find(uint64_t hash) const {
    return static_cast<int>(table_.Get(hash)) - 1;
  }
  const std::vector<std::string>& classes() const { return classes_; }

 private:
  HashTable<uint32_t> table_;  // class index + 1
  std::vector<std::string> classes_;
};

// models/clusters.bin: key hash → cluster ids at two granularities.
//   "RASDCLU1" u32 version u32 coarse_k u32 fine_k u32 n
//   { u64 hash, u16 coarse, u16 fine } * n
class Clusters {
 public:
  static Result<Clusters> Load(const std::string& path);
  struct Entry {
    uint64_t hash;
    uint16_t coarse;
    uint16_t fine;
  };
  static Status Write(const std::string& path, uint32_t coarse_k,
                      uint32_t fine_k, const std::vector<Entry>& entries);
  // (coarse + 1) << 16 | (fine + 1), or 0 for a word without a cluster.
  uint32_t Get(uint64_t hash) const { return table_.Get(hash); }
  size_t size() const { return size_; }

 private:
  HashTable<uint32_t> table_;
  size_t size_ = 0;
};

}  // namespace rasd

#endif  // RASD_NER_LEXICONS_H_
