#include "facts/word_seq.h"

namespace rasd {
namespace {

// A token that is a lone proclitic letter written with a tatweel and glued
// to the next token (لـCNN، بـ 4.5 is not glued): the word layer keeps it as
// a word of its own, but for matching it is the next word's proclitic.
bool IsGluedProclitic(std::string_view norm) {
  return norm == "\xD9\x84" /*ل*/ || norm == "\xD8\xA8" /*ب*/ ||
         norm == "\xD9\x83" /*ك*/ || norm == "\xD9\x88" /*و*/ ||
         norm == "\xD9\x81" /*ف*/;
}

}  // namespace

void BuildWordSeq(const Document& doc, WordSeq* seq) {
  seq->items.clear();
  seq->items.reserve(doc.tokens.size());
  uint32_t sentence = 0;
  uint32_t prev_token_end = 0;
  bool have_prev = false;
  Span pending_proclitics{};  // norm span of proclitics not yet attached
  for (size_t w = 0; w < doc.words.size(); ++w) {
    const Word& word = doc.words[w];
    while (sentence + 1 < doc.sentences.size() &&
           word.token >= doc.sentences[sentence].token_end) {
      ++sentence;
    }
    const Token& tok = doc.tokens[word.token];
    if (word.role == WordRole::kProclitic) {
      if (pending_proclitics.empty())
        pending_proclitics.begin = word.norm.begin;
      pending_proclitics.end = word.norm.end;
      continue;
    }
    if (word.role == WordRole::kEnclitic) continue;
    const std::string_view norm = doc.NormText(word.norm);
    const bool glued_next =
        word.role == WordRole::kWhole && tok.kind == TokenKind::kArabic &&
        word.token + 1 < doc.tokens.size() &&
        doc.tokens[word.token + 1].span.begin == tok.span.end &&
        doc.Text(tok.span).size() > norm.size() && IsGluedProclitic(norm);
    if (glued_next) {
      if (pending_proclitics.empty())
        pending_proclitics.begin = word.norm.begin;
      pending_proclitics.end = word.norm.end;
      continue;
    }
    SeqItem item;
    item.norm = norm;
    item.token_norm = doc.NormText(tok.norm);
    item.span = word.span;
    item.token_span = tok.span;
    item.sentence = sentence;
    item.kind = tok.kind;
    item.proclitics = doc.NormText(pending_proclitics);
    item.gap_before = !have_prev || tok.span.begin > prev_token_end;
    pending_proclitics = {};
    prev_token_end = tok.span.end;
    have_prev = true;
    seq->items.push_back(item);
  }
}

}  // namespace rasd
