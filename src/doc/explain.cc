#include "rasd/explain.h"

#include <fmt/format.h>

#include <string_view>

#include "text/utf8.h"

namespace rasd {
namespace {

// An actor as "name [key]"; "?" for none.
std::string ActorText(const Document& doc, int32_t a) {
  if (a < 0 || a >= static_cast<int32_t>(doc.actors.size())) return "?";
  const Actor& x = doc.actors[a];
  return fmt::format("{} [{}]", x.name, x.key);
}

std::string Parties(const Document& doc, const std::vector<int32_t>& list) {
  if (list.empty()) return "-";
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += " + ";
    out += ActorText(doc, list[i]);
  }
  return out;
}

// The text of a span, on one line, cut to `limit` bytes at a character
// boundary (0 = whole).
std::string Quoted(const Document& doc, Span s, size_t limit) {
  if (s.end > doc.text.size() || s.begin > s.end) return "";
  std::string t(doc.Text(s));
  for (char& c : t)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (limit > 0 && t.size() > limit) {
    t.resize(CodePointFloor(t, limit));
    t += " …";
  }
  return "«" + t + "»";
}

std::string Amount(const Amount& a) {
  return fmt::format("{:g} {}{}", a.value, a.unit,
                     a.approx.empty() ? "" : " (" + a.approx + ")");
}

void Events(const Document& doc, const ExplainOptions& o, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "events: {}\n", doc.events.size());
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    auto line = [&](std::string_view label, const std::string& value) {
      fmt::format_to(std::back_inserter(*out), "     {:<9} {}\n", label, value);
    };
    fmt::format_to(std::back_inserter(*out), "  e{} {}{}{}  {} -> {}\n", i + 1,
                   e.type, e.mode.empty() ? "" : " " + e.mode,
                   e.cameo.empty() ? "" : " (CAMEO " + e.cameo + ")",
                   Parties(doc, e.actor), Parties(doc, e.recipient));
    line("trigger", Quoted(doc, e.trigger, 0));
    line("modality", std::string(ModalityName(e.modality)));
    if (e.date >= 0 && e.date < static_cast<int32_t>(doc.dates.size())) {
      const DateExpr& d = doc.dates[e.date];
      line("date",
           (d.value.empty() ? "?" : d.value) + " " + Quoted(doc, d.span, 0));
    }
    if (e.amount >= 0 && e.amount < static_cast<int32_t>(doc.amounts.size())) {
      const rasd::Amount& a = doc.amounts[e.amount];
      line("amount", Amount(a) + " " + Quoted(doc, a.span, 0));
    }
    if (e.location >= 0) line("place", ActorText(doc, e.location));
    if (e.attributed_to >= 0) line("said by", ActorText(doc, e.attributed_to));
    if (!e.context.empty()) {
      std::string c;
      for (const std::string& x : e.context) c += (c.empty() ? "" : ", ") + x;
      line("context", c);
    }
    line("rule", e.rule.empty() ? "-" : e.rule);
    line("p(right)", fmt::format("{:.2f}", e.confidence));  // confidence
    line("evidence", Quoted(doc, e.evidence, o.evidence));
  }
}

// Triggers found but coded as no event (Document::uncoded), and why.
void Uncoded(const Document& doc, std::string* out) {
  fmt::format_to(std::back_inserter(*out), "not coded: {}\n",
                 doc.uncoded.size());
  for (size_t i = 0; i < doc.uncoded.size(); ++i) {
    const Event& e = doc.uncoded[i];
    fmt::format_to(std::back_inserter(*out),
                   "  u{} {}{} {}\n     rule      {}\n     evidence  {}\n",
                   i + 1, e.type, e.mode.empty() ? "" : " " + e.mode,
                   Quoted(doc, e.trigger, 0), e.rule.empty() ? "-" : e.rule,
                   Quoted(doc, e.evidence, 0));
  }
}

void Facts(const Document& doc, std::string* out) {
  auto rule = [](const std::string& r) { return r.empty() ? "-" : r; };
  fmt::format_to(std::back_inserter(*out), "dates: {}\n", doc.dates.size());
  for (const DateExpr& d : doc.dates)
    fmt::format_to(std::back_inserter(*out), "  {} {}  rule: {}\n",
                   d.value.empty() ? "?" : d.value, Quoted(doc, d.span, 0),
                   rule(d.rule));
  fmt::format_to(std::back_inserter(*out), "amounts: {}\n", doc.amounts.size());
  for (const rasd::Amount& a : doc.amounts)
    fmt::format_to(std::back_inserter(*out), "  {} {}  rule: {}\n", Amount(a),
                   Quoted(doc, a.span, 0), rule(a.rule));
  fmt::format_to(std::back_inserter(*out), "quotes: {}\n", doc.quotes.size());
  for (const Quote& q : doc.quotes) {
    std::string who = q.speaker >= 0 ? ActorText(doc, q.speaker)
                      : q.speaker_span.size() > 0
                          ? Quoted(doc, q.speaker_span, 0)
                          : "-";
    if (q.outlet >= 0 || q.outlet_span.size() > 0)
      who += " via " + (q.outlet >= 0 ? ActorText(doc, q.outlet)
                                      : Quoted(doc, q.outlet_span, 0));
    fmt::format_to(std::back_inserter(*out), "  {} {}: {}  rule: {}\n",
                   q.direct ? "direct" : "reported", who,
                   Quoted(doc, q.span, 120), rule(q.rule));
  }
}

}  // namespace

std::string ExplainText(const Document& doc, const ExplainOptions& o) {
  std::string out;
  fmt::format_to(std::back_inserter(out), "# {}", doc.id);
  if (!doc.meta.title.empty()) out += "  " + doc.meta.title;
  if (!doc.meta.published.empty()) out += "  (" + doc.meta.published + ")";
  out += "\n";
  if (o.actors) {
    fmt::format_to(std::back_inserter(out), "actors: {}\n", doc.actors.size());
    for (const Actor& a : doc.actors) {
      std::string aliases;
      for (const std::string& s : a.aliases)
        aliases += (aliases.empty() ? "" : " | ") + s;
      fmt::format_to(std::back_inserter(out), "  {} [{}] {} {}: {}\n", a.name,
                     a.key, EntityTypeName(a.type),
                     a.country.empty() ? "-" : a.country, aliases);
    }
  }
  if (o.facts) Facts(doc, &out);
  Events(doc, o, &out);
  if (o.uncoded) Uncoded(doc, &out);
  return out;
}

}  // namespace rasd
