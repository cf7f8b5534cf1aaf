#include "ner/lexicons.h"

#include <cstring>
#include <fstream>

#include "morph/stemmer.h"
#include "text/normalize.h"

namespace rasd {
namespace {

constexpr char kClusterMagic[8] = {'R', 'A', 'S', 'D', 'C', 'L', 'U', '1'};
constexpr uint32_t kClusterVersion = 1;

template <typename T>
void Put(std::ostream& out, T v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}
template <typename T>
bool ReadPod(std::istream& in, T* v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(v), sizeof *v));
}

}  // namespace

uint64_t KeyHash(std::string_view norm_host) {
  const StemRange k = MatchKeyRange(norm_host);
  return HashKey(norm_host.substr(k.begin, k.end - k.begin));
}

Result<Triggers> Triggers::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the trigger list");
  Triggers t;
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size()) {
      return Status::BadInput(path + ":" + std::to_string(n) +
                              ": expected words<TAB>class");
    }
    const std::string cls = line.substr(tab + 1);
    uint32_t index = 0;
    while (index < t.classes_.size() && t.classes_[index] != cls) ++index;
    if (index == t.classes_.size()) t.classes_.push_back(cls);
    const std::string norm = NormalizeString(line.substr(0, tab));
    const size_t space = norm.find(' ');
    uint64_t h;
    if (space == std::string::npos) {
      h = KeyHash(norm);
    } else {
      const std::string_view rest = std::string_view(norm).substr(space + 1);
      if (rest.empty() || rest.find(' ') != std::string_view::npos) {
        return Status::BadInput(path + ":" + std::to_string(n) +
                                ": a trigger is one or two words");
      }
      h = PairHash(KeyHash(std::string_view(norm).substr(0, space)),
                   KeyHash(rest));
    }
    entries.emplace_back(h, index + 1);
  }
  t.table_.Build(entries);
  return t;
}

Result<Clusters> Clusters::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  char magic[8];
  uint32_t version = 0, coarse_k = 0, fine_k = 0, n = 0;
  if (!in.read(magic, sizeof magic) ||
      std::memcmp(magic, kClusterMagic, sizeof magic) != 0 ||
      !ReadPod(in, &version) || version != kClusterVersion ||
      !ReadPod(in, &coarse_k) || !ReadPod(in, &fine_k) || !ReadPod(in, &n)) {
    return Status::Corruption(path + ": not a rasd cluster file (version " +
                              std::to_string(kClusterVersion) + ")");
  }
  std::vector<std::pair<uint64_t, uint32_t>> entries(n);
  for (auto& [h, v] : entries) {
    uint16_t c = 0, f = 0;
    if (!ReadPod(in, &h) || !ReadPod(in, &c) || !ReadPod(in, &f))
      return Status::Corruption(path + ": truncated");
    v = (uint32_t{c} + 1) << 16 | (uint32_t{f} + 1);
  }
  Clusters out;
  out.table_.Build(entries);
  out.size_ = n;
  return out;
}

Status Clusters::Write(const std::string& path, uint32_t coarse_k,
                       uint32_t fine_k, const std::vector<Entry>& entries) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot write");
  out.write(kClusterMagic, sizeof kClusterMagic);
  Put(out, kClusterVersion);
  Put(out, coarse_k);
  Put(out, fine_k);
  Put(out, static_cast<uint32_t>(entries.size()));
  for (const Entry& e : entries) {
    Put(out, e.hash);
    Put(out, e.coarse);
    Put(out, e.fine);
  }
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

}  // namespace rasd
