// The words around names that the actor resolver reads (data/actors/
// cues.tsv: place prepositions, head nouns of nisba phrases, deputy and
// former markers, punctuation between a title and a name; given names in
// given_names.tsv), keyed like the
// knowledge base: by the word layer's form of the word (normalised, article
// off), so السلطات and للسلطات meet.
//
// Thread-safety: immutable after Load.
#ifndef RASD_ACTORS_CUES_H_
#define RASD_ACTORS_CUES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kb/kb.h"
#include "rasd/document.h"
#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd {

enum Cue : uint8_t {
  kCuePlace = 1,
  kCueHead = 2,
  kCueDeputy = 4,
  kCueFormer = 8,
  kCueGap = 16,
  kCueNoName = 32,  // never a name by itself (currencies): tagger slips
  kCueGiven = 64,   // a given name (data/actors/given_names.tsv)
  kCueModel = 128,  // a name after it is a thing's model (من طراز), no actor
};

class Cues {
 public:
  // Reads each of `paths` (header `word<TAB>cue`); errors name file:line.
  static Result<std::unique_ptr<const Cues>> Load(
      const std::vector<std::string>& paths, const Pipeline& word_layer);
  static std::unique_ptr<const Cues> Empty();

  // The cues of doc.words[i] (0 if none, or i out of range).
  uint8_t Of(const Document& doc, int64_t i) const;

 private:
  Cues() = default;
  Status Read(const std::string& path, const Pipeline& word_layer);
  std::unordered_map<std::string, uint8_t, StringHash, std::equal_to<>> cues_;
};

}  // namespace rasd

#endif  // RASD_ACTORS_CUES_H_
