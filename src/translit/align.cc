// EM over a two-dimensional lattice: node (i, j) means "the first i Arabic
// letters have produced the first j English letters"; an edge from (i, j) to
// (i + 1, j + k) emits English[j, j + k) from Arabic[i], weighted by
// p(chunk | letter). Forward-backward gives each edge's posterior; summing
// them over all pairs and renormalising per letter is one EM step. Before the
// first step every chunk is equally likely except the empty one, which starts
// ten times less likely: an Arabic letter is usually pronounced, and starting
// from a uniform empty chunk lets EM drift towards "ا emits nothing, its
// neighbour emits the vowel", which is as likely but generalises worse.
#include "translit/align.h"

#include <algorithm>
#include <cmath>

namespace rasd {
namespace {

constexpr double kInitialEmpty = 0.1;
constexpr double kFloor = 1e-12;

}  // namespace

uint64_t Aligner::Key(char32_t letter, std::string_view chunk) {
  uint64_t packed = chunk.size();
  for (char c : chunk) packed = (packed << 8) | static_cast<uint8_t>(c);
  return (static_cast<uint64_t>(letter) << 32) | packed;
}

double Aligner::P(char32_t letter, std::string_view chunk) const {
  if (!trained_) return chunk.empty() ? kInitialEmpty : 1.0;
  auto it = prob_.find(Key(letter, chunk));
  return it == prob_.end() ? kFloor : std::max(it->second, kFloor);
}

double Aligner::Prob(char32_t letter, std::string_view chunk) const {
  auto it = prob_.find(Key(letter, chunk));
  return it == prob_.end() ? 0.0 : it->second;
}

bool Aligner::Expect(const LetterPair& pair,
                     std::unordered_map<uint64_t, double>* counts) const {
  const size_t n = pair.arabic.size(), m = pair.english.size();
  if (n == 0 || m > n * kMaxChunk) return false;
  const std::string_view e = pair.english;
  const size_t w = m + 1;
  std::vector<double> alpha((n + 1) * w, 0.0), beta((n + 1) * w, 0.0);
  alpha[0] = 1.0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      const double a = alpha[i * w + j];
      if (a == 0) continue;
      for (size_t k = 0; k <= kMaxChunk && j + k <= m; ++k)
        alpha[(i + 1) * w + j + k] += a * P(pair.arabic[i], e.substr(j, k));
    }
  }
  const double z = alpha[n * w + m];
  if (!(z > 0) || !std::isfinite(z)) return false;
  beta[n * w + m] = 1.0;
  for (size_t i = n; i-- > 0;) {
    for (size_t j = 0; j <= m; ++j) {
      double b = 0;
      for (size_t k = 0; k <= kMaxChunk && j + k <= m; ++k)
        b += P(pair.arabic[i], e.substr(j, k)) * beta[(i + 1) * w + j + k];
      beta[i * w + j] = b;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      const double a = alpha[i * w + j];
      if (a == 0) continue;
      for (size_t k = 0; k <= kMaxChunk && j + k <= m; ++k) {
        const std::string_view chunk = e.substr(j, k);
        const double post =
            a * P(pair.arabic[i], chunk) * beta[(i + 1) * w + j + k] / z;
        if (post > 1e-9) (*counts)[Key(pair.arabic[i], chunk)] += post;
      }
    }
  }
  return true;
}

void Aligner::Train(const std::vector<LetterPair>& pairs, int iterations) {
  for (int it = 0; it < iterations; ++it) {
    std::unordered_map<uint64_t, double> counts;
    for (const LetterPair& p : pairs) Expect(p, &counts);
    std::unordered_map<uint32_t, double> totals;
    for (const auto& [key, c] : counts) totals[key >> 32] += c;
    prob_.clear();
    for (const auto& [key, c] : counts) prob_[key] = c / totals[key >> 32];
    trained_ = true;
  }
}

bool Aligner::Align(const LetterPair& pair,
                    std::vector<std::pair<char32_t, std::string>>* out) const {
  out->clear();
  const size_t n = pair.arabic.size(), m = pair.english.size();
  if (n == 0 || m > n * kMaxChunk) return false;
  const std::string_view e = pair.english;
  const size_t w = m + 1;
  // best[i][j]: best log score of reaching node (i, j); from[]: chunk length.
  std::vector<double> best((n + 1) * w, -INFINITY);
  std::vector<uint8_t> from((n + 1) * w, 0);
  best[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      const double b = best[i * w + j];
      if (b == -INFINITY) continue;
      for (size_t k = 0; k <= kMaxChunk && j + k <= m; ++k) {
        const double s = b + std::log(P(pair.arabic[i], e.substr(j, k)));
        double& cell = best[(i + 1) * w + j + k];
        if (s > cell) {
          cell = s;
          from[(i + 1) * w + j + k] = static_cast<uint8_t>(k);
        }
      }
    }
  }
  if (best[n * w + m] == -INFINITY) return false;
  out->resize(n);
  size_t j = m;
  for (size_t i = n; i-- > 0;) {
    const size_t k = from[(i + 1) * w + j];
    (*out)[i] = {pair.arabic[i], std::string(e.substr(j - k, k))};
    j -= k;
  }
  return true;
}

}  // namespace rasd
