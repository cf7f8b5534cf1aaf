#include "eval/events_eval.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "eval/gold_jsonl.h"
#include "events/lexicon.h"
#include "text/normalize.h"
#include "util/tsv.h"

namespace rasd {
namespace {

// A gold slug key (x-أندريه-كارلوف) normalised the way the system makes
// slugs, so spelling variants of one name meet.
std::string GoldKey(const std::string& key) {
  return key.rfind("x-", 0) == 0 ? SlugKey(key.substr(2)) : key;
}

using Json = nlohmann::json;
using Keys = std::vector<std::string>;

// One event as the scorer sees it: its type and, per argument, either the
// words of its gold text or the keys/surfaces of the system's actors.
struct Coded {
  std::string type;
  std::vector<std::set<std::string>> actor, recipient;  // one set per actor
  std::string what;                                     // for error lines
  std::string trigger;  // the gold's trigger words (JSONL gold)
};

// Whether the UTF-8 character starting at byte c is a letter or digit:
// ASCII alphanumerics and the Arabic block's letters and digits (not ، ؛ ؟).
bool WordChar(std::string_view w, size_t c) {
  const unsigned char b = w[c];
  if (b < 0x80) return std::isalnum(b);
  if (b < 0xD8 || b > 0xDB || c + 1 >= w.size()) return false;
  const unsigned char n = w[c + 1];
  return !(b == 0xD8 && (n == 0x8C || n == 0x9B || n == 0x9F));
}

// `w` without the punctuation before and after it.
std::string_view TrimMarks(std::string_view w) {
  auto len = [&](size_t c) {
    const unsigned char b = w[c];
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  };
  while (!w.empty() && !WordChar(w, 0))
    w.remove_prefix(std::min<size_t>(len(0), w.size()));
  while (!w.empty()) {
    size_t c = w.size() - 1;  // the last character's first byte
    while (c > 0 && (static_cast<unsigned char>(w[c]) & 0xC0) == 0x80) --c;
    if (WordChar(w, c)) break;
    w.remove_suffix(w.size() - c);
  }
  return w;
}

// Light stems of the words of `text`, without و ف ب ل prefixes; words of
// fewer than three letters are left out (من، في).
std::set<std::string> Stems(std::string_view text) {
  std::set<std::string> out;
  const std::string norm = NormalizeString(text);
  for (std::string_view w : SplitNonEmpty(norm, ' ')) {
    // Punctuation the gold text keeps on a word (رهائن».) is no part of it.
    w = TrimMarks(w);
    if (w.size() < 6) continue;
    out.insert(StemOf(w));
    for (std::string_view p :
         {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84"}) {
      if (w.substr(0, 2) == p && w.size() >= 8) out.insert(StemOf(w.substr(2)));
    }
  }
  return out;
}

bool Shares(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a)
    if (b.count(x)) return true;
  return false;
}

// Gold side of one argument (a set of words or keys) against the system's
// actors: empty matches empty; else some actor shares an element.
bool ArgMatches(const std::vector<std::set<std::string>>& gold,
                const std::vector<std::set<std::string>>& sys) {
  if (gold.empty() || sys.empty()) return gold.empty() && sys.empty();
  for (const auto& g : gold)
    for (const auto& s : sys)
      if (Shares(g, s)) return true;
  return false;
}

// Types whose events are often mutual (talks, deals, cooperation): one
// coder lists both parties as actors, another a visitor and a host, so the
// parties are compared as one set.
bool PartiesMatch(const Coded& g, const Coded& s) {
  if (g.type != "CONSULT" && g.type != "AGREE" && g.type != "COOPERATE")
    return ArgMatches(g.actor, s.actor) && ArgMatches(g.recipient, s.recipient);
  auto all = [](const Coded& c) {
    std::vector<std::set<std::string>> v = c.actor;
    v.insert(v.end(), c.recipient.begin(), c.recipient.end());
    return v;
  };
  const auto gp = all(g), sp = all(s);
  if (gp.empty() || sp.empty()) return gp.empty() && sp.empty();
  // The gold's parties, up to two, must all be found: a meeting of A and B
  // coded with A alone is a miss (it tells an analyst nothing about B).
  size_t shared = 0;
  for (const auto& x : gp) {
    bool found = false;
    for (const auto& y : sp) found = found || Shares(x, y);
    shared += found;
  }
  return shared >= std::min<size_t>(2, gp.size());
}

// The forms a trigger's words may be listed under: each normalised word,
// and it with و، ف، ل، س before it and a pronoun after it (ها، هم، ه …)
// taken off in turn.
std::set<std::string> TriggerForms(std::string_view text) {
  static constexpr std::string_view kPrefixes[] = {
      "\xD9\x88", "\xD9\x81", "\xD9\x84", "\xD8\xB3"};  // و ف ل س
  static constexpr std::string_view kPronouns[] = {
      "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD8\xA7",
      "\xD9\x87\xD9\x85",         "\xD9\x86\xD8\xA7",
      "\xD9\x83\xD9\x85",         "\xD9\x87"};  // هما ها هم نا كم ه
  std::set<std::string> out;
  const std::string norm = NormalizeString(text);
  for (std::string_view w : SplitNonEmpty(norm, ' ')) {
    w = TrimMarks(w);
    for (int strip = 0; strip < 3 && !w.empty(); ++strip) {
      out.insert(std::string(w));
      for (std::string_view p : kPronouns)
        if (w.size() >= p.size() + 6 && w.ends_with(p))
          out.insert(std::string(w.substr(0, w.size() - p.size())));
      const std::string_view p = w.substr(0, 2);
      if (w.size() < 8 || std::find(std::begin(kPrefixes), std::end(kPrefixes),
                                    p) == std::end(kPrefixes))
        break;
      w.remove_prefix(2);
    }
  }
  return out;
}

// The light stems of TriggerForms: what two triggers' words are compared
// on.
std::set<std::string> TriggerStems(std::string_view text) {
  std::set<std::string> out;
  for (const std::string& f : TriggerForms(text)) out.insert(StemOf(f));
  return out;
}

// Whether the trigger lexicon lists a word of a gold trigger: 2 for the
// gold's type, 1 for another type only, 0 not at all. A form is looked
// up as a verb and by its light stem as a noun.
int Listed(const EventLexicon& lex, std::string_view trigger,
           const std::string& type) {
  int listed = 0;
  auto note = [&](const std::vector<uint32_t>* rows) {
    if (!rows) return;
    for (uint32_t r : *rows)
      listed = std::max(listed, lex.triggers()[r].type == type ? 2 : 1);
  };
  for (const std::string& f : TriggerForms(trigger)) {
    note(lex.VerbsOf(f));
    note(lex.NounsOf(StemOf(f)));
  }
  return listed;
}

// Why a gold event was missed, in words an analyst can act on: the
// trigger vocabulary (no event of the type: its trigger word not listed,
// listed for another type, or listed but no event kept), the actor layer
// (a party the document's actors never name) or the choice of arguments
// among the actors found. (Score says why a false event is false.)
// A trigger the system found and coded as no event: its type, the stems
// of its words and why (Document::uncoded).
struct Uncoded {
  std::string type;
  std::set<std::string> stems;
  std::string why;
};

std::vector<Uncoded> UncodedOf(const Document& doc) {
  std::vector<Uncoded> out;
  for (const Event& e : doc.uncoded) {
    const size_t at = e.rule.rfind("not coded: ");
    // (The whole words the trigger stands in: its pronoun is no part of
    // the trigger span.)
    Span words = e.trigger;
    while (words.end < doc.text.size() && doc.text[words.end] != ' ' &&
           doc.text[words.end] != '\n')
      ++words.end;
    out.push_back({e.type, TriggerStems(doc.Text(words)),
                   at == std::string::npos ? "" : e.rule.substr(at)});
  }
  return out;
}

std::string MissedWhy(const Coded& g, const std::vector<Coded>& sys,
                      const std::vector<std::set<std::string>>& doc_actors,
                      const EventLexicon* lex,
                      const std::vector<Uncoded>& uncoded) {
  bool typed = false, actor_right = false;
  for (const Coded& s : sys) {
    if (s.type != g.type) continue;
    typed = true;
    actor_right = actor_right || ArgMatches(g.actor, s.actor);
  }
  if (!typed) {
    const std::string why = "missed: no event of its type";
    if (!lex || g.trigger.empty()) return why;
    switch (Listed(*lex, g.trigger, g.type)) {
      case 2:
        for (const Uncoded& u : uncoded)
          if (u.type == g.type && Shares(TriggerStems(g.trigger), u.stems))
            return why + "; trigger listed for it, " + u.why +
                   (u.why.ends_with("no recipient") && g.recipient.empty()
                        ? " (nor has the gold)"
                        : "");
        return why + "; trigger listed for it, not found as one";
      case 1:
        return why + "; trigger listed for another type";
      default:
        return why + "; trigger not listed";
    }
  }
  auto named = [&](const std::vector<std::set<std::string>>& arg) {
    for (const auto& x : arg) {
      bool found = false;
      for (const auto& a : doc_actors) found = found || Shares(x, a);
      if (!found) return false;
    }
    return true;
  };
  if (!named(g.actor) || !named(g.recipient))
    return "missed: a gold party is none of the document's actors";
  if (g.type == "CONSULT" || g.type == "AGREE" || g.type == "COOPERATE")
    return "missed: parties chosen differ";
  return actor_right ? "missed: recipient chosen differs"
                     : "missed: actor chosen differs";
}

void Score(const std::vector<Coded>& gold, const std::vector<Coded>& sys,
           const std::vector<std::set<std::string>>& doc_actors,
           const EventLexicon* lex, const std::vector<Uncoded>& uncoded,
           const std::string& where, EventScores* sc) {
  ++sc->units;
  sc->triple.gold += gold.size();
  sc->triple.system += sys.size();
  sc->type.gold += gold.size();
  sc->type.system += sys.size();
  for (const Coded& g : gold) sc->by_type[g.type].gold++;
  for (const Coded& s : sys) sc->by_type[s.type].system++;
  std::vector<bool> used(sys.size(), false), type_used(sys.size(), false);
  std::vector<bool> found(gold.size(), false);
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t k = 0; k < sys.size(); ++k) {
      if (used[k] || sys[k].type != gold[i].type ||
          !PartiesMatch(gold[i], sys[k]))
        continue;
      used[k] = true;
      found[i] = true;
      sc->triple.tp++;
      sc->by_type[gold[i].type].tp++;
      break;
    }
    for (size_t k = 0; k < sys.size(); ++k) {
      if (type_used[k] || sys[k].type != gold[i].type) continue;
      type_used[k] = true;
      sc->type.tp++;
      break;
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    if (found[i]) continue;
    const std::string why = MissedWhy(gold[i], sys, doc_actors, lex, uncoded);
    sc->errors.push_back(where + ": missed " + gold[i].what + "  (" +
                         why.substr(8) + ")");
    sc->why[why]++;
  }
  for (size_t k = 0; k < sys.size(); ++k) {
    if (used[k]) continue;
    sc->errors.push_back(where + ": false  " + sys[k].what);
    bool typed = false;
    for (const Coded& g : gold) typed = typed || g.type == sys[k].type;
    sc->why[typed ? "false: its type is in the gold, its parties differ"
                  : "false: no gold event of its type"]++;
  }
}

// One actor as the scorer sees it: its key, or the stems of its name,
// aliases and surface forms in the document.
std::set<std::string> ActorSet(const Document& doc, int32_t a, bool by_key) {
  std::set<std::string> s;
  if (by_key) {
    s.insert(doc.actors[a].key);
    return s;
  }
  s = Stems(doc.actors[a].name);
  for (const std::string& al : doc.actors[a].aliases) {
    for (const std::string& x : Stems(al)) s.insert(x);
  }
  for (const Mention& m : doc.mentions) {
    if (m.actor != a) continue;
    for (const std::string& x : Stems(doc.Text(m.span))) s.insert(x);
  }
  return s;
}

std::vector<std::set<std::string>> DocActors(const Document& doc, bool by_key) {
  std::vector<std::set<std::string>> out;
  for (size_t a = 0; a < doc.actors.size(); ++a)
    out.push_back(ActorSet(doc, static_cast<int32_t>(a), by_key));
  return out;
}

// The system's events of the wanted types, each actor as its set in
// `actor_sets` (DocActors).
std::vector<Coded> SystemEvents(
    const Document& doc, const std::set<std::string>& types,
    const std::vector<std::set<std::string>>& actor_sets,
    float min_confidence) {
  std::vector<Coded> out;
  for (const Event& e : doc.events) {
    if (!types.empty() && !types.count(e.type)) continue;
    if (e.confidence < min_confidence) continue;
    Coded c;
    c.type = e.type;
    std::string names;
    for (int32_t a : e.actor) {
      c.actor.push_back(actor_sets[a]);
      names += doc.actors[a].key + " ";
    }
    names += "-> ";
    for (int32_t a : e.recipient) {
      c.recipient.push_back(actor_sets[a]);
      names += doc.actors[a].key + " ";
    }
    c.what =
        e.type + " " + names + "[" + std::string(doc.Text(e.trigger)) + "]";
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

Status ScoreEventsPetrarch(const Pipeline& pipeline, const std::string& path,
                           EventScores* sc) {
  pugi::xml_document xml;
  const pugi::xml_parse_result parsed = xml.load_file(path.c_str());
  if (!parsed) {
    return Status::BadInput(path + ": byte " + std::to_string(parsed.offset) +
                            ": " + parsed.description());
  }
  const pugi::xml_node root = xml.child("Validation");
  if (!root) return Status::BadInput(path + ": no <Validation> element");
  std::set<std::string> types;
  std::istringstream include(root.child("Environment").child_value("Include"));
  for (std::string t; include >> t;) types.insert(t);
  for (pugi::xml_node s : root.child("Sentences").children("Sentence")) {
    const std::string id = s.attribute("id").value();
    std::vector<Coded> gold;
    for (pugi::xml_node c : s.children("EventCoding")) {
      Coded g;
      g.type = c.attribute("plover").value();
      if (!types.empty() && !types.count(g.type)) continue;
      const std::string eid = c.attribute("eid").value();
      std::string src, tgt;
      for (pugi::xml_node t : s.children("EventText")) {
        if (eid != t.attribute("eid").value()) continue;
        src = t.attribute("sourcetext").value();
        tgt = t.attribute("targettext").value();
      }
      if (!Stems(src).empty()) g.actor.push_back(Stems(src));
      if (!Stems(tgt).empty()) g.recipient.push_back(Stems(tgt));
      g.what = g.type + " " + src + " -> " + tgt;
      gold.push_back(std::move(g));
    }
    Document doc;
    doc.text = s.child_value("Text");
    while (!doc.text.empty() &&
           (doc.text.back() == '\n' || doc.text.back() == ' '))
      doc.text.pop_back();
    while (!doc.text.empty() &&
           (doc.text.front() == '\n' || doc.text.front() == ' '))
      doc.text.erase(0, 1);
    doc.source = path + ":" + id;
    Status st = pipeline.Run(&doc);
    if (!st.ok()) return st;
    const auto actors = DocActors(doc, false);
    Score(gold, SystemEvents(doc, types, actors, sc->min_confidence), actors,
          nullptr, {}, id, sc);
  }
  return Status::Ok();
}

Status ScoreEventsJsonl(const Pipeline& pipeline, const std::string& gold_path,
                        const std::string& corpus_path, EventScores* sc,
                        const EventLexicon* lex) {
  auto visit = [&](const Json& g, const std::string& where,
                   const std::string& id, const Document& doc) -> Status {
    auto events = g.find("events");
    if (events == g.end() || !events->is_array())
      return Status::BadInput(where + ": no \"events\" array");
    std::vector<Coded> want;
    for (const Json& e : *events) {
      Coded c;
      c.type = JsonStr(e, "type");
      if (c.type.empty())
        return Status::BadInput(where + ": event with no type");
      std::string names;
      for (const char* role : {"actor", "recipient"}) {
        auto r = e.find(role);
        if (r == e.end()) continue;
        if (!r->is_array())
          return Status::BadInput(where + ": \"" + role + "\" is not a list");
        for (const Json& k : *r) {
          if (!k.is_string())
            return Status::BadInput(where + ": actor keys are strings");
          (role[0] == 'a' ? c.actor : c.recipient)
              .push_back({GoldKey(k.get<std::string>())});
          names += k.get<std::string>() + " ";
        }
        if (role[0] == 'a') names += "-> ";
      }
      c.trigger = JsonStr(e, "trigger");
      c.what = c.type + " " + names + "[" + c.trigger + "]";
      want.push_back(std::move(c));
    }
    const auto actors = DocActors(doc, true);
    Score(want, SystemEvents(doc, {}, actors, sc->min_confidence), actors, lex,
          UncodedOf(doc), id, sc);
    return Status::Ok();
  };
  return ForEachGoldDocument(pipeline, gold_path, corpus_path, visit);
}

}  // namespace rasd
