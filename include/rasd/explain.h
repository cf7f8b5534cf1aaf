// A record for people to read: each event with its parties, trigger,
// date, amount, place, modality, source and the rule that coded it, and
// optionally each date, amount and quote with its rule. What `rasd explain`
// prints; the JSON record (rasd/record.h) stays the machine form.
// Thread-safe: pure functions.
#ifndef RASD_EXPLAIN_H_
#define RASD_EXPLAIN_H_

#include <string>

#include "rasd/document.h"

namespace rasd {

struct ExplainOptions {
  bool facts = false;    // also the dates, amounts and quotes
  bool actors = false;   // also the actors with their mentions' texts
  bool uncoded = false;  // also the triggers coded as no event, and why
  size_t evidence = 0;   // cut evidence to this many bytes (0 = whole)
};

// Plain text, one block per document, ending with a newline.
std::string ExplainText(const Document& doc,
                        const ExplainOptions& options = {});

}  // namespace rasd

#endif  // RASD_EXPLAIN_H_
