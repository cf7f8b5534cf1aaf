// Quotes and attribution (SPEC §1 quotes).
//
// A speech verb (speech.tsv) governs the clause after it up to the end of
// its sentence, the next speech verb or an "according to" cue. Its
// complement is the first أن/إن, colon or opening quote mark in that
// clause; without one the verb is not reporting speech (كشفت الزيارات ...
// تنامي العلاقة) but its subject still becomes the last speaker (وهذا ما
// أكده "المسماري"). Quoted passages of three words or more in the clause
// are direct quotes; otherwise the clause after the complement is an
// indirect one.
//
// The speaker is the phrase after the verb (up to a preposition, a cue or
// the complement), else a phrase before it that opens the clause
// (المتحدث الرسمي ...، العميد أحمد المسماري، أكد أن), else the last
// speaker ("pronoun": وأضاف، مشيرا إلى أن، حينما قال). A phrase headed by a
// sources.tsv word is "anonymous". The outlet comes from citation cues in
// the sentence: في تصريح لـX، لوكالة X، حسب X / وفقا لـX (X is the outlet
// when the quote already has a speaker or X is a known outlet, a quoted
// name or starts with an outlet noun; otherwise X is the speaker). Quoted
// passages with no verb take their speaker from a cue right after them
// ("..." حسب X), and a sentence with only a cue (…، حسب X) is an indirect
// quote with no speaker.
//
// Speaker and outlet actors come from doc.mentions overlapping the phrases
// (set by the names/actors steps when they run first).
// Thread-safety: pure function over its arguments.
#ifndef RASD_FACTS_QUOTES_H_
#define RASD_FACTS_QUOTES_H_

#include <vector>

#include "facts/lexicon.h"
#include "facts/word_seq.h"
#include "rasd/document.h"

namespace rasd {

void FindQuotes(const FactsLexicon& lex, const Document& doc,
                const WordSeq& seq, std::vector<Quote>* out);

// The actor of the mention overlapping `span` (preferring `type`, then the
// last such mention); -1 if none. Exposed for tests.
int32_t ActorInSpan(const Document& doc, Span span, EntityType prefer);

}  // namespace rasd

#endif  // RASD_FACTS_QUOTES_H_
