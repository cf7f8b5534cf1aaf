// The transliteration model file: a joint-sequence ("graphone") n-gram model.
// A graphone pairs one normalised Arabic letter with the 0-3 English letters
// it was aligned to in training; the n-gram part scores graphone sequences.
//
//   "RASDTRL1" u32 version u32 order
//   u32 n_graphones { u32 arabic_code_point, u32 count, u8 len, bytes }
//   u32 n_ngrams    { u64 key, f32 log10_prob, f32 log10_backoff }
//   u32 n_fixed     { u32 len, arabic bytes, u32 len, english bytes }
//   u32 n_card      { u32 len, bytes }            (model card lines)
// Little-endian. Graphone ids are indexes into the graphone list; ids 0 and
// 1 are the word-start and word-end markers. An n-gram key packs its ids,
// oldest first, as (id + 1) in 16-bit fields, the predicted id lowest, so a
// history is truncated by masking and 0 never occurs in a used field.
// Thread-safety: plain data.
#ifndef RASD_TRANSLIT_MODEL_FILE_H_
#define RASD_TRANSLIT_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "rasd/status.h"

namespace rasd {

constexpr uint32_t kTranslitBos = 0;  // word start: only ever a history
constexpr uint32_t kTranslitEos = 1;  // word end: predicted after the last
constexpr uint32_t kTranslitMaxOrder = 4;

struct Graphone {
  char32_t arabic = 0;  // 0 for the markers
  std::string english;  // lower-case ASCII, 0-3 letters
  uint32_t count = 0;   // how often training alignments used it
};

struct NgramEntry {
  uint64_t key = 0;
  float logp = 0;     // log10 p(last id | earlier ids), interpolated
  float backoff = 0;  // log10 weight when this n-gram is a history
};

struct TranslitModelData {
  uint32_t order = 4;
  std::vector<Graphone> graphones;
  std::vector<NgramEntry> ngrams;
  // Words with a fixed spelling (name particles: أبو → Abu, عبد → Abd), keyed
  // by the word's model letters (see letters.h) in UTF-8. A lower-case
  // spelling stays lower case except at the start of a name (bin, Bin).
  std::vector<std::pair<std::string, std::string>> fixed;
  std::vector<std::string> card;  // provenance lines
};

// Appends id to a packed history (see above).
inline uint64_t PushId(uint64_t packed, uint32_t id) {
  return (packed << 16) | (id + 1);
}

Status WriteTranslitModel(const std::string& path, const TranslitModelData& d);
// Reads arabic<TAB>english lines after a header line into d->fixed; the
// Arabic is normalised like a name. BadInput naming file and line.
Status ReadFixedWords(const std::string& path, TranslitModelData* d);
Result<TranslitModelData> ReadTranslitModel(const std::string& path);

}  // namespace rasd

#endif  // RASD_TRANSLIT_MODEL_FILE_H_
