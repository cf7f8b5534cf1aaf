#include "eval/events_eval.h"

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

// Why a gold event was missed, in words an analyst can act on: the
// trigger vocabulary (no event of the type), the actor layer (a party the
// document's actors never name) or the choice of arguments among the
// actors found. (Score says why a false event is false.)
std::string MissedWhy(const Coded& g, const std::vector<Coded>& sys,
                      const std::vector<std::set<std::string>>& doc_actors) {
  bool typed = false, actor_right = false;
  for (const Coded& s : sys) {
    if (s.type != g.type) continue;
    typed = true;
    actor_right = actor_right || ArgMatches(g.actor, s.actor);
  }
  if (!typed) return "missed: no event of its type";
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
    sc->errors.push_back(where + ": missed " + gold[i].what);
    sc->why[MissedWhy(gold[i], sys, doc_actors)]++;
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
    const std::vector<std::set<std::string>>& actor_sets) {
  std::vector<Coded> out;
  for (const Event& e : doc.events) {
    if (!types.empty() && !types.count(e.type)) continue;
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
    Score(gold, SystemEvents(doc, types, actors), actors, id, sc);
  }
  return Status::Ok();
}

Status ScoreEventsJsonl(const Pipeline& pipeline, const std::string& gold_path,
                        const std::string& corpus_path, EventScores* sc) {
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
      c.what = c.type + " " + names + "[" + JsonStr(e, "trigger") + "]";
      want.push_back(std::move(c));
    }
    const auto actors = DocActors(doc, true);
    Score(want, SystemEvents(doc, {}, actors), actors, id, sc);
    return Status::Ok();
  };
  return ForEachGoldDocument(pipeline, gold_path, corpus_path, visit);
}

}  // namespace rasd
