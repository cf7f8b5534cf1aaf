#include "ner/train_clusters.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>

#include "ner/features.h"
#include "rasd/input.h"

namespace rasd {
namespace {

constexpr uint32_t kBreak = UINT32_MAX;  // sentence boundary in the stream

void NormalizeRow(float* r, uint32_t dims) {
  double s = 0;
  for (uint32_t d = 0; d < dims; ++d) s += double{r[d]} * r[d];
  const float inv = s > 0 ? static_cast<float>(1 / std::sqrt(s)) : 0.0f;
  for (uint32_t d = 0; d < dims; ++d) r[d] *= inv;
}

}  // namespace

std::vector<uint16_t> SphericalKMeans(const std::vector<float>& x, size_t n,
                                      uint32_t dims, uint32_t k,
                                      int iterations) {
  std::vector<uint16_t> assign(n, 0);
  if (n == 0 || k == 0) return assign;
  k = static_cast<uint32_t>(std::min<size_t>(k, n));
  std::vector<float> centre(x.begin(), x.begin() + size_t{k} * dims);
  for (int it = 0; it < iterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      const float* r = &x[i * dims];
      float best = -2;
      uint32_t arg = 0;
      for (uint32_t c = 0; c < k; ++c) {
        const float* m = &centre[size_t{c} * dims];
        float dot = 0;
        for (uint32_t d = 0; d < dims; ++d) dot += r[d] * m[d];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = static_cast<uint16_t>(arg);
    }
    std::vector<float> sum(size_t{k} * dims, 0.0f);
    std::vector<uint32_t> size(k, 0);
    for (size_t i = 0; i < n; ++i) {
      ++size[assign[i]];
      for (uint32_t d = 0; d < dims; ++d)
        sum[size_t{assign[i]} * dims + d] += x[i * dims + d];
    }
    for (uint32_t c = 0; c < k; ++c) {
      if (size[c] == 0) continue;  // an empty cluster keeps its centre
      std::copy(&sum[size_t{c} * dims], &sum[size_t{c} * dims] + dims,
                &centre[size_t{c} * dims]);
      NormalizeRow(&centre[size_t{c} * dims], dims);
    }
  }
  return assign;
}

Result<std::vector<Clusters::Entry>> TrainClusters(
    const ClusterOptions& o, const Pipeline& pipeline,
    const std::function<void(const std::string&)>& log) {
  // 1. The news as a stream of word ids (by MatchKey hash).
  std::unordered_map<uint64_t, uint32_t> id_of;
  std::vector<uint64_t> hash_of;
  std::vector<uint64_t> count;
  std::vector<uint32_t> stream;
  const FeatureExtractor facts(nullptr, nullptr, 8);
  auto reader = InputReader::Open(o.news, InputOptions());
  InputItem item;
  std::vector<uint32_t> words_of;
  uint64_t docs = 0;
  while (reader->Next(&item)) {
    if (!item.ok) continue;
    Document& doc = item.doc;
    if (!pipeline.Run(&doc).ok()) continue;
    ++docs;
    IndexTokenWords(doc, &words_of);
    for (const Sentence& s : doc.sentences) {
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const uint64_t h = facts.Facts(doc, words_of, t).key_hash;
        auto [it, added] =
            id_of.emplace(h, static_cast<uint32_t>(hash_of.size()));
        if (added) {
          hash_of.push_back(h);
          count.push_back(0);
        }
        ++count[it->second];
        stream.push_back(it->second);
      }
      stream.push_back(kBreak);
    }
    item = InputItem();
  }
  log("news: " + std::to_string(docs) + " documents, " +
      std::to_string(stream.size()) + " tokens, " +
      std::to_string(hash_of.size()) + " distinct keys");

  // 2. Ranks: targets are the commonest `vocab` words, contexts the
  // commonest `contexts`.
  std::vector<uint32_t> by_count(hash_of.size());
  std::iota(by_count.begin(), by_count.end(), 0);
  std::stable_sort(by_count.begin(), by_count.end(),
                   [&](uint32_t a, uint32_t b) { return count[a] > count[b]; });
  std::vector<uint32_t> rank(hash_of.size(), UINT32_MAX);
  for (uint32_t r = 0; r < by_count.size(); ++r) rank[by_count[r]] = r;
  uint32_t v = 0;
  while (v < o.vocab && v < by_count.size() &&
         count[by_count[v]] >= o.min_count)
    ++v;
  const uint32_t c = std::min<uint32_t>(o.contexts, v);
  const uint32_t width = 2 * c;

  // 3. Left and right neighbour counts.
  std::vector<float> m(size_t{v} * width, 0.0f);
  for (size_t i = 0; i < stream.size(); ++i) {
    if (stream[i] == kBreak) continue;
    const uint32_t w = rank[stream[i]];
    if (w >= v) continue;
    if (i > 0 && stream[i - 1] != kBreak && rank[stream[i - 1]] < c)
      m[size_t{w} * width + rank[stream[i - 1]]] += 1;
    if (i + 1 < stream.size() && stream[i + 1] != kBreak &&
        rank[stream[i + 1]] < c)
      m[size_t{w} * width + c + rank[stream[i + 1]]] += 1;
  }
  stream = {};

  // 4. PPMI, random projection, unit rows.
  std::vector<double> row(v, 0), col(width, 0);
  double total = 0;
  for (uint32_t w = 0; w < v; ++w)
    for (uint32_t j = 0; j < width; ++j) {
      const float x = m[size_t{w} * width + j];
      row[w] += x;
      col[j] += x;
      total += x;
    }
  std::mt19937_64 rng(12345);
  std::normal_distribution<float> gauss(0, 1);
  std::vector<float> proj(size_t{width} * o.dims);
  for (float& p : proj) p = gauss(rng);
  std::vector<float> x(size_t{v} * o.dims, 0.0f);
  for (uint32_t w = 0; w < v; ++w) {
    float* out = &x[size_t{w} * o.dims];
    for (uint32_t j = 0; j < width; ++j) {
      const float n = m[size_t{w} * width + j];
      if (n == 0) continue;
      const double pmi = std::log(n * total / (row[w] * col[j]));
      if (pmi <= 0) continue;
      const float* p = &proj[size_t{j} * o.dims];
      for (uint32_t d = 0; d < o.dims; ++d)
        out[d] += static_cast<float>(pmi) * p[d];
    }
    NormalizeRow(out, o.dims);
  }
  m = {};
  log("vectors: " + std::to_string(v) + " words x " + std::to_string(width) +
      " contexts -> " + std::to_string(o.dims) + " dims");

  // 5. Two spherical k-means.
  const std::vector<uint16_t> coarse =
      SphericalKMeans(x, v, o.dims, o.coarse, o.iterations);
  log("coarse clusters: " + std::to_string(o.coarse));
  const std::vector<uint16_t> fine =
      SphericalKMeans(x, v, o.dims, o.fine, o.iterations);
  log("fine clusters: " + std::to_string(o.fine));
  std::vector<Clusters::Entry> out(v);
  for (uint32_t w = 0; w < v; ++w)
    out[w] = {hash_of[by_count[w]], coarse[w], fine[w]};
  return out;
}

}  // namespace rasd
