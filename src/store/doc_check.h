// What the store requires of a Document before it writes one.
//
// The pipeline builds documents that meet these rules; the check is here
// because documents may also come from elsewhere (records read back, other
// tools) and a bad index must become a clear BadInput, not a crash or a row
// pointing at the wrong actor. Thread-safe: pure functions.
#ifndef RASD_STORE_DOC_CHECK_H_
#define RASD_STORE_DOC_CHECK_H_

#include <string>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd::store {

// BadInput unless every span (sentences, mentions, dates, amounts, quotes,
// event triggers and evidence) lies in the text on code-point boundaries,
// every layer index points at an existing element (or is -1 where "none" is
// allowed), and every actor has a key. Names the document and the element.
Status CheckDocument(const Document& doc);

// How messages name a document: "document 'ID' from SOURCE".
std::string DocName(const Document& doc);

}  // namespace rasd::store

#endif  // RASD_STORE_DOC_CHECK_H_
