// PLOVER event coding over one analysed document: finds trigger words
// (lexicon.h), gives each its actor and recipient from the words and name
// mentions around it, its modality and attribution, and the date, amount
// and place that belong to it. The rules, in the order they are tried, are
// set out at the top of extract.cc and in docs/events.md.
//
// Thread-safety: FindEvents is reentrant; the lexicon and knowledge base
// are shared read-only.
#ifndef RASD_EVENTS_EXTRACT_H_
#define RASD_EVENTS_EXTRACT_H_

#include "events/lexicon.h"
#include "kb/kb.h"
#include "rasd/document.h"

namespace rasd {

// Reads doc's words, mentions, actors, dates, amounts and quotes; appends
// to doc->events, and to doc->actors the actors an event names only by a
// nisba adjective (الدعم الروسي → Russia) that no mention named.
void FindEvents(const EventLexicon& lex, const KnowledgeBase& kb,
                Document* doc);

}  // namespace rasd

#endif  // RASD_EVENTS_EXTRACT_H_
