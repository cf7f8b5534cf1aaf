// In-document actor resolution: from knowledge-base hits and the name
// mentions a tagger found (if any) to doc.mentions and doc.actors, one actor
// per real-world actor. The rules are set out at the top of resolve.cc.
//
// Thread-safety: Resolve is reentrant; the knowledge base and cues are
// shared read-only.
#ifndef RASD_ACTORS_RESOLVE_H_
#define RASD_ACTORS_RESOLVE_H_

#include "actors/cues.h"
#include "kb/kb.h"
#include "rasd/document.h"

namespace rasd {

// Reads doc->words and the tagger's doc->mentions (span and type; their
// actor is ignored) and rewrites doc->mentions (sorted by start, a name
// widened to take in the titles right before it) and doc->actors (ordered
// by first mention).
void ResolveActors(const KnowledgeBase& kb, const Cues& cues, Document* doc);

}  // namespace rasd

#endif  // RASD_ACTORS_RESOLVE_H_
