// What the tagger said about a word earlier in the same document: for each
// word (its MatchKey hash) the last sentence in which it was tagged inside a
// name of each type. The tagger reads it back as features ("this word was
// tagged PER a few sentences ago"), so a name found once, after a title or
// in a full form, is found again when it recurs bare: news names a person in
// full first (الوزيرة فلانة الفلانية) and by the family name after.
//
// The memory looks back a window of sentences, not the whole text: the
// CoNLL corpora it is trained and scored on are streams of articles without
// boundaries, and a window stays mostly inside one article. A document in
// the pipeline starts with an empty memory.
//
// Fixed capacity (no allocation after the first use): words past it are not
// remembered. Scratch of one thread.
#ifndef RASD_NER_DOC_MEMORY_H_
#define RASD_NER_DOC_MEMORY_H_

#include <cstdint>
#include <vector>

namespace rasd {

class DocMemory {
 public:
  static constexpr uint32_t kWindow = 8;  // sentences looked back
  static constexpr int kTypes = 6;        // EntityType order

  void Clear();
  // Bit t set when the word was tagged inside a name of type t in one of
  // the kWindow sentences before `sentence`.
  uint32_t Get(uint64_t key, uint32_t sentence) const;
  // Records that the word was tagged inside a name of `type` in `sentence`.
  void Add(uint64_t key, int type, uint32_t sentence);

 private:
  static constexpr uint32_t kSlots = 1u << 12;
  struct Slot {
    uint64_t key = 0;  // 0: empty
    // 1 + the last sentence of each type (0: never).
    uint32_t seen[kTypes] = {};
  };
  const Slot* Find(uint64_t key) const;
  std::vector<Slot> slots_;
  std::vector<uint32_t> used_;  // slots to clear
};

}  // namespace rasd

#endif  // RASD_NER_DOC_MEMORY_H_
