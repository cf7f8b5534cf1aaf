#include "ner/doc_memory.h"

namespace rasd {

void DocMemory::Clear() {
  for (uint32_t s : used_) slots_[s] = Slot();
  used_.clear();
}

const DocMemory::Slot* DocMemory::Find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  if (key == 0) key = 1;
  for (uint32_t i = key & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    const Slot& s = slots_[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

uint32_t DocMemory::Get(uint64_t key, uint32_t sentence) const {
  if (used_.empty()) return 0;  // a document's first sentence
  const Slot* s = Find(key);
  if (!s) return 0;
  uint32_t bits = 0;
  for (int t = 0; t < kTypes; ++t) {
    // seen = 1 + last sentence; recent when last < sentence <= last + W.
    const uint32_t seen = s->seen[t];
    if (seen != 0 && seen <= sentence && sentence < seen + kWindow)
      bits |= 1u << t;
  }
  return bits;
}

void DocMemory::Add(uint64_t key, int type, uint32_t sentence) {
  if (type < 0 || type >= kTypes) return;
  if (slots_.empty()) slots_.resize(kSlots);
  if (key == 0) key = 1;
  for (uint32_t i = key & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
    Slot& s = slots_[i];
    if (s.key == 0) {
      // Full enough: keep probes short and the table's last slot free.
      if (used_.size() * 4 >= kSlots * 3) return;
      s.key = key;
      used_.push_back(i);
    }
    if (s.key == key) {
      s.seen[type] = sentence + 1;
      return;
    }
  }
}

}  // namespace rasd
