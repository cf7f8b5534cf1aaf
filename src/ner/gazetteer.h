// Name evidence per word for the tagger's gazetteer features: how often a
// word (its MatchKey, lexicons.h) was seen inside a name of each type in
// labelled corpora, and whether it is a word of a knowledge-base name.
//
// Why: the perceptron's word features only know the words of the sentences
// it was trained on. A first name, a family name or an organisation's head
// word that the training corpus never showed is still likely to have been
// seen inside a PER or ORG name in another corpus (WikiFANE, AQMAR) or in
// data/kb, and a shared "seen inside PER names" feature carries that over
// to unseen names with a weight learned once for all of them.
//
// The trap is a gazetteer learned from the very sentences the perceptron
// trains on: there every name is in it, the feature is always right, and
// the model leans on it more than it should at run time. So the trainer
// jackknifes: the sentences of fold k see counts from the other folds only
// (train_ner.cc); the gazetteer written with the model counts every fold.
//
// Evidence per word is packed into 32 bits: for each of the six types a
// 3-bit level of the share of the word's occurrences inside names of that
// type (0: under 5 %), and one bit per type for a knowledge-base name.
//
// File format (little-endian), models/gazetteer.bin:
//   "RASDGAZ1" u32 version u32 n { u64 key hash, u32 packed } * n
// Only hashes are stored, no text of the corpora.
// Thread-safety: immutable after Load/Build; Get is reentrant.
#ifndef RASD_NER_GAZETTEER_H_
#define RASD_NER_GAZETTEER_H_

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "morph/model_file.h"
#include "rasd/status.h"

namespace rasd {

class Gazetteer {
 public:
  static constexpr int kTypes = 6;  // EntityType order
  static constexpr int kKbShift = 3 * kTypes;

  static Result<Gazetteer> Load(const std::string& path);
  Status Write(const std::string& path) const;
  static Gazetteer FromEntries(std::vector<std::pair<uint64_t, uint32_t>> e);

  // The packed evidence for a word's key hash; 0 if none.
  uint32_t Get(uint64_t key_hash) const { return table_.Get(key_hash); }
  size_t size() const { return entries_.size(); }

  static int Level(uint32_t packed, int type) {
    return static_cast<int>((packed >> (3 * type)) & 7);
  }
  static bool InKb(uint32_t packed, int type) {
    return (packed >> (kKbShift + type)) & 1;
  }
  // The level (1-5) of a word seen `in_type` times inside names of a type
  // out of `total` occurrences; 0 when the share is under 5 %. The share is
  // in_type / (total + 1), so one sighting is weaker evidence than ten.
  static int LevelOf(uint32_t in_type, uint32_t total);

 private:
  HashTable<uint32_t> table_;
  std::vector<std::pair<uint64_t, uint32_t>> entries_;  // sorted by hash
};

// Occurrence counts from which a Gazetteer is built.
class GazetteerCounts {
 public:
  // One occurrence of a word, inside a name of `type` (0-5) or not (-1).
  void Add(uint64_t key_hash, int type);
  // A word of a knowledge-base name of `type`.
  void AddKb(uint64_t key_hash, int type);
  // Adds all of `other`'s counts.
  void Merge(const GazetteerCounts& other);
  // The gazetteer of these counts less `minus`'s (null: none), keeping
  // words with some evidence.
  Gazetteer Build(const GazetteerCounts* minus = nullptr) const;

 private:
  struct Counts {
    uint32_t total = 0;
    std::array<uint32_t, Gazetteer::kTypes> in{};
    uint8_t kb = 0;
  };
  std::unordered_map<uint64_t, Counts> counts_;
};

}  // namespace rasd

#endif  // RASD_NER_GAZETTEER_H_
