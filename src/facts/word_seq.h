// The view of a document the facts layer matches on: its content words in
// order (hosts and whole words, proclitics and enclitics left out), each
// with its normalised form and raw span, plus the punctuation between them.
// Built once per document by each facts step; only indexes and views, so
// building it allocates one vector.
#ifndef RASD_FACTS_WORD_SEQ_H_
#define RASD_FACTS_WORD_SEQ_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "rasd/document.h"

namespace rasd {

struct FirstWord;  // facts/lexicon.h

struct SeqItem {
  std::string_view norm;  // normalised form of the host / whole word
  // Normalised form of its whole token: lists also match a token the
  // segmenter split although it is one word (منوها is not منو + ها).
  std::string_view token_norm;
  Span span;              // raw span of the host / whole word
  Span token_span;        // raw span of its token (with clitics)
  uint32_t sentence = 0;  // index into Document::sentences
  TokenKind kind = TokenKind::kOther;
  std::string_view proclitics;  // normalised proclitics before it ("و", "وب")
  bool gap_before = true;  // whitespace between this token and the previous
  uint32_t first_of = 0;   // tables with an entry starting here (Mark)
  // The lexicon's entries for norm, norm without ال, and token_norm.
  const FirstWord* first[3] = {nullptr, nullptr, nullptr};
};

struct WordSeq {
  std::vector<SeqItem> items;
  bool IsWord(size_t i) const {
    return i < items.size() && (items[i].kind == TokenKind::kArabic ||
                                items[i].kind == TokenKind::kLatin ||
                                items[i].kind == TokenKind::kNumber);
  }
  bool IsPunct(size_t i, std::string_view mark) const {
    return i < items.size() && items[i].kind != TokenKind::kArabic &&
           items[i].norm == mark;
  }
};

// Fills *seq from doc's words, tokens and sentences.
void BuildWordSeq(const Document& doc, WordSeq* seq);

}  // namespace rasd

#endif  // RASD_FACTS_WORD_SEQ_H_
