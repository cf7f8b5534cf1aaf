#include "ner/gazetteer.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace rasd {
namespace {

constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'G', 'A', 'Z', '1'};
constexpr uint32_t kVersion = 1;

template <typename T>
void Put(std::ostream& out, T v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
bool ReadPod(std::istream& in, T* v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(v), sizeof *v));
}

}  // namespace

int Gazetteer::LevelOf(uint32_t in_type, uint32_t total) {
  if (in_type == 0) return 0;
  const double share = double(in_type) / (double(total) + 1);
  if (share < 0.05) return 0;
  if (share < 0.15) return 1;
  if (share < 0.35) return 2;
  if (share < 0.6) return 3;
  if (share < 0.85) return 4;
  return 5;
}

Gazetteer Gazetteer::FromEntries(std::vector<std::pair<uint64_t, uint32_t>> e) {
  std::sort(e.begin(), e.end());
  Gazetteer g;
  g.table_.Build(e);
  g.entries_ = std::move(e);
  return g;
}

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  char magic[8];
  uint32_t version = 0, n = 0;
  if (!in.read(magic, sizeof magic) ||
      std::memcmp(magic, kMagic, sizeof magic) != 0 || !ReadPod(in, &version) ||
      version != kVersion || !ReadPod(in, &n)) {
    return Status::Corruption(path + ": not a rasd gazetteer (version " +
                              std::to_string(kVersion) + ")");
  }
  // A record is 12 bytes: check the count against the bytes left before
  // allocating, so a corrupt count cannot ask for gigabytes.
  const std::streampos here = in.tellg();
  in.seekg(0, std::ios::end);
  const std::streamoff left = in.tellg() - here;
  in.seekg(here);
  if (left < 0 || static_cast<uint64_t>(left) != uint64_t{n} * 12)
    return Status::Corruption(path + ": record count does not match its size");
  std::vector<std::pair<uint64_t, uint32_t>> entries(n);
  for (auto& [h, v] : entries) {
    if (!ReadPod(in, &h) || !ReadPod(in, &v))
      return Status::Corruption(path + ": truncated");
  }
  return FromEntries(std::move(entries));
}

Status Gazetteer::Write(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot write");
  out.write(kMagic, sizeof kMagic);
  Put(out, kVersion);
  Put(out, static_cast<uint32_t>(entries_.size()));
  for (const auto& [h, v] : entries_) {
    Put(out, h);
    Put(out, v);
  }
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

void GazetteerCounts::Add(uint64_t key_hash, int type) {
  Counts& c = counts_[key_hash];
  ++c.total;
  if (type >= 0 && type < Gazetteer::kTypes) ++c.in[type];
}

void GazetteerCounts::AddKb(uint64_t key_hash, int type) {
  if (type >= 0 && type < Gazetteer::kTypes)
    counts_[key_hash].kb |= static_cast<uint8_t>(1u << type);
}

void GazetteerCounts::Merge(const GazetteerCounts& other) {
  for (const auto& [h, o] : other.counts_) {
    Counts& c = counts_[h];
    c.total += o.total;
    for (int t = 0; t < Gazetteer::kTypes; ++t) c.in[t] += o.in[t];
    c.kb |= o.kb;
  }
}

Gazetteer GazetteerCounts::Build(const GazetteerCounts* minus) const {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  for (const auto& [h, c] : counts_) {
    Counts k = c;
    if (minus) {
      auto it = minus->counts_.find(h);
      if (it != minus->counts_.end()) {
        k.total -= std::min(k.total, it->second.total);
        for (int t = 0; t < Gazetteer::kTypes; ++t)
          k.in[t] -= std::min(k.in[t], it->second.in[t]);
        // Knowledge-base bits are not fold data: they stay.
      }
    }
    uint32_t packed = uint32_t{k.kb} << Gazetteer::kKbShift;
    for (int t = 0; t < Gazetteer::kTypes; ++t)
      packed |= static_cast<uint32_t>(Gazetteer::LevelOf(k.in[t], k.total))
                << (3 * t);
    if (packed != 0) entries.emplace_back(h, packed);
  }
  return Gazetteer::FromEntries(std::move(entries));
}

}  // namespace rasd
