#include "translit/model_file.h"

#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>

#include "translit/letters.h"
#include "util/binary_io.h"

namespace rasd {
namespace {

constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'T', 'R', 'L', '1'};
constexpr uint32_t kVersion = 1;

}  // namespace

Status WriteTranslitModel(const std::string& path, const TranslitModelData& d) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot write");
  out.write(kMagic, sizeof kMagic);
  PutRaw(out, kVersion);
  PutRaw(out, d.order);
  PutRaw(out, static_cast<uint32_t>(d.graphones.size()));
  for (const Graphone& g : d.graphones) {
    PutRaw(out, static_cast<uint32_t>(g.arabic));
    PutRaw(out, g.count);
    PutRaw(out, static_cast<uint8_t>(g.english.size()));
    out.write(g.english.data(), static_cast<std::streamsize>(g.english.size()));
  }
  PutRaw(out, static_cast<uint32_t>(d.ngrams.size()));
  for (const NgramEntry& e : d.ngrams) {
    PutRaw(out, e.key);
    PutRaw(out, e.logp);
    PutRaw(out, e.backoff);
  }
  PutRaw(out, static_cast<uint32_t>(d.fixed.size()));
  for (const auto& [arabic, english] : d.fixed) {
    PutRaw(out, static_cast<uint32_t>(arabic.size()));
    out.write(arabic.data(), static_cast<std::streamsize>(arabic.size()));
    PutRaw(out, static_cast<uint32_t>(english.size()));
    out.write(english.data(), static_cast<std::streamsize>(english.size()));
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

Result<TranslitModelData> ReadTranslitModel(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::NotFound(path + ": cannot open the transliteration model");
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  const auto bad = [&](const char* what) {
    return Status::Corruption(path + ": not a rasd transliteration model (" +
                              what + ")");
  };
  if (bytes.size() < sizeof kMagic ||
      std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return bad("bad magic number");
  ByteReader r(std::string_view(bytes).substr(sizeof kMagic));
  uint32_t version = 0, n = 0;
  TranslitModelData d;
  if (!r.Get(&version) || !r.Get(&d.order)) return bad("truncated header");
  if (version != kVersion) return bad("unsupported version");
  if (d.order < 1 || d.order > kTranslitMaxOrder) return bad("bad order");
  // Each count is checked against the bytes left (at the records' smallest
  // size) before anything is allocated: a malformed count is an error, not
  // gigabytes of memory.
  constexpr size_t kGraphoneMin =
      sizeof(uint32_t) + sizeof(Graphone::count) + 1;
  constexpr size_t kNgramSize = sizeof(uint64_t) + 2 * sizeof(float);
  constexpr size_t kFixedMin = 2 * sizeof(uint32_t);
  if (!r.Get(&n) || n > 65534 || n < 2 || n > r.Left() / kGraphoneMin)
    return bad("bad graphone count");
  d.graphones.resize(n);
  for (Graphone& g : d.graphones) {
    uint32_t cp = 0;
    uint8_t len = 0;
    if (!r.Get(&cp) || !r.Get(&g.count) || !r.Get(&len) ||
        !r.GetBytes(len, &g.english))
      return bad("truncated graphones");
    g.arabic = static_cast<char32_t>(cp);
  }
  if (!r.Get(&n) || n > (1u << 28) || n > r.Left() / kNgramSize)
    return bad("bad n-gram count");
  d.ngrams.resize(n);
  for (NgramEntry& e : d.ngrams)
    if (!r.Get(&e.key) || !r.Get(&e.logp) || !r.Get(&e.backoff))
      return bad("truncated n-grams");
  if (!r.Get(&n) || n > (1u << 20) || n > r.Left() / kFixedMin)
    return bad("bad fixed-word count");
  d.fixed.resize(n);
  for (auto& [arabic, english] : d.fixed) {
    uint32_t len = 0;
    if (!r.Get(&len) || !r.GetBytes(len, &arabic) || !r.Get(&len) ||
        !r.GetBytes(len, &english))
      return bad("truncated fixed words");
  }
  if (!r.Get(&n)) return bad("truncated model card");
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t len = 0;
    std::string line;
    if (!r.Get(&len) || !r.GetBytes(len, &line))
      return bad("truncated model card");
    d.card.push_back(std::move(line));
  }
  if (!r.AtEnd()) return bad("trailing bytes");
  return d;
}

Status ReadFixedWords(const std::string& path, TranslitModelData* d) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the fixed words");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    if (++number == 1) continue;  // header
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    std::string key;
    if (tab != std::string::npos) key = ModelWordKey(line.substr(0, tab));
    if (key.empty() || tab + 1 >= line.size())
      return Status::BadInput(path + ":" + std::to_string(number) +
                              ": expected arabic word<TAB>english");
    for (char c : line.substr(tab + 1))
      if (static_cast<unsigned char>(c) >= 0x80)
        return Status::BadInput(path + ":" + std::to_string(number) +
                                ": the English spelling must be ASCII");
    d->fixed.emplace_back(key, line.substr(tab + 1));
  }
  return Status::Ok();
}

}  // namespace rasd
