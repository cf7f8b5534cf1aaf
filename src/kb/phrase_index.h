// The knowledge base's phrases by the index key of their first word
// (kb/word_view.h), for KnowledgeBase::Match, which asks once for every
// word of every document and is mostly told "none". So: a bitmap of the
// keys' hashes (64 KB, stays in the core's cache) turns most words away,
// and the rest probe a flat open-addressing table keyed by the 64-bit hash
// and checked against the key's bytes.
// Thread-safety: immutable after Build.
#ifndef RASD_KB_PHRASE_INDEX_H_
#define RASD_KB_PHRASE_INDEX_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rasd {

class PhraseIndex {
 public:
  // `lists`: distinct keys, each with its phrase indexes in the order Find
  // is to return them.
  void Build(
      const std::vector<std::pair<std::string, std::vector<uint32_t>>>& lists);
  // The phrase indexes for `key`; empty if none.
  std::span<const uint32_t> Find(std::string_view key) const;

 private:
  static constexpr uint32_t kFilterBits = 1u << 19;
  struct Slot {
    uint64_t hash = 0;
    uint32_t key = 0, key_size = 0;    // in keys_
    uint32_t list = 0, list_size = 0;  // in lists_; list_size 0 = empty slot
  };
  std::vector<uint64_t> filter_;
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  std::string keys_;
  std::vector<uint32_t> lists_;
};

}  // namespace rasd

#endif  // RASD_KB_PHRASE_INDEX_H_
