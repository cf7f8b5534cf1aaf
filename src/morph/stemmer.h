// Light stemming and matching keys for normalised Arabic host words.
//
// Input is one host word as the word layer leaves it: normalised (see
// text/normalize.h: ة is ه, ى is ي, alef forms are ا) with its proclitics
// (و ف ب ل ك س) and enclitic pronoun already split off, the article ال
// still on. Two views of it:
//
//   LightStem  the inflectional stem: the word without its article and its
//              number/gender ending. It is a byte range inside the word, so
//              offsets stay exact and nothing is allocated.
//                الروسيه → روسي   الليبيين → ليبي   مفاوضات → مفاوض
//                المسلحين → مسلح  الدولتين → دول    بوتين → بوتين
//   MatchKey   what the knowledge base, trigger lexicons and search compare:
//              the stem with the relational ending (nisba ي, country يا,
//              accusative ا) removed, so an adjective meets its base.
//                روسيا روسي الروسيه الروس الروسيين → روس
//                مصر مصري → مصر     دوله الدول دولي → دول
//              The key is a prefix of the stem, hence also a byte range.
//
// What relates and what is kept apart, and why, is set out at the top of
// stemmer.cc. A leading و ف ب ل ك is a root letter here, since the
// segmenter has already split the clitics (وزير فرنسا بوتين ليبيا كوريا);
// only the ل of a لل the word still carries, or the ل HostContext marks as
// the article's, comes off. No rule leaves fewer than two letters.
//
// Any byte string is accepted: a word that is not made of two-byte Arabic
// letters (Latin, digits, mixed) is its own stem and key.
//
// Thread-safety: pure functions over compile-time tables; reentrant.
#ifndef RASD_MORPH_STEMMER_H_
#define RASD_MORPH_STEMMER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace rasd {

// Bumped whenever a change makes some word's key differ: stored keys made by
// another version must be recomputed before they are compared.
inline constexpr int kMatchKeyVersion = 1;

// [begin, end) byte offsets inside the word.
struct StemRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  friend bool operator==(const StemRange&, const StemRange&) = default;
};

// What the word layer knows about a host from the clitics it split off it.
// Both are derived from the split alone; leave them false when unsure.
struct HostContext {
  // The host followed the preposition ل written لل and its first ل is what
  // is left of the article (UD: للسلطة → ل + لسلطه), so it is stripped like
  // ال. Set it when ال + the rest of the host is the better-attested word
  // (السلطه); a noun that begins with ل keeps it (للجنة → ل + لجنه).
  bool lam_article = false;
  // An enclitic pronoun followed the host, so a final ت is a ة that turned
  // back before it (حكومته → حكومت + ه) and is stripped like ه.
  bool before_enclitic = false;
};

// The light stem of `word`. Never empty for a non-empty word; never shorter
// than two letters unless the word is; begin and end fall on UTF-8
// character boundaries.
StemRange LightStem(std::string_view word, HostContext context = {});

// The matching key of `word` as a range: a prefix of LightStem's range.
StemRange MatchKeyRange(std::string_view word, HostContext context = {});

// Appends the matching key of `word` to *out (cleared first). Allocates only
// if *out must grow.
void MatchKey(std::string_view word, std::string* out,
              HostContext context = {});

}  // namespace rasd

#endif  // RASD_MORPH_STEMMER_H_
