// TimeML (TIMEX3) files: the plain text with the gold time expressions as
// byte spans into it. Only what date evaluation needs: inline <TIMEX3>
// elements inside <TimeML>, other tags dropped, the five XML entities
// decoded. Errors name the file and line.
#ifndef RASD_EVAL_TIMEML_H_
#define RASD_EVAL_TIMEML_H_

#include <string>
#include <string_view>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

struct Timex {
  Span span;          // into TimeMlDoc::text
  std::string type;   // DATE, DURATION, SET, TIME
  std::string value;  // as annotated
  std::string mod;    // mod attribute, empty if none
  std::string tid;    // tid attribute (t1, t2 …), empty if none
};

struct TimeMlDoc {
  std::string text;
  std::vector<Timex> timexes;
};

// Parses TimeML `content`; `name` is used in error messages.
Result<TimeMlDoc> ParseTimeMl(std::string_view content,
                              const std::string& name);

}  // namespace rasd

#endif  // RASD_EVAL_TIMEML_H_
