#include "ner/model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

// Builds of a hot function for several CPUs, picked when the program loads
// (GCC's target_clones). Clang 14 (the fuzzing build) does not link a
// cloned member function defined out of line, so there it is one build.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define RASD_CLONES(...) __attribute__((target_clones(__VA_ARGS__)))
#else
#define RASD_CLONES(...)
#endif

namespace rasd {
namespace {

constexpr char kMagic[8] = {'R', 'A', 'S', 'D', 'N', 'E', 'R', '1'};
constexpr uint32_t kVersion = 1;

template <typename T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Reads from a byte buffer, failing once past its end.
struct Reader {
  const char* p;
  const char* end;
  template <typename T>
  bool Get(T* v) {
    if (end - p < static_cast<ptrdiff_t>(sizeof *v)) return false;
    std::memcpy(v, p, sizeof *v);
    p += sizeof *v;
    return true;
  }
  bool GetStrings(std::vector<std::string>* out) {
    uint32_t n = 0;
    if (!Get(&n)) return false;
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t len = 0;
      if (!Get(&len) || end - p < static_cast<ptrdiff_t>(len)) return false;
      out->emplace_back(p, len);
      p += len;
    }
    return true;
  }
};

void PutStrings(std::string* out, const std::vector<std::string>& v) {
  Put(out, static_cast<uint32_t>(v.size()));
  for (const std::string& s : v) {
    Put(out, static_cast<uint32_t>(s.size()));
    out->append(s);
  }
}

}  // namespace

NerModel::NerModel(uint32_t bits)
    : bits_(bits),
      weights_(size_t{1} << bits, Row{}),
      trans_((kNumTags + 1) * kNumTags, 0.0f) {}

Status NerModel::Save(const std::string& path) const {
  float max_abs = 0;
  for (const Row& r : weights_)
    for (float w : r.w) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::string buf(kMagic, sizeof kMagic);
  Put(&buf, kVersion);
  Put(&buf, bits_);
  Put(&buf, scale);
  for (float t : trans_) Put(&buf, t);
  const size_t rows_at = buf.size();
  Put(&buf, uint32_t{0});
  uint32_t rows = 0;
  int16_t q[kNumTags];
  for (uint32_t b = 0; b < (1u << bits_); ++b) {
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      q[t] = static_cast<int16_t>(std::lround(row(b)[t] / scale));
      any = any || q[t] != 0;
    }
    if (!any) continue;
    Put(&buf, b);
    buf.append(reinterpret_cast<const char*>(q), sizeof q);
    ++rows;
  }
  std::memcpy(&buf[rows_at], &rows, sizeof rows);
  PutStrings(&buf, card);
  PutStrings(&buf, needs);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot write");
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Result<NerModel> NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound(path + ": cannot open the NER model");
  std::string buf(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(buf.data(), static_cast<std::streamsize>(buf.size())))
    return Status::IoError(path + ": read failed");
  const Status bad =
      Status::Corruption(path + ": not a rasd NER model (version " +
                         std::to_string(kVersion) + ") or truncated");
  Reader r{buf.data(), buf.data() + buf.size()};
  char magic[8];
  uint32_t version = 0, bits = 0, rows = 0;
  float scale = 0;
  if (!r.Get(&magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0 ||
      !r.Get(&version) || version != kVersion || !r.Get(&bits) || bits < 4 ||
      bits > 26 || !r.Get(&scale))
    return bad;
  NerModel m;
  m.bits_ = bits;
  m.trans_.assign((kNumTags + 1) * kNumTags, 0.0f);
  for (float& t : m.trans_)
    if (!r.Get(&t)) return bad;
  if (!r.Get(&rows) || rows > (1u << bits)) return bad;
  // Rows may come in any order and a bucket twice (the last one counts):
  // mark the buckets first, then place the rows.
  const char* rows_at = r.p;
  constexpr size_t kRowBytes = sizeof(uint32_t) + sizeof(int16_t) * kNumTags;
  if (static_cast<size_t>(r.end - r.p) < size_t{rows} * kRowBytes) return bad;
  m.blocks_.assign((size_t{1} << bits) / 64 + 1, Block{});
  for (uint32_t i = 0; i < rows; ++i) {
    uint32_t b = 0;
    std::memcpy(&b, rows_at + i * kRowBytes, sizeof b);
    if (b >= (1u << bits)) return bad;
    m.blocks_[b >> 6].nonzero |= uint64_t{1} << (b & 63);
  }
  uint32_t used = 1;  // row 0 is the zero row
  for (Block& block : m.blocks_) {
    block.base = used;
    used += BitCount(block.nonzero);
  }
  m.rows_.assign(used, Row{});
  int16_t q[kNumTags];
  for (uint32_t i = 0; i < rows; ++i) {
    uint32_t b = 0;
    if (!r.Get(&b) || !r.Get(&q)) return bad;
    float* w = m.rows_[m.RowOf(b)].w;
    for (int t = 0; t < kNumTags; ++t) w[t] = q[t] * scale;
  }
  if (!r.GetStrings(&m.card) || !r.GetStrings(&m.needs)) return bad;
  return m;
}

void NerModel::Expand() {
  std::vector<Row> dense(size_t{1} << bits_, Row{});
  for (uint32_t b = 0; b < dense.size(); ++b) dense[b] = rows_[RowOf(b)];
  weights_ = std::move(dense);
  blocks_ = {};
  rows_ = {};
}

// Built twice (see Decode): AVX2 has a blend and eight-lane forms for the
// compare-and-keep steps; same comparisons, same tags.
RASD_CLONES("avx2", "default")
void Viterbi(const float* emit, size_t n, const NerModel& model,
             std::vector<float>* scratch, std::vector<uint8_t>* tags) {
  tags->assign(n, kTagO);
  if (n == 0) return;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  // Four tags to a vector: each step takes, for all tags at once, the
  // first best previous tag, comparing the same sums in the same order as
  // a loop over one tag at a time would.
  using F4 = float __attribute__((vector_size(16)));
  using I4 = int32_t __attribute__((vector_size(16)));
  constexpr int kVecs = kTagStride / 4;
  static_assert(kTagStride % 4 == 0 && kNumTags <= kTagStride);
  // score[i * kTagStride + t], then back pointers packed after them.
  scratch->resize(n * kTagStride * 2);
  float* score = scratch->data();
  int32_t* back = reinterpret_cast<int32_t*>(score + n * kTagStride);
  static_assert(sizeof(int32_t) == sizeof(float));
  for (int t = 0; t < kTagStride; ++t) {
    score[t] = t < kNumTags && AllowedTransition(kNumTags, t)
                   ? emit[t] + model.trans(kNumTags, t)
                   : kNeg;
  }
  // Transition scores with the BIO constraint folded in: a forbidden
  // transition (and a padding tag) scores -inf, which never beats the -inf
  // a search starts from, exactly as skipping it.
  alignas(16) float allowed[kNumTags][kTagStride];
  for (int p = 0; p < kNumTags; ++p) {
    for (int t = 0; t < kTagStride; ++t) {
      allowed[p][t] =
          t < kNumTags && AllowedTransition(p, t) ? model.trans(p, t) : kNeg;
    }
  }
  for (size_t i = 1; i < n; ++i) {
    const float* prev = score + (i - 1) * kTagStride;
    F4 best[kVecs], cur[kVecs];
    I4 arg[kVecs];
    for (int v = 0; v < kVecs; ++v) {
      best[v] = F4{} + kNeg;
      arg[v] = I4{};
    }
    for (int p = 0; p < kNumTags; ++p) {
#pragma GCC unroll 4
      for (int v = 0; v < kVecs; ++v) {
        F4 a;
        std::memcpy(&a, &allowed[p][v * 4], sizeof a);
        const F4 s = prev[p] + a;
        const I4 better = s > best[v];
        best[v] = better ? s : best[v];
        arg[v] = better ? (I4{} + p) : arg[v];
      }
    }
    for (int v = 0; v < kVecs; ++v) {
      F4 e;
      std::memcpy(&e, emit + i * kTagStride + v * 4, sizeof e);
      cur[v] = best[v] + e;
    }
    std::memcpy(score + i * kTagStride, cur, sizeof cur);
    std::memcpy(back + i * kTagStride, arg, sizeof arg);
  }
  const float* last = score + (n - 1) * kTagStride;
  int t = static_cast<int>(std::max_element(last, last + kNumTags) - last);
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = static_cast<uint8_t>(t);
    if (i > 0) t = back[i * kTagStride + t];
  }
}

// Built three times, the build for the CPU picked when the program loads:
// with POPCNT, RowOf's BitCount is one instruction (GCC knows the idiom);
// with AVX2 a row is added in two steps, not four. The same additions in
// the same order (and no FMA), so the same floats on any CPU.
RASD_CLONES("avx2", "popcnt", "default")
void NerModel::Decode(const SeqFeatures& f, Scratch* scratch,
                      std::vector<uint8_t>* tags) const {
  const size_t n = f.size();
  std::vector<float>& emit = scratch->emit;
  emit.assign(n * kTagStride, 0.0f);
  if (blocks_.empty()) {
    // Dense rows are scattered over a table far larger than the caches: ask
    // for the next token's rows while this token's are summed.
    for (uint32_t k = f.start[0]; n > 0 && k < f.start[1]; ++k)
      __builtin_prefetch(row(f.ids[k]));
    for (size_t i = 0; i < n; ++i) {
      float* e = &emit[i * kTagStride];
      if (i + 1 < n) {
        for (uint32_t k = f.start[i + 1]; k < f.start[i + 2]; ++k)
          __builtin_prefetch(row(f.ids[k]));
      }
      for (uint32_t k = f.start[i]; k < f.start[i + 1]; ++k) {
        const float* w = row(f.ids[k]);
        for (int t = 0; t < kTagStride; ++t) e[t] += w[t];
      }
    }
  } else {
    // Compact: each feature's row is found (in the bitmap) and fetched one
    // token ahead; the rows are summed in a local accumulator, which the
    // compiler vectorises, and zero rows are skipped (adding +0 changes no
    // sum). Row indexes go through a scratch vector, each found once.
    const uint32_t* ids = f.ids.data();
    const uint32_t* start = f.start.data();
    std::vector<uint32_t>& found = scratch->rows;
    found.resize(f.ids.size());
    const Row* rows = rows_.data();
    auto find = [&](size_t i) {
      for (uint32_t k = start[i]; k < start[i + 1]; ++k) {
        found[k] = RowOf(ids[k]);
        __builtin_prefetch(&rows[found[k]]);
      }
    };
    if (n > 0) find(0);
    for (size_t i = 0; i < n; ++i) {
      if (i + 1 < n) find(i + 1);
      alignas(64) float acc[kTagStride] = {};
      for (uint32_t k = start[i]; k < start[i + 1]; ++k) {
        const uint32_t r = found[k];
        if (r == 0) continue;
        const float* w = rows[r].w;
        for (int t = 0; t < kTagStride; ++t) acc[t] += w[t];
      }
      std::memcpy(&emit[i * kTagStride], acc, sizeof acc);
    }
  }
  Viterbi(emit.data(), n, *this, &scratch->viterbi, tags);
}

}  // namespace rasd
