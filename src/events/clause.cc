// The clause a word stands in: see clause.h.
#include "events/clause.h"

namespace rasd {
namespace events {
namespace {

bool IsComma(const Item& it) {
  return it.punct && (it.norm == "\xD8\x8C" || it.norm == ",");  // ،
}

bool IsParen(const Item& it) {
  return it.punct && (it.norm == "(" || it.norm == ")");
}

// A mark after which a new clause begins: the sentence's end, a colon,
// a semicolon, a quote mark, a parenthesis.
bool Breaks(const Item& it) {
  return IsHardBreak(it) || IsQuote(it) || IsParen(it);
}

}  // namespace

bool IsRelativePronoun(std::string_view w) {
  return w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" ||          // الذي
         w == "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" ||          // التي
         w == "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||  // الذين
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86" ||  // اللذين
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86" ||  // اللتين
         w ==
             "\xD8\xA7\xD9\x84\xD9\x84\xD9\x88\xD8\xA7\xD8\xAA\xD9\x8A" ||  // اللواتي
         w == "\xD8\xA7\xD9\x84\xD9\x84\xD8\xA7\xD8\xAA\xD9\x8A";  // اللاتي
}

bool OpensClause(const std::vector<Item>& items, uint32_t i,
                 ClauseStart* start) {
  const Item& it = items[i];
  if (it.punct) return false;
  if (IsRelativePronoun(it.norm)) {
    *start = ClauseStart::kRelative;
    return true;
  }
  if (IsComplementizer(it.norm)) {
    *start = ClauseStart::kComplementizer;
    return true;
  }
  // مما، "، ما" (ما أدى إلى …): what the event before brought about.
  const bool what =
      it.norm == "\xD9\x85\xD9\x85\xD8\xA7" ||                        // مما
      (it.norm == "\xD9\x85\xD8\xA7" && it.procl.empty() && i > 0 &&  // ما
       (IsComma(items[i - 1]) ||
        (!items[i - 1].punct &&
         items[i - 1].norm == "\xD9\x85\xD9\x86")));  // من ما
  if (what) {
    *start = ClauseStart::kWhat;
    return true;
  }
  return false;
}

Clause ClauseOf(const std::vector<Item>& items, uint32_t i, uint32_t reach) {
  Clause c;
  const uint32_t s = items[i].sentence;
  // Back to the first item of the clause.
  c.begin = i;
  c.start = ClauseStart::kSentence;
  bool comma = false;  // passed a comma
  for (uint32_t k = 0; k <= reach && k <= i; ++k) {
    const uint32_t j = i - k;
    const Item& it = items[j];
    if (it.sentence != s) {
      c.begin = j + 1;
      c.start = ClauseStart::kSentence;
      break;
    }
    comma = comma || (k > 0 && IsComma(it));
    ClauseStart opens;
    // A relative clause set off by commas (ترامب، الذي يتوجه إلى
    // سنغافورة، كرر …) has ended at the comma passed: the clause goes on
    // before it.
    if (comma && j > 0 && IsComma(items[j - 1]) && IsRelativePronoun(it.norm)) {
      c.begin = j;
      continue;
    }
    if (OpensClause(items, j, &opens)) {
      c.begin = j;
      c.start = opens;
      break;
    }
    if (k > 0 && Breaks(it)) {
      c.begin = j + 1;
      c.start = ClauseStart::kBreak;
      break;
    }
    if (k > 0 && IsComma(it) && j + 1 < items.size() &&
        items[j + 1].procl.starts_with("\xD9\x88")) {  // و
      c.begin = j + 1;
      c.start = ClauseStart::kJoined;
      break;
    }
    c.begin = j;
  }
  // On to the first item of the next clause.
  c.end = i + 1;
  for (uint32_t j = i + 1; j < items.size() && j <= i + reach; ++j) {
    const Item& it = items[j];
    ClauseStart opens;
    if (it.sentence != s || Breaks(it) || OpensClause(items, j, &opens) ||
        (IsComma(it) && j + 1 < items.size() &&
         items[j + 1].procl.starts_with("\xD9\x88")))
      break;
    c.end = j + 1;
  }
  return c;
}

}  // namespace events
}  // namespace rasd
