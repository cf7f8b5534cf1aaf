// A one-hash Bloom filter over a set of strings: "surely absent" or
// "maybe present". Lists that are asked about every word of a document and
// hold a few thousand keys at most (event trigger forms, the facts tables'
// first words) put one in front of their hash map: a lookup of a word not
// listed, most of them, costs one XXH3 and one bit in a 16 KB bitmap that
// stays in the core's cache, instead of a walk through the map's buckets.
// Thread-safety: immutable after the last Add.
#ifndef RASD_UTIL_KEY_FILTER_H_
#define RASD_UTIL_KEY_FILTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "morph/model_file.h"  // HashKey

namespace rasd {

class KeyFilter {
 public:
  void Add(std::string_view key) {
    if (bits_.empty()) bits_.assign(kBits / 64, 0);
    const uint64_t b = Bit(key);
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  // False only if `key` was never added.
  bool MayHave(std::string_view key) const {
    if (bits_.empty()) return false;
    const uint64_t b = Bit(key);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }

 private:
  static constexpr uint64_t kBits = uint64_t{1} << 17;
  static uint64_t Bit(std::string_view key) {
    return (HashKey(key) >> 20) & (kBits - 1);
  }
  std::vector<uint64_t> bits_;
};

}  // namespace rasd

#endif  // RASD_UTIL_KEY_FILTER_H_
