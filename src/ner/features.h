// Feature extraction for the tagger: each token of a sentence becomes a
// short list of hashed feature ids, computed once per token so that decoding
// is additions and a small Viterbi.
//
// A token is one rasd token (text/tokenizer.h) with the syntactic words the
// word layer split it into. Its features come from the word layer: the host
// (the token without proclitics and enclitic, normalised), its light stem
// and MatchKey, which proclitics it had and whether a pronoun followed,
// the host's first and last 1-4 letters, its shape (script, length), the
// hosts of the two tokens either side, trigger-word classes around it
// (titles before a person, head nouns of organisations and places), and
// word clusters learned from unlabelled news, and gazetteer evidence
// (gazetteer.h: how often the word was seen inside names of each type in
// other corpora, whether it is a word of a knowledge-base name; for the
// token and the dominant type of its neighbours). Each feature is a (template,
// value) pair hashed into [0, 2^bits).
//
// Extra per-token features (for instance a knowledge-base gazetteer match,
// "KB B-GPE") are plugged in from outside through ExtraFeatures: any 64-bit
// hashes per token, mixed into the same space. A model must be trained with
// the same extra features it is run with.
//
// Thread-safety: a FeatureExtractor is immutable; Extract is reentrant and
// writes only to the caller's buffers.
#ifndef RASD_NER_FEATURES_H_
#define RASD_NER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/doc_memory.h"
#include "ner/gazetteer.h"
#include "ner/lexicons.h"
#include "rasd/document.h"

namespace rasd {

// Feature ids of a sequence: token i has ids[start[i] .. start[i+1]).
struct SeqFeatures {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> start;  // size tokens + 1
  size_t size() const { return start.empty() ? 0 : start.size() - 1; }
  void Clear() {
    ids.clear();
    start.assign(1, 0);
  }
};

// Extra features by document token: token t has hashes[start[t] ..
// start[t+1]). Empty means none for any token.
struct ExtraFeatures {
  std::vector<uint32_t> start;
  std::vector<uint64_t> hashes;
};

// Per-token facts the features are built from (scratch, reused).
struct TokenFacts {
  std::string_view host;  // normalised host word
  uint64_t host_hash = 0, stem_hash = 0, key_hash = 0, procl_hash = 0;
  // Key of the whole token with its clitics (two-word triggers are written
  // as whole words: الناطق باسم, whose ب the word layer splits off).
  uint64_t surface_key_hash = 0;
  uint32_t chars = 0;  // letters in the host
  // HashKey of the host's first and last k + 1 letters (k + 1 <= chars).
  uint64_t prefix_hash[4] = {}, suffix_hash[4] = {};
  uint32_t cluster = 0;
  uint32_t gaz = 0;      // Gazetteer::Get of the key
  uint8_t gaz_type = 0;  // its strongest type: type * 8 + level, 0 none
  uint32_t mem = 0;      // DocMemory::Get of the key
  int trigger = -1;
  uint8_t kind = 0;  // TokenKind
  bool enclitic = false;
};

// What the features take from a host word's text alone (its MatchKey, its
// first and last 1-4 letters, its length, its trigger class and cluster),
// kept for recent host words so that a frequent word costs one lookup in a
// small table that stays in the core's cache. Direct-mapped: a word evicts
// the one in its slot. Entries are checked against the host's bytes, not
// only its hash, so the features are exactly those computed afresh. Scratch
// of one thread, for use with one FeatureExtractor only (its lexicons are in
// the entries).
class HostCache {
 public:
  static constexpr size_t kMaxBytes = 29;  // longer hosts are not cached
  struct alignas(64) Entry {
    uint64_t host_hash = 0;
    // The TokenFacts fields that FeatureExtractor::HostFacts sets.
    uint64_t key_hash = 0;
    uint64_t prefix_hash[4] = {}, suffix_hash[4] = {};
    uint32_t chars = 0;
    uint32_t cluster = 0;
    int32_t trigger = -1;
    uint32_t gaz = 0;
    uint8_t gaz_type = 0;
    bool used = false;
    uint8_t size = 0;
    char text[kMaxBytes];
  };
  // The entry for `host` (hash `host_hash`) if cached; else, with `*fresh`
  // set, an entry for it to be filled in by the caller, or null if `host`
  // is too long to be cached.
  Entry* Find(std::string_view host, uint64_t host_hash, bool* fresh);

 private:
  static constexpr size_t kSlots = size_t{1} << 12;  // 512 KB
  std::vector<Entry> slots_;
};

// words_of[t] .. words_of[t+1] are the indexes in doc.words of token t's
// words (the word layer lists words in token order).
void IndexTokenWords(const Document& doc, std::vector<uint32_t>* words_of);

class FeatureExtractor {
 public:
  // `triggers`, `clusters` and `gazetteer` may be null (no such
  // features); they must outlive the extractor.
  FeatureExtractor(const Triggers* triggers, const Clusters* clusters,
                   uint32_t bits, const Gazetteer* gazetteer = nullptr)
      : triggers_(triggers),
        clusters_(clusters),
        gazetteer_(gazetteer),
        mask_((1u << bits) - 1) {}

  // Appends the features of doc.tokens[begin, end) to *out (Clear it
  // first for a new sequence). `words_of` from IndexTokenWords; `extra` may
  // be null. *facts is scratch, and so is *cache (optional: the same
  // features, faster when words recur). With `memory`, the sequence is
  // sentence number `sentence` of its document, and each token also gets
  // features of how its word and its neighbours' were tagged in the
  // sentences before (doc_memory.h).
  void Extract(const Document& doc, const std::vector<uint32_t>& words_of,
               uint32_t begin, uint32_t end, const ExtraFeatures* extra,
               std::vector<TokenFacts>* facts, SeqFeatures* out,
               HostCache* cache = nullptr, const DocMemory* memory = nullptr,
               uint32_t sentence = 0) const;

  // The facts of one token (exposed for tests and mention spans).
  TokenFacts Facts(const Document& doc, const std::vector<uint32_t>& words_of,
                   uint32_t token) const;

 private:
  uint32_t Id(uint32_t tmpl, uint64_t value) const;
  TokenFacts Facts(const Document& doc, const std::vector<uint32_t>& words_of,
                   uint32_t token, HostCache* cache) const;
  // The facts of the host word's text alone.
  void HostFacts(std::string_view host, TokenFacts* f) const;

  const Triggers* triggers_;
  const Clusters* clusters_;
  const Gazetteer* gazetteer_;
  uint32_t mask_;
};

}  // namespace rasd

#endif  // RASD_NER_FEATURES_H_
