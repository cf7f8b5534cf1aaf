// The tagger's label set: BIO over the six SPEC entity types, and the maps
// between it and the tag names of the corpora it is trained and scored on.
//
// Native tags are small integers: 0 is O, then B-t = 1 + 2t and I-t = 2 + 2t
// for t an EntityType (PER ORG GPE LOC FAC MISC). The anercorp tagset of
// `rasd tag --tagset anercorp` names PER "PERS" and folds GPE and FAC into
// LOC, as ANERcorp does.
// Thread-safety: pure functions and immutable tables.
#ifndef RASD_NER_TAGS_H_
#define RASD_NER_TAGS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

inline constexpr int kNumEntityTypes = 6;
inline constexpr int kNumTags = 1 + 2 * kNumEntityTypes;  // O, B-*, I-*
inline constexpr uint8_t kTagO = 0;

inline uint8_t BeginTag(EntityType t) {
  return static_cast<uint8_t>(1 + 2 * static_cast<int>(t));
}
inline uint8_t InsideTag(EntityType t) {
  return static_cast<uint8_t>(2 + 2 * static_cast<int>(t));
}
inline bool IsBegin(uint8_t tag) { return tag != kTagO && tag % 2 == 1; }
inline bool IsInside(uint8_t tag) { return tag != kTagO && tag % 2 == 0; }
inline EntityType TagType(uint8_t tag) {
  return static_cast<EntityType>((tag - 1) / 2);
}
// Whether `tag` may follow `prev` in a BIO sequence (I-t only after B-t or
// I-t); prev == kNumTags stands for the start of the sentence.
inline bool AllowedTransition(int prev, int tag) {
  if (!IsInside(static_cast<uint8_t>(tag))) return true;
  return prev != kNumTags && prev != kTagO &&
         TagType(static_cast<uint8_t>(prev)) ==
             TagType(static_cast<uint8_t>(tag));
}

enum class Tagset : uint8_t { kNative, kAnercorp };
Result<Tagset> ParseTagset(std::string_view name);

// "O", "B-GPE", "I-PERS" (in `tagset`).
std::string TagName(uint8_t tag, Tagset tagset = Tagset::kNative);
// Parses a native tag name ("O", "B-PER" ...); false if it is not one.
bool ParseNativeTag(std::string_view name, uint8_t* tag);

// What a corpus's entity label means in the native types. Loaded from a TSV
// file (data/ner/tagmap.tsv) of rows `corpus<TAB>label<TAB>native`, where
// native is a type name, "O" (not an entity for us) or "PLACE" (a place of
// unknown kind: GPE, LOC or FAC, decided by evidence elsewhere).
class TagMap {
 public:
  static Result<TagMap> Load(const std::string& path);

  enum Kind : uint8_t { kUnknown, kNone, kPlace, kType };
  struct Target {
    Kind kind = kUnknown;
    EntityType type = EntityType::kMisc;
  };
  // The target of `label` (without its B-/I- prefix) in `corpus`.
  Target Find(std::string_view corpus, std::string_view label) const;

 private:
  std::unordered_map<std::string, Target> map_;  // "corpus\tlabel"
};

}  // namespace rasd

#endif  // RASD_NER_TAGS_H_
