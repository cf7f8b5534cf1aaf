// The fields of one TREC <DOC> block, and XML entity unescaping.
// Thread-safety: pure functions.
#ifndef RASD_IO_TREC_FIELDS_H_
#define RASD_IO_TREC_FIELDS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rasd {

struct TrecFields {
  std::string docno;   // DOCNO, else the DOC tag's id attribute
  std::string url;     // URL
  std::string outlet;  // SRC or SOURCE
  std::string title;   // TITLE, else HEADLINE
  std::string time;    // TIME or DATE, raw
  std::string text;    // TEXT: inner markup removed, trimmed
  // Other non-empty fields: (lower-cased tag, JSON string).
  std::vector<std::pair<std::string, std::string>> extra;
  std::vector<std::string> warnings;  // "2 unclosed tags: <A> <B>"
};

// Parses a block "<DOC ...> ... </DOC>" of valid UTF-8. Never fails: what
// cannot be read is skipped with a warning.
TrecFields ParseTrecFields(std::string_view block);

// The DOCNO of a raw (undecoded) block for error messages; "" if none.
std::string PeekDocno(std::string_view block);

// Replaces &amp; &lt; &gt; &quot; &apos; &nbsp; &#N; &#xH; by their
// characters (U+FFFD for an invalid code point); leaves others as they are.
std::string UnescapeXml(std::string_view s);

}  // namespace rasd

#endif  // RASD_IO_TREC_FIELDS_H_
