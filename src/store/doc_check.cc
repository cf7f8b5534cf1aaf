#include "store/doc_check.h"

#include <string_view>

namespace rasd::store {

std::string DocName(const Document& doc) {
  std::string name = "document '" + doc.id + "'";
  if (!doc.source.empty()) name += " from " + doc.source;
  return name;
}

Status CheckDocument(const Document& doc) {
  const std::string_view text = doc.text;
  auto boundary = [&](uint32_t i) {
    return i == text.size() ||
           (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  auto bad = [&](const std::string& what) {
    return Status::BadInput(DocName(doc) + ": " + what);
  };
  auto check_span = [&](const char* what, size_t i, Span s) {
    if (s.begin <= s.end && s.end <= text.size() && boundary(s.begin) &&
        boundary(s.end)) {
      return Status::Ok();
    }
    return bad(std::string(what) + " " + std::to_string(i) + ": span [" +
               std::to_string(s.begin) + ", " + std::to_string(s.end) +
               ") is not within the " + std::to_string(text.size()) +
               "-byte text on character boundaries");
  };
  auto check_index = [&](const char* what, size_t i, const char* field,
                         int32_t index, size_t n, bool may_be_none) {
    if ((may_be_none && index == -1) ||
        (index >= 0 && static_cast<size_t>(index) < n)) {
      return Status::Ok();
    }
    return bad(std::string(what) + " " + std::to_string(i) + ": " + field +
               " " + std::to_string(index) + " is out of range (" +
               std::to_string(n) + " in the document)");
  };

  const size_t n_actors = doc.actors.size();
  Status s;
  for (size_t i = 0; s.ok() && i < doc.sentences.size(); ++i) {
    s = check_span("sentence", i, doc.sentences[i].span);
  }
  for (size_t i = 0; s.ok() && i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    s = check_span("mention", i, m.span);
    if (s.ok()) s = check_index("mention", i, "actor", m.actor, n_actors, true);
  }
  for (size_t i = 0; s.ok() && i < n_actors; ++i) {
    if (doc.actors[i].key.empty()) {
      s = bad("actor " + std::to_string(i) + " has no key");
    }
  }
  for (size_t i = 0; s.ok() && i < doc.dates.size(); ++i) {
    s = check_span("date", i, doc.dates[i].span);
  }
  for (size_t i = 0; s.ok() && i < doc.amounts.size(); ++i) {
    s = check_span("amount", i, doc.amounts[i].span);
  }
  for (size_t i = 0; s.ok() && i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    s = check_span("quote", i, q.span);
    if (s.ok()) {
      s = check_index("quote", i, "speaker", q.speaker, n_actors, true);
    }
    if (s.ok()) s = check_index("quote", i, "outlet", q.outlet, n_actors, true);
  }
  for (size_t i = 0; s.ok() && i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    s = check_span("event", i, e.trigger);
    if (s.ok()) s = check_span("event", i, e.evidence);
    for (int32_t a : e.actor) {
      if (s.ok()) s = check_index("event", i, "actor", a, n_actors, false);
    }
    for (int32_t a : e.recipient) {
      if (s.ok()) s = check_index("event", i, "recipient", a, n_actors, false);
    }
    if (s.ok()) {
      s = check_index("event", i, "location", e.location, n_actors, true);
    }
    if (s.ok()) {
      s = check_index("event", i, "attributed_to", e.attributed_to, n_actors,
                      true);
    }
    if (s.ok()) {
      s = check_index("event", i, "date", e.date, doc.dates.size(), true);
    }
    if (s.ok()) {
      s = check_index("event", i, "amount", e.amount, doc.amounts.size(), true);
    }
  }
  return s;
}

}  // namespace rasd::store
