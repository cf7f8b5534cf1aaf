#include "ner/features.h"

#include <algorithm>
#include <cstring>

#include "morph/model_file.h"
#include "morph/stemmer.h"

namespace rasd {
namespace {

// Feature templates. The numbers are part of the model: append, never
// renumber.
enum Template : uint32_t {
  kBias = 1,
  kHost,
  kStem,
  kKey,
  kPrefix,  // + letters (1..4)
  kSuffix = kPrefix + 8,
  kProcl = kSuffix + 8,
  kEncl,
  kShape,
  kHostM2,
  kHostM1,
  kHostP1,
  kHostP2,
  kStemM1,  // unused since 2026-11-24: no gain over the neighbours' hosts
  kStemP1,  // (same dev F1 without both), two lookups per token
  kBigramM1,
  kBigramP1,
  kTrig,
  kTrigM1,
  kTrigM2,
  kTrigP1,
  kTrigPairM,
  kClusterC,
  kClusterF,
  kClusterM1,
  kClusterP1,
  kShapeM1,
  kShapeP1,
  kProclKey,
  kTrigM1Shape,
  kExtra,
  kClusterFM1,
  kClusterFP1,
  kGaz,
  kGazKb,
  kGazM1,
  kGazP1,
  kMem,
  kMemM1,
  kMemP1,
};

inline uint64_t Mix(uint64_t x) {  // splitmix64's finaliser
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

constexpr uint64_t kBos = 0x1234567890ABCDEFull;  // beyond the sentence start
constexpr uint64_t kEos = 0xFEDCBA0987654321ull;

uint32_t LengthBucket(uint32_t chars) {
  if (chars <= 2) return chars;
  if (chars <= 4) return 3;
  if (chars <= 6) return 4;
  if (chars <= 9) return 5;
  return 6;
}

// Byte length of the first `n` UTF-8 characters of s (or all of s).
size_t PrefixBytes(std::string_view s, uint32_t n) {
  size_t i = 0;
  for (uint32_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<uint8_t>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}
size_t SuffixBytes(std::string_view s, uint32_t n) {
  size_t i = s.size();
  for (uint32_t k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && (static_cast<uint8_t>(s[i]) & 0xC0) == 0x80) --i;
  }
  return s.size() - i;
}

// The gazetteer type with the highest level, as type * 8 + level; 0 when
// the word has no evidence (ties go to the first type: PER before ORG).
uint64_t GazDominant(uint32_t packed) {
  int best = -1, level = 0;
  for (int t = 0; t < Gazetteer::kTypes; ++t) {
    const int l = Gazetteer::Level(packed, t);
    if (l > level) {
      level = l;
      best = t;
    }
  }
  return best < 0 ? 0 : static_cast<uint64_t>(best * 8 + level);
}

uint32_t CountChars(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += (static_cast<uint8_t>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

void IndexTokenWords(const Document& doc, std::vector<uint32_t>* words_of) {
  words_of->assign(doc.tokens.size() + 1, 0);
  uint32_t w = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    while (w < doc.words.size() && doc.words[w].token < t) ++w;
    (*words_of)[t] = w;
  }
  (*words_of)[doc.tokens.size()] = static_cast<uint32_t>(doc.words.size());
}

inline uint32_t FeatureExtractor::Id(uint32_t tmpl, uint64_t value) const {
  return static_cast<uint32_t>(Mix(value + tmpl * 0x9E3779B97F4A7C15ull)) &
         mask_;
}

HostCache::Entry* HostCache::Find(std::string_view host, uint64_t host_hash,
                                  bool* fresh) {
  *fresh = true;
  if (host.size() > kMaxBytes) return nullptr;
  if (slots_.empty()) slots_.resize(kSlots);
  Entry& e = slots_[host_hash & (kSlots - 1)];
  if (e.used && e.host_hash == host_hash && e.size == host.size() &&
      std::memcmp(e.text, host.data(), host.size()) == 0) {
    *fresh = false;
    return &e;
  }
  e.used = true;
  e.host_hash = host_hash;
  e.size = static_cast<uint8_t>(host.size());
  std::memcpy(e.text, host.data(), host.size());
  return &e;
}

void FeatureExtractor::HostFacts(std::string_view host, TokenFacts* f) const {
  f->key_hash = KeyHash(host);
  f->chars = CountChars(host);
  for (uint32_t k = 1; k <= 4 && k <= f->chars; ++k) {
    f->prefix_hash[k - 1] = HashKey(host.substr(0, PrefixBytes(host, k)));
    f->suffix_hash[k - 1] =
        HashKey(host.substr(host.size() - SuffixBytes(host, k)));
  }
  f->trigger = triggers_ ? triggers_->Find(f->key_hash) : -1;
  f->cluster = clusters_ ? clusters_->Get(f->key_hash) : 0;
  f->gaz = gazetteer_ ? gazetteer_->Get(f->key_hash) : 0;
  f->gaz_type = static_cast<uint8_t>(GazDominant(f->gaz));
}

TokenFacts FeatureExtractor::Facts(const Document& doc,
                                   const std::vector<uint32_t>& words_of,
                                   uint32_t token) const {
  return Facts(doc, words_of, token, nullptr);
}

TokenFacts FeatureExtractor::Facts(const Document& doc,
                                   const std::vector<uint32_t>& words_of,
                                   uint32_t token, HostCache* cache) const {
  TokenFacts f;
  const Token& tok = doc.tokens[token];
  Span host = tok.norm, stem{}, procl{};
  bool enclitic = false;
  for (uint32_t w = words_of[token]; w < words_of[token + 1]; ++w) {
    const Word& word = doc.words[w];
    switch (word.role) {
      case WordRole::kProclitic:
        if (procl.empty()) procl.begin = word.norm.begin;
        procl.end = word.norm.end;
        break;
      case WordRole::kEnclitic:
        enclitic = true;
        break;
      case WordRole::kHost:
      case WordRole::kWhole:
        host = word.norm;
        stem = word.stem;
        break;
    }
  }
  const std::string_view host_text = doc.NormText(host);
  const uint64_t host_hash = HashKey(host_text);
  if (cache) {
    bool fresh = false;
    HostCache::Entry* e = cache->Find(host_text, host_hash, &fresh);
    if (!e) {
      HostFacts(host_text, &f);
    } else if (fresh) {
      HostFacts(host_text, &f);
      e->key_hash = f.key_hash;
      std::copy_n(f.prefix_hash, 4, e->prefix_hash);
      std::copy_n(f.suffix_hash, 4, e->suffix_hash);
      e->chars = f.chars;
      e->cluster = f.cluster;
      e->trigger = f.trigger;
      e->gaz = f.gaz;
      e->gaz_type = f.gaz_type;
    } else {
      f.key_hash = e->key_hash;
      std::copy_n(e->prefix_hash, 4, f.prefix_hash);
      std::copy_n(e->suffix_hash, 4, f.suffix_hash);
      f.chars = e->chars;
      f.cluster = e->cluster;
      f.trigger = e->trigger;
      f.gaz = e->gaz;
      f.gaz_type = e->gaz_type;
    }
  } else {
    HostFacts(host_text, &f);
  }
  f.host = host_text;
  f.host_hash = host_hash;
  f.kind = static_cast<uint8_t>(tok.kind);
  f.enclitic = enclitic;
  f.stem_hash = stem.empty() ? host_hash : HashKey(doc.NormText(stem));
  f.procl_hash = procl.empty() ? 0 : HashKey(doc.NormText(procl));
  // The whole token's key is the host's when the token is its host alone.
  f.surface_key_hash = host.begin == tok.norm.begin && host.end == tok.norm.end
                           ? f.key_hash
                           : KeyHash(doc.NormText(tok.norm));
  return f;
}

void FeatureExtractor::Extract(const Document& doc,
                               const std::vector<uint32_t>& words_of,
                               uint32_t begin, uint32_t end,
                               const ExtraFeatures* extra,
                               std::vector<TokenFacts>* facts, SeqFeatures* out,
                               HostCache* cache, const DocMemory* memory,
                               uint32_t sentence) const {
  const uint32_t n = end - begin;
  facts->resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    (*facts)[i] = Facts(doc, words_of, begin + i, cache);
    if (memory) (*facts)[i].mem = memory->Get((*facts)[i].key_hash, sentence);
  }
  const TokenFacts* f = facts->data();
  auto host_at = [&](int64_t i) {
    return i < 0 ? kBos : i >= n ? kEos : f[i].host_hash;
  };
  auto trig_at = [&](int64_t i) -> int {
    return i < 0 || i >= n ? -2 : f[i].trigger;
  };
  auto shape_at = [&](int64_t i) -> uint64_t {
    if (i < 0 || i >= n) return 99;
    return f[i].kind * 16 + LengthBucket(f[i].chars);
  };
  auto cluster_at = [&](int64_t i) -> uint64_t {
    return i < 0 || i >= n ? 0xFFFFFFFF : f[i].cluster;
  };
  // A token's ids go to a buffer on the stack, then to out->ids at once:
  // a push_back on the vector is a call and a capacity check per id. At
  // most 24 base ids, 6 trigger, 6 cluster, 2 per gazetteer type and 2
  // pairs, 3 memory ids (extra ones go straight to out->ids).
  struct {
    uint32_t v[24 + 6 + 6 + 2 * Gazetteer::kTypes + 2 + 3];
    uint32_t n = 0;
    void push_back(uint32_t id) { v[n++] = id; }
  } ids;
  if (out->start.empty()) out->start.push_back(0);
  for (int64_t i = 0; i < n; ++i) {
    const TokenFacts& t = f[i];
    ids.n = 0;
    ids.push_back(Id(kBias, 0));
    ids.push_back(Id(kHost, t.host_hash));
    ids.push_back(Id(kStem, t.stem_hash));
    ids.push_back(Id(kKey, t.key_hash));
    for (uint32_t k = 1; k <= 4 && k <= t.chars; ++k) {
      ids.push_back(Id(kPrefix + k, t.prefix_hash[k - 1]));
      ids.push_back(Id(kSuffix + k, t.suffix_hash[k - 1]));
    }
    ids.push_back(Id(kProcl, t.procl_hash));
    ids.push_back(Id(kEncl, t.enclitic));
    ids.push_back(Id(kShape, shape_at(i)));
    ids.push_back(Id(kShapeM1, shape_at(i - 1) * 128 + shape_at(i)));
    ids.push_back(Id(kShapeP1, shape_at(i + 1) * 128 + shape_at(i)));
    ids.push_back(Id(kHostM2, host_at(i - 2)));
    ids.push_back(Id(kHostM1, host_at(i - 1)));
    ids.push_back(Id(kHostP1, host_at(i + 1)));
    ids.push_back(Id(kHostP2, host_at(i + 2)));
    ids.push_back(Id(kBigramM1, PairHash(host_at(i - 1), t.host_hash)));
    ids.push_back(Id(kBigramP1, PairHash(t.host_hash, host_at(i + 1))));
    ids.push_back(Id(kProclKey, PairHash(t.procl_hash, t.key_hash)));
    if (triggers_) {
      ids.push_back(Id(kTrig, trig_at(i) + 3));
      ids.push_back(Id(kTrigM1, trig_at(i - 1) + 3));
      ids.push_back(Id(kTrigM2, trig_at(i - 2) + 3));
      ids.push_back(Id(kTrigP1, trig_at(i + 1) + 3));
      ids.push_back(
          Id(kTrigM1Shape, (trig_at(i - 1) + 3) * 1024 + shape_at(i)));
      if (i >= 2) {
        const int pair = triggers_->Find(
            PairHash(f[i - 2].surface_key_hash, f[i - 1].surface_key_hash));
        if (pair >= 0) ids.push_back(Id(kTrigPairM, pair));
      }
    }
    if (clusters_) {
      ids.push_back(Id(kClusterC, t.cluster >> 16));
      ids.push_back(Id(kClusterF, t.cluster & 0xFFFF));
      ids.push_back(Id(kClusterM1, cluster_at(i - 1) >> 16));
      ids.push_back(Id(kClusterP1, cluster_at(i + 1) >> 16));
      ids.push_back(Id(kClusterFM1, cluster_at(i - 1) & 0xFFFF));
      ids.push_back(Id(kClusterFP1, cluster_at(i + 1) & 0xFFFF));
    }
    if (gazetteer_) {
      for (int ty = 0; t.gaz != 0 && ty < Gazetteer::kTypes; ++ty) {
        const int level = Gazetteer::Level(t.gaz, ty);
        if (level > 0) ids.push_back(Id(kGaz, ty * 8 + level));
        if (Gazetteer::InKb(t.gaz, ty)) ids.push_back(Id(kGazKb, ty));
      }
      // Pairs only where the token or its neighbour has evidence: most
      // words have none, and a feature per word would cost a lookup each.
      const uint64_t m1 = i > 0 ? f[i - 1].gaz_type : 0;
      const uint64_t p1 = i + 1 < n ? f[i + 1].gaz_type : 0;
      const uint64_t dom = t.gaz_type;
      if (m1 | dom) ids.push_back(Id(kGazM1, m1 * 64 + dom));
      if (p1 | dom) ids.push_back(Id(kGazP1, p1 * 64 + dom));
    }
    if (memory) {
      // Only near remembered words: most tokens have none.
      const uint64_t m1 = i > 0 ? f[i - 1].mem : 0;
      const uint64_t p1 = i + 1 < n ? f[i + 1].mem : 0;
      if (t.mem) ids.push_back(Id(kMem, t.mem));
      if (m1 | t.mem) ids.push_back(Id(kMemM1, m1 * 64 + t.mem));
      if (p1 | t.mem) ids.push_back(Id(kMemP1, p1 * 64 + t.mem));
    }
    out->ids.insert(out->ids.end(), ids.v, ids.v + ids.n);
    if (extra && !extra->start.empty()) {
      const uint32_t tok = begin + static_cast<uint32_t>(i);
      for (uint32_t k = extra->start[tok]; k < extra->start[tok + 1]; ++k)
        out->ids.push_back(Id(kExtra, extra->hashes[k]));
    }
    out->start.push_back(static_cast<uint32_t>(out->ids.size()));
  }
}

}  // namespace rasd
