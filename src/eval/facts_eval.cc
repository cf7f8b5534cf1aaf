#include "eval/facts_eval.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "eval/gold_jsonl.h"
#include "text/utf8.h"

namespace rasd {
namespace {

using Json = nlohmann::json;

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Finds the n-th occurrence of `needle` in `text`.
bool Locate(const std::string& text, const std::string& needle, int n,
            Span* out) {
  size_t at = 0;
  for (int k = 0; k <= n; ++k) {
    at = text.find(needle, k == 0 ? 0 : at + 1);
    if (at == std::string::npos) return false;
  }
  *out = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  return true;
}

// At most `n` bytes of s, cut on a code-point boundary.
std::string Head(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  return std::string(s.substr(0, CodePointFloor(s, n))) + "…";
}

// The first system item not yet taken whose span overlaps `span`: taken
// and returned, else -1 (gold and system items pair one-to-one, in order).
template <class T>
int TakeOverlap(const std::vector<T>& items, Span span,
                std::vector<bool>* used) {
  for (size_t k = 0; k < items.size(); ++k) {
    if ((*used)[k] || !Overlaps(items[k].span, span)) continue;
    (*used)[k] = true;
    return static_cast<int>(k);
  }
  return -1;
}

// Word-initial لل (ل + the article, as in للمرصد) read as ال.
std::string ArticleForm(std::string_view s) {
  constexpr std::string_view kLl = "\xD9\x84\xD9\x84";  // لل
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const bool word_start = i == 0 || s[i - 1] == ' ';
    if (word_start && s.substr(i).starts_with(kLl)) {
      out += "\xD8\xA7\xD9\x84";  // ال
      i += kLl.size();
    } else {
      out += s[i++];
    }
  }
  return out;
}

bool NameIn(const std::string& gold, std::string_view phrase) {
  if (gold.empty()) return phrase.empty();
  return !phrase.empty() &&
         (phrase.find(gold) != std::string_view::npos ||
          ArticleForm(phrase).find(ArticleForm(gold)) != std::string::npos);
}

// True when a mention that contains `name` in the document resolves to
// `actor`: the gold names the speaker as the article does elsewhere (خليفة
// حفتر) and the system found the same actor under another mention (حفتر).
bool NamesActor(const Document& doc, const std::string& name, int32_t actor) {
  if (name.empty() || actor < 0) return false;
  for (const Mention& m : doc.mentions)
    if (m.actor == actor &&
        doc.Text(m.span).find(name) != std::string_view::npos)
      return true;
  return false;
}

}  // namespace

Status ScoreFacts(const Pipeline& pipeline, const std::string& gold_path,
                  const std::string& corpus_path, FactsScores* sc) {
  auto visit = [&](const Json& g, const std::string& where,
                   const std::string& id, const Document& doc) -> Status {
    // The n-th gold item with the same text is its n-th occurrence.
    std::map<std::string, int> seen;
    auto locate = [&](const std::string& text, const char* what,
                      Span* span) -> Status {
      if (text.empty() || !Locate(doc.text, text, seen[text]++, span))
        return Status::BadInput(where + ": " + what + " text '" + text +
                                "' not in the document");
      return Status::Ok();
    };

    // Dates (only in documents whose gold has a "dates" list).
    if (g.contains("dates")) {
      if (!g["dates"].is_array())
        return Status::BadInput(where + ": dates must be an array");
      std::vector<bool> used(doc.dates.size(), false);
      sc->date_span.system += doc.dates.size();
      sc->date_full.system += doc.dates.size();
      for (const Json& d : g["dates"]) {
        const std::string text = JsonStr(d, "text");
        Span span;
        if (Status st = locate(text, "date", &span); !st.ok()) return st;
        if (!d.contains("value") ||
            !(d["value"].is_null() || d["value"].is_string()))
          return Status::BadInput(where + ": date '" + text +
                                  "' needs a value (a string or null)");
        const std::string value = JsonStr(d, "value");
        ++sc->date_span.gold;
        ++sc->date_full.gold;
        const int k = TakeOverlap(doc.dates, span, &used);
        if (k < 0) {
          sc->errors.push_back(id + " date missed: " + text);
          continue;
        }
        ++sc->date_span.tp;
        const DateExpr& x = doc.dates[k];
        if (x.value == value) {
          ++sc->date_full.tp;
        } else {
          sc->errors.push_back(id + " date " + text + ": gold " +
                               (value.empty() ? "null" : value) + ", system " +
                               std::string(doc.Text(x.span)) + " = " +
                               (x.value.empty() ? "null" : x.value));
        }
      }
      for (size_t k = 0; k < doc.dates.size(); ++k) {
        if (used[k]) continue;
        // بعد يومين من زيارته: an offset from a narrated event, kept with
        // a null value (SPEC §1); the gold lists only dates it can place.
        if (doc.dates[k].value.empty() &&
            doc.dates[k].relative_unit != RelativeUnit::kNone) {
          --sc->date_span.system;
          --sc->date_full.system;
          ++sc->date_unresolved_unscored;
          continue;
        }
        sc->errors.push_back(
            id + " date spurious: " + std::string(doc.Text(doc.dates[k].span)));
      }
    }

    // Amounts.
    seen.clear();
    const Json empty = Json::array();
    const Json& ga = g.contains("amounts") ? g["amounts"] : empty;
    const Json& gq = g.contains("quotes") ? g["quotes"] : empty;
    if (!ga.is_array() || !gq.is_array())
      return Status::BadInput(where + ": amounts and quotes must be arrays");
    std::vector<bool> used(doc.amounts.size(), false);
    sc->amount_span.system += doc.amounts.size();
    sc->amount_full.system += doc.amounts.size();
    for (const Json& a : ga) {
      const std::string text = JsonStr(a, "text");
      Span span;
      if (Status st = locate(text, "amount", &span); !st.ok()) return st;
      if (!a.contains("value") || !a["value"].is_number())
        return Status::BadInput(where + ": amount '" + text +
                                "' needs a numeric value");
      const double value = a["value"].get<double>();
      const std::string unit = JsonStr(a, "unit");
      ++sc->amount_span.gold;
      ++sc->amount_full.gold;
      const int k = TakeOverlap(doc.amounts, span, &used);
      if (k < 0) {
        sc->errors.push_back(id + " amount missed: " + text);
        continue;
      }
      ++sc->amount_span.tp;
      const Amount& x = doc.amounts[k];
      if (std::fabs(x.value - value) <= 1e-3 * std::fabs(value) &&
          x.unit == unit) {
        ++sc->amount_full.tp;
      } else {
        sc->errors.push_back(id + " amount " + text + ": gold " +
                             std::to_string(value) + " " + unit + ", system " +
                             std::to_string(x.value) + " " + x.unit);
      }
    }
    for (size_t k = 0; k < doc.amounts.size(); ++k) {
      if (!used[k])
        sc->errors.push_back(id + " amount spurious: " +
                             std::string(doc.Text(doc.amounts[k].span)));
    }

    // Quotes.
    seen.clear();
    std::vector<bool> qused(doc.quotes.size(), false);
    sc->quote_span.system += doc.quotes.size();
    sc->quote_full.system += doc.quotes.size();
    for (const Json& q : gq) {
      const std::string text = JsonStr(q, "text");
      Span span;
      if (Status st = locate(text, "quote", &span); !st.ok()) return st;
      const std::string speaker = JsonStr(q, "speaker");
      const std::string outlet = JsonStr(q, "outlet");
      const bool anonymous = JsonStr(q, "speaker_kind") == "anonymous";
      const bool direct = q.value("direct", false);
      ++sc->quote_span.gold;
      ++sc->quote_full.gold;
      const int k = TakeOverlap(doc.quotes, span, &qused);
      if (k < 0) {
        sc->errors.push_back(id + " quote missed: " + text);
        continue;
      }
      ++sc->quote_span.tp;
      const Quote& x = doc.quotes[k];
      const bool sp = (NameIn(speaker, doc.Text(x.speaker_span)) ||
                       NamesActor(doc, speaker, x.speaker)) &&
                      (!anonymous || x.speaker_kind == "anonymous");
      const bool ou = NameIn(outlet, doc.Text(x.outlet_span));
      const bool di = x.direct == direct;
      sc->speaker_right += sp;
      sc->outlet_right += ou;
      sc->direct_right += di;
      if (sp && ou && di) {
        ++sc->quote_full.tp;
      } else {
        sc->errors.push_back(
            id + " quote '" + text + "': gold speaker=" + speaker +
            " outlet=" + outlet + " direct=" + (direct ? "1" : "0") +
            "; system speaker=" + std::string(doc.Text(x.speaker_span)) +
            " outlet=" + std::string(doc.Text(x.outlet_span)) +
            " direct=" + (x.direct ? "1" : "0"));
      }
    }
    for (size_t k = 0; k < doc.quotes.size(); ++k) {
      if (!qused[k])
        sc->errors.push_back(
            id + " quote spurious: " + Head(doc.Text(doc.quotes[k].span), 80));
    }
    return Status::Ok();
  };
  return ForEachGoldDocument(pipeline, gold_path, corpus_path, visit);
}

}  // namespace rasd
