// The clause a word stands in (events11b): the span of the document's
// items between the boundaries Arabic news marks a clause with — the
// sentence's end, a colon or semicolon, a quote mark, a parenthesis, "، و"
// (a joined clause), a relative pronoun (الذي، التي، الذين …), مما or "، ما"
// (a clause about the event told before), a complementizer (أن، إن، بأن،
// لكن). A relative clause and an embedded أن clause are clauses of their
// own: the pronoun or complementizer is the first item of its clause.
// A و or ف on a finite verb opens a clause too, but the items do not
// tell a verb from a noun: the coder, which knows its triggers, handles
// that boundary itself (VerbSubject's `joined`).
//
// The coder asks it where a trigger's own subject may be looked for: see
// docs/events-history.md (Eleventh round, 11b).
#ifndef RASD_EVENTS_CLAUSE_H_
#define RASD_EVENTS_CLAUSE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/arguments.h"

namespace rasd {
namespace events {

// What opens a clause.
enum class ClauseStart : uint8_t {
  kSentence,        // the sentence's first item
  kBreak,           // after a colon, semicolon, quote mark or parenthesis
  kJoined,          // after "، و": the next clause of the sentence
  kRelative,        // a relative pronoun (its first item)
  kWhat,            // مما، "، ما": a clause about the event told before
  kComplementizer,  // أن، إن، بأن، لكن (its first item)
};

struct Clause {
  uint32_t begin = 0, end = 0;  // items [begin, end)
  ClauseStart start = ClauseStart::kSentence;
};

// الذي، التي، الذين، اللذين، اللتين، اللواتي، اللاتي (normalised forms).
bool IsRelativePronoun(std::string_view norm);

// Whether item i opens a clause of its own, as a relative pronoun, مما or
// "، ما", or a complementizer does; *start says which.
bool OpensClause(const std::vector<Item>& items, uint32_t i,
                 ClauseStart* start);

// The clause item i stands in, at most `reach` items either way.
Clause ClauseOf(const std::vector<Item>& items, uint32_t i,
                uint32_t reach = 60);

}  // namespace events
}  // namespace rasd

#endif  // RASD_EVENTS_CLAUSE_H_
