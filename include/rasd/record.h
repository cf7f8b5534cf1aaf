// The rasd/1 record (SPEC §1): a Document as one JSON object.
//
// Byte spans become code-point offsets into `text`; layer indexes become the
// SPEC's ids ("a1" for actors[0], "e1" for events[0]); empty strings become
// null. Thread-safe: pure functions.
#ifndef RASD_RECORD_H_
#define RASD_RECORD_H_

#include <string>

#include "rasd/document.h"

namespace rasd {

constexpr const char* kSchema = "rasd/1";

// One JSON object without a trailing newline; `pretty` indents it;
// `explain` adds to each date, amount and quote the rule and list entries
// that recognised it ("rule").
std::string ToRecordJson(const Document& doc, bool pretty = false,
                         bool explain = false);

}  // namespace rasd

#endif  // RASD_RECORD_H_
