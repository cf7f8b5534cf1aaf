#include "translit/ngram.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace rasd {
namespace {

struct HistoryStats {
  double total = 0;     // c(h ·)
  double distinct = 0;  // N1+(h ·)
};

// The key of `key` without its oldest id (keys of n ids use n fields).
uint64_t DropOldest(uint64_t key, uint32_t n) {
  return n <= 1 ? 0 : key & ((uint64_t{1} << (16 * (n - 1))) - 1);
}

}  // namespace

std::vector<NgramEntry> EstimateNgrams(
    const std::vector<std::vector<uint16_t>>& sequences, uint32_t order,
    uint32_t min_count, uint32_t vocabulary) {
  // counts[n - 1]: n-gram key → count.
  std::vector<std::unordered_map<uint64_t, double>> counts(order);
  for (const auto& seq : sequences) {
    std::vector<uint32_t> ids;
    ids.reserve(seq.size() + 2);
    ids.push_back(kTranslitBos);
    ids.insert(ids.end(), seq.begin(), seq.end());
    ids.push_back(kTranslitEos);
    for (size_t end = 1; end < ids.size(); ++end) {  // predicted: ids[end]
      uint64_t key = 0;
      for (uint32_t n = 1; n <= order && n <= end + 1; ++n) {
        // key for the n-gram ids[end - n + 1 .. end]
        key = 0;
        for (size_t i = end + 1 - n; i <= end; ++i) key = PushId(key, ids[i]);
        counts[n - 1][key] += 1;
      }
    }
    // The start marker as a unigram history (never predicted).
    counts[0][PushId(0, kTranslitBos)] += 0;
  }
  // Discount per order from count-of-counts: D = n1 / (n1 + 2 n2).
  std::vector<double> discount(order, 0.5);
  for (uint32_t n = 0; n < order; ++n) {
    double n1 = 0, n2 = 0;
    for (const auto& [k, c] : counts[n]) {
      n1 += c == 1;
      n2 += c == 2;
    }
    if (n1 + 2 * n2 > 0) discount[n] = std::clamp(n1 / (n1 + 2 * n2), 0.1, 0.9);
  }
  // History statistics for each order n >= 2, keyed by the history's key.
  std::vector<std::unordered_map<uint64_t, HistoryStats>> hist(order);
  for (uint32_t n = 2; n <= order; ++n) {
    for (const auto& [key, c] : counts[n - 1]) {
      HistoryStats& h = hist[n - 1][key >> 16];
      h.total += c;
      h.distinct += 1;
    }
  }
  std::vector<std::unordered_map<uint64_t, double>> prob(order);
  double unigram_total = 0;
  for (const auto& [k, c] : counts[0]) unigram_total += c;
  for (const auto& [key, c] : counts[0]) {
    // Add-one over what can be predicted (all ids but the start marker).
    prob[0][key] = (c + 1) / (unigram_total + vocabulary - 1);
  }
  // Every n-gram's suffix was counted at the same position, so the shorter
  // probability always exists when the longer one is estimated.
  for (uint32_t n = 2; n <= order; ++n) {
    const double d = discount[n - 1];
    for (const auto& [key, c] : counts[n - 1]) {
      const HistoryStats& h = hist[n - 1].at(key >> 16);
      const double low = prob[n - 2].at(DropOldest(key, n));
      prob[n - 1][key] =
          (std::max(c - d, 0.0) + d * h.distinct * low) / h.total;
    }
  }
  std::vector<NgramEntry> out;
  for (uint32_t n = 1; n <= order; ++n) {
    for (const auto& [key, p] : prob[n - 1]) {
      if (n >= 3 && counts[n - 1].at(key) < min_count) {
        // Dropped, unless it is a history someone longer needs for backoff:
        // keeping its weight is cheap and keeps p() consistent.
        if (n == order || hist[n].find(key) == hist[n].end()) continue;
      }
      NgramEntry e;
      e.key = key;
      e.logp = static_cast<float>(std::log10(p));
      if (n < order) {
        const auto hs = hist[n].find(key);
        if (hs != hist[n].end())
          e.backoff = static_cast<float>(
              std::log10(discount[n] * hs->second.distinct / hs->second.total));
      }
      out.push_back(e);
    }
  }
  std::sort(
      out.begin(), out.end(),
      [](const NgramEntry& a, const NgramEntry& b) { return a.key < b.key; });
  return out;
}

}  // namespace rasd
