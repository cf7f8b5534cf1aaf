#include "morph/model_file.h"

#include <cstring>
#include <fstream>

#include "util/binary_io.h"

namespace rasd {
namespace {

constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'W', 'R', 'D', '1'};
constexpr uint32_t kVersion = 2;  // 2: host variant counts

}  // namespace

Status WriteWordModel(const std::string& path, const WordModelData& d) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot write");
  out.write(kMagic, sizeof kMagic);
  PutRaw(out, kVersion);
  PutRaw(out, static_cast<uint32_t>(d.counts.size()));
  for (const auto& [h, c] : d.counts) {
    PutRaw(out, h);
    PutRaw(out, c);
  }
  PutRaw(out, static_cast<uint32_t>(d.weights.size()));
  for (const auto& [h, w] : d.weights) {
    PutRaw(out, h);
    PutRaw(out, w);
  }
  PutRaw(out, static_cast<uint32_t>(d.splits.size()));
  for (const auto& [h, v] : d.splits) {
    PutRaw(out, h);
    PutRaw(out, v);
  }
  PutRaw(out, static_cast<uint32_t>(d.variants.size()));
  for (const auto& [h, v] : d.variants) {
    PutRaw(out, h);
    PutRaw(out, v);
  }
  PutRaw(out, static_cast<uint32_t>(d.card.size()));
  for (const std::string& line : d.card) {
    PutRaw(out, static_cast<uint32_t>(line.size()));
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
  out.close();
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Result<WordModelData> ReadWordModel(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the word model");
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  const auto bad = [&](const char* what) {
    return Status::Corruption(path + ": not a rasd word model (" + what + ")");
  };
  if (bytes.size() < sizeof kMagic ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return bad("bad magic number");
  ByteReader r(std::string_view(bytes).substr(sizeof kMagic));
  uint32_t version = 0, n = 0;
  if (!r.Get(&version)) return bad("truncated header");
  if (version != kVersion) return bad("unsupported version");
  WordModelData d;
  if (!r.GetPairs(&d.counts)) return bad("truncated counts");
  if (!r.GetPairs(&d.weights)) return bad("truncated weights");
  if (!r.GetPairs(&d.splits)) return bad("truncated splits");
  if (!r.GetPairs(&d.variants)) return bad("truncated variants");
  if (!r.Get(&n)) return bad("truncated model card");
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t len = 0;
    std::string line;
    if (!r.Get(&len) || !r.GetBytes(len, &line))
      return bad("truncated model card");
    d.card.push_back(std::move(line));
  }
  return d;
}

}  // namespace rasd
