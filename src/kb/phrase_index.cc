#include "kb/phrase_index.h"

#include "morph/model_file.h"

namespace rasd {

void PhraseIndex::Build(
    const std::vector<std::pair<std::string, std::vector<uint32_t>>>& lists) {
  filter_.assign(kFilterBits / 64, 0);
  size_t cap = 16;
  while (cap < lists.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  keys_.clear();
  lists_.clear();
  for (const auto& [key, list] : lists) {
    if (list.empty()) continue;
    const uint64_t h = HashKey(key);
    filter_[(h >> 32) % kFilterBits / 64] |= uint64_t{1} << ((h >> 32) % 64);
    size_t i = h & mask_;
    while (slots_[i].list_size != 0) i = (i + 1) & mask_;
    Slot& s = slots_[i];
    s.hash = h;
    s.key = static_cast<uint32_t>(keys_.size());
    s.key_size = static_cast<uint32_t>(key.size());
    s.list = static_cast<uint32_t>(lists_.size());
    s.list_size = static_cast<uint32_t>(list.size());
    keys_.append(key);
    lists_.insert(lists_.end(), list.begin(), list.end());
  }
}

std::span<const uint32_t> PhraseIndex::Find(std::string_view key) const {
  if (slots_.empty()) return {};
  const uint64_t h = HashKey(key);
  if (!(filter_[(h >> 32) % kFilterBits / 64] >> ((h >> 32) % 64) & 1))
    return {};
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.list_size == 0) return {};
    if (s.hash == h && std::string_view(keys_).substr(s.key, s.key_size) == key)
      return {lists_.data() + s.list, s.list_size};
  }
}

}  // namespace rasd
