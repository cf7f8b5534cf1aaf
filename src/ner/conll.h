// CoNLL-style token files: one token per line (first column), its tag in the
// last column when there is one, a blank line between sentences. This is
// the format of ANERcorp, AQMAR and WikiFANE and of `rasd tag --format
// conll` (docs/SPEC.md §2).
//
// Tolerated, because the corpora have them: CR line ends, tab or space
// separators, left-to-right marks (U+200E/U+200F) around tokens (WikiFANE
// starts every token with one; they are removed from the token, as
// normalisation would remove them anyway), a byte-order mark.
// Thread-safety: plain functions.
#ifndef RASD_NER_CONLL_H_
#define RASD_NER_CONLL_H_

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/status.h"

namespace rasd {

struct ConllSentence {
  uint32_t line = 0;  // 1-based line of the first token, for messages
  std::vector<std::string> tokens;
  std::vector<std::string> tags;  // last column; empty when the line has one
};

// Reads every sentence of `in`; `name` is used in error messages. A line
// that is not valid UTF-8 is an error naming the file and line.
Result<std::vector<ConllSentence>> ReadConll(std::istream& in,
                                             const std::string& name);
// Opens and reads `path`.
Result<std::vector<ConllSentence>> ReadConllFile(const std::string& path);

// A labelled span over a sentence's tokens: [begin, end) and its type name
// (the label without B-/I-).
struct Chunk {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string type;
  friend bool operator==(const Chunk&, const Chunk&) = default;
};

// The entities of a BIO tag sequence, read as conlleval does: B-t opens an
// entity; I-t continues an entity of type t and opens one otherwise; O and
// anything without a B-/I- prefix closes it.
std::vector<Chunk> Chunks(const std::vector<std::string>& tags);

}  // namespace rasd

#endif  // RASD_NER_CONLL_H_
