// What a report is about (domains.tsv): a football report told in the
// words of war codes no attacks (NoteDomains, BlockedBy).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

// How many different words of a domain make a report one of it: one or two
// are a sports metaphor or a passing mention in a political story.
constexpr size_t kDomainWords = 3;

void Coder::NoteDomains() {
  const std::vector<Domain>& domains = lex_.domains();
  if (domains.empty()) return;
  std::vector<std::vector<std::string_view>> seen(domains.size());
  for (const Item& it : items_) {
    if (it.punct || it.stem.empty()) continue;
    const int d = lex_.DomainOf(it.stem);
    if (d < 0) continue;
    auto& words = seen[d];
    if (std::find(words.begin(), words.end(), it.stem) == words.end())
      words.push_back(it.stem);
  }
  for (size_t d = 0; d < domains.size(); ++d) {
    if (seen[d].size() < kDomainWords) continue;
    for (const std::string& type : domains[d].blocks)
      blocked_.push_back(
          {type, "a " + domains[d].name + " report", &domains[d].except});
  }
}

const char* Coder::BlockedBy(std::string_view type,
                             const std::vector<int32_t>& actors) const {
  for (const Blocked& b : blocked_) {
    if (b.type != type) continue;
    for (int32_t u : actors) {
      const int32_t ag = units_[u].agent;
      if (ag >= 0 && std::find(b.except->begin(), b.except->end(),
                               lex_.agents()[ag].key) != b.except->end())
        return nullptr;
    }
    return b.why.c_str();
  }
  return nullptr;
}

}  // namespace events_internal
}  // namespace rasd
