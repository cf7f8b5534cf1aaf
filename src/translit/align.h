// Learned many-to-one character alignment between Arabic names and their
// English spellings, by expectation maximisation (as in Jiampojamarn et al.'s
// m2m-aligner, restricted to one Arabic letter per step).
//
// Each Arabic letter emits 0 to kMaxChunk English letters: ش → "sh",
// ب → "ba" (short vowels are not written in Arabic, so they ride on the
// letter before them), و → "" (the silent waw of عمرو). EM learns
// p(chunk | letter) from whole-name pairs without any hand-written map; the
// Viterbi alignment under those probabilities turns each training pair into
// a graphone sequence for the n-gram model (ngram.h).
// Thread-safety: an Aligner is built by Train and then only read.
#ifndef RASD_TRANSLIT_ALIGN_H_
#define RASD_TRANSLIT_ALIGN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rasd {

// One training name: normalised Arabic letters and lower-case ASCII English.
struct LetterPair {
  std::u32string arabic;
  std::string english;
};

class Aligner {
 public:
  static constexpr size_t kMaxChunk = 3;

  // Runs `iterations` rounds of EM over the pairs (pairs that cannot be
  // aligned, e.g. more than kMaxChunk English letters per Arabic letter, are
  // ignored).
  void Train(const std::vector<LetterPair>& pairs, int iterations);

  // The best alignment of one pair: for each Arabic letter, the English
  // chunk it emits. False when the pair cannot be aligned.
  bool Align(const LetterPair& pair,
             std::vector<std::pair<char32_t, std::string>>* out) const;

  // p(chunk | letter) after training (0 when never seen); for tests.
  double Prob(char32_t letter, std::string_view chunk) const;

 private:
  static uint64_t Key(char32_t letter, std::string_view chunk);
  double P(char32_t letter, std::string_view chunk) const;
  // Adds the pair's expected chunk counts to *counts; false if unalignable.
  bool Expect(const LetterPair& pair,
              std::unordered_map<uint64_t, double>* counts) const;

  std::unordered_map<uint64_t, double> prob_;
  bool trained_ = false;
};

}  // namespace rasd

#endif  // RASD_TRANSLIT_ALIGN_H_
