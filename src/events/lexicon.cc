#include "events/lexicon.h"

#include <algorithm>

#include "morph/stemmer.h"
#include "text/normalize.h"
#include "util/tsv.h"

namespace rasd {
namespace {

// Normalised letters used by the conjugator.
constexpr std::string_view kYa = "\xD9\x8A";    // ي
constexpr std::string_view kTa = "\xD8\xAA";    // ت
constexpr std::string_view kNun = "\xD9\x86";   // ن
constexpr std::string_view kAlef = "\xD8\xA7";  // ا
constexpr std::string_view kWaw = "\xD9\x88";   // و

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

Status Bad(const std::string& path, int line, const std::string& why) {
  return Status::BadInput(path + ":" + std::to_string(line) + ": " + why);
}

bool KnownType(std::string_view t) {
  static const char* kTypes[] = {
      "AGREE",    "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT",  "REQUEST",  "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT"};
  for (const char* k : kTypes)
    if (t == k) return true;
  return false;
}

}  // namespace

std::string StemOf(std::string_view norm) {
  const StemRange r = LightStem(norm);
  return std::string(norm.substr(r.begin, r.end - r.begin));
}

std::vector<std::string> EventLexicon::Conjugate(std::string_view past,
                                                 std::string_view present,
                                                 bool first_person) {
  std::vector<std::string> out;
  auto add = [&](std::string s) { out.push_back(std::move(s)); };
  const std::string p(past);
  // Past: هو هي هما (m, f) هم نحن أنتم هن.
  for (std::string_view suf :
       {"", "\xD8\xAA", "\xD8\xA7", "\xD8\xAA\xD8\xA7", "\xD9\x88\xD8\xA7",
        "\xD9\x86\xD8\xA7", "\xD8\xAA\xD9\x85", "\xD9\x86"}) {
    add(p + std::string(suf));
  }
  // A weak final letter drops before ت and وا (دعا → دعت، دعوا).
  if (EndsWith(p, kAlef) || EndsWith(p, kYa)) {
    const std::string b = p.substr(0, p.size() - 2);
    add(b + std::string(kTa));
    add(b + std::string(kTa) + std::string(kAlef));
    add(b + std::string(kWaw) + std::string(kAlef));
  }
  // Present: the core after the person prefix, with every prefix and the
  // plural/dual/subjunctive endings.
  if (present.size() > 2 && present.substr(0, 2) == kYa) {
    const std::string core(present.substr(2));
    const bool weak =
        EndsWith(core, kWaw) || EndsWith(core, kYa) || EndsWith(core, kAlef);
    const std::string short_core =
        weak ? core.substr(0, core.size() - 2) : core;
    for (std::string_view pre : {kYa, kTa, kNun, kAlef}) {
      if (pre == kAlef && !first_person) continue;
      const std::string stem = std::string(pre) + core;
      add(stem);
      add(stem + "\xD9\x88\xD9\x86");  // ون
      add(stem + "\xD8\xA7\xD9\x86");  // ان
      add(stem + "\xD9\x88\xD8\xA7");  // وا
      add(stem + "\xD8\xA7");          // ا
      add(stem + "\xD9\x8A\xD9\x86");  // ين
      if (weak) {
        const std::string s2 = std::string(pre) + short_core;
        add(s2);
        add(s2 + "\xD9\x88\xD9\x86");
        add(s2 + "\xD9\x88\xD8\xA7");
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void EventLexicon::NoteGender(const std::string& past,
                              const std::string& present) {
  auto note = [&](const std::string& form, uint8_t g) {
    uint8_t& slot = gender_[form];
    slot = slot == 0 || slot == g ? g : 3;  // 3: both, so unknown
  };
  note(past, 1);
  note(past + std::string(kTa), 2);
  for (std::string_view suf : {"", "\xD8\xAA", "\xD9\x88\xD8\xA7", "\xD8\xA7"})
    past_[past + std::string(suf)] = 1;  // ـ، ـت، ـوا، ـا
  if (EndsWith(past, kAlef) || EndsWith(past, kYa))  // دعا → دعت
    note(past.substr(0, past.size() - 2) + std::string(kTa), 2);
  if (present.size() > 2 && present.substr(0, 2) == kYa) {
    note(present, 1);
    note(std::string(kTa) + present.substr(2), 2);
    // (The weak verbs' jussive too: لم ندع.)
    const std::string core = present.substr(2);
    first_[std::string(kNun) + core] = 1;
    if (EndsWith(core, kWaw) || EndsWith(core, kYa) || EndsWith(core, kAlef))
      first_[std::string(kNun) + core.substr(0, core.size() - 2)] = 1;
  }
  // Duals: ـتا، يـان، تـان for sure; ـا and the subjunctive يـا، تـا
  // may be nouns.
  auto dual = [&](const std::string& form, uint8_t sure) {
    uint8_t& slot = dual_[form];
    slot = std::max(slot, sure);
  };
  dual(past + std::string(kAlef), 1);
  dual(past + std::string(kTa) + std::string(kAlef), 2);
  if (present.size() > 2 && present.substr(0, 2) == kYa) {
    for (std::string_view pre : {kYa, kTa}) {
      const std::string stem = std::string(pre) + present.substr(2);
      dual(stem + "\xD8\xA7\xD9\x86", 2);  // ان
      dual(stem + std::string(kAlef), 1);
    }
  }
}

int EventLexicon::IsDual(std::string_view form) const {
  auto it = dual_.find(form);
  return it == dual_.end() ? 0 : it->second;
}

bool EventLexicon::IsFirstPerson(std::string_view form) const {
  return first_.find(form) != first_.end();
}

bool EventLexicon::IsPast(std::string_view form) const {
  return past_.find(form) != past_.end();
}

int EventLexicon::GenderOf(std::string_view form) const {
  auto it = gender_.find(form);
  return it == gender_.end() || it->second == 3 ? 0 : it->second;
}

Result<std::unique_ptr<const EventLexicon>> EventLexicon::Load(
    const std::string& dir) {
  auto lex = std::unique_ptr<EventLexicon>(new EventLexicon());
  const std::string tpath = dir + "/triggers.tsv";
  Result<std::vector<TsvRow>> rows =
      ReadTsvTable(tpath, "kind\tforms\ttype\tmode\tcameo\trecipient\tmutual");
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : *rows) {
    const auto& c = r.cells;
    TriggerEntry e;
    if (c[0] == "verb" || c[0] == "crowd" || c[0] == "travel") {
      e.kind = TriggerKind::kVerb;
      e.crowd = c[0] == "crowd";
      e.travel = c[0] == "travel";
    } else if (c[0] == "noun" || c[0] == "suffered") {
      e.kind = TriggerKind::kNoun;
      e.suffered = c[0] == "suffered";
    } else if (c[0] == "passive") {
      e.kind = TriggerKind::kPassive;
    } else if (c[0] == "participle") {
      e.kind = TriggerKind::kVerb;
      e.participle = true;
    } else if (c[0] == "pverb") {
      e.kind = TriggerKind::kPassiveVerb;
    } else {
      return Bad(tpath, r.line,
                 "kind must be verb, crowd, travel, participle, noun, "
                 "suffered, passive "
                 "or pverb");
    }
    if (!KnownType(c[2])) return Bad(tpath, r.line, "unknown PLOVER type");
    if (c[4].empty()) return Bad(tpath, r.line, "empty CAMEO code");
    if (c[6] != "yes" && c[6] != "no")
      return Bad(tpath, r.line, "mutual must be yes or no");
    e.type = c[2];
    e.mode = c[3];
    e.cameo = c[4];
    e.mutual = c[6] == "yes";
    e.line = r.line;
    for (std::string_view p : SplitNonEmpty(c[5], '|')) {
      if (p == "-") continue;
      e.recipient.push_back(p == "obj" || p == "gen" ? std::string(p)
                                                     : NormalizeString(p));
    }
    const std::vector<std::string_view> forms = SplitNonEmpty(c[1], '|');
    if (forms.empty()) return Bad(tpath, r.line, "no forms");
    for (std::string_view form : forms) {
      TriggerEntry f = e;
      f.listed = std::string(form);
      const std::vector<std::string_view> words = SplitNonEmpty(form, ' ');
      for (size_t i = 1; i < words.size(); ++i)
        f.rest.push_back(StemOf(NormalizeString(words[i])));
      const uint32_t id = lex->triggers_.size();
      if (f.participle) {
        // Listed as written (accusative, masculine and feminine forms).
        lex->verbs_[NormalizeString(words[0])].push_back(id);
      } else if (f.kind == TriggerKind::kVerb ||
                 f.kind == TriggerKind::kPassiveVerb) {
        const size_t slash = words[0].find('/');
        if (slash == std::string_view::npos)
          return Bad(tpath, r.line, "a verb is listed as past/present");
        const std::string past = NormalizeString(words[0].substr(0, slash));
        // A passive with no unambiguous present (اغتيل: يغتال is active
        // too) is listed as past/-.
        const std::string present =
            words[0].substr(slash + 1) == "-"
                ? std::string()
                : NormalizeString(words[0].substr(slash + 1));
        for (const std::string& v :
             Conjugate(past, present, f.kind == TriggerKind::kVerb))
          lex->verbs_[v].push_back(id);
        lex->NoteGender(past, present);
      } else {
        lex->nouns_[StemOf(NormalizeString(words[0]))].push_back(id);
      }
      lex->triggers_.push_back(std::move(f));
    }
  }

  const std::string qpath = dir + "/qualifiers.tsv";
  rows = ReadTsvTable(qpath, "words\tapplies\ttype\tmode\tcameo\tcontext");
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : *rows) {
    const auto& c = r.cells;
    // (Type `-`: the qualified word is no event, دعم الوقود.)
    if (!KnownType(c[1]) || (!c[2].empty() && c[2] != "-" && !KnownType(c[2])))
      return Bad(qpath, r.line, "unknown PLOVER type");
    Qualifier q{c[1], c[2], c[3], c[4], c[5]};
    for (std::string_view w : SplitNonEmpty(c[0], '|'))
      lex->qualifiers_[StemOf(NormalizeString(w))].push_back(q);
  }

  const std::string cpath = dir + "/cues.tsv";
  rows = ReadTsvTable(cpath, "words\trole\twindow");
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : *rows) {
    const auto& c = r.cells;
    Cue cue;
    if (c[1] == "negated") {
      cue.role = CueRole::kNegated;
    } else if (c[1] == "future") {
      cue.role = CueRole::kFuture;
    } else if (c[1] == "hypothetical") {
      cue.role = CueRole::kHypothetical;
    } else if (c[1] == "receive") {
      cue.role = CueRole::kReceive;
    } else if (c[1] == "undergo") {
      cue.role = CueRole::kUndergo;
    } else if (c[1] == "light") {
      cue.role = CueRole::kLight;
    } else if (c[1] == "anaphor") {
      cue.role = CueRole::kAnaphor;
    } else if (c[1] == "partitive") {
      cue.role = CueRole::kPartitive;
    } else if (c[1] == "demand") {
      cue.role = CueRole::kDemand;
    } else if (c[1] == "against") {
      cue.role = CueRole::kAgainst;
    } else if (c[1] == "policy") {
      cue.role = CueRole::kPolicy;
    } else if (c[1] == "imposed") {
      cue.role = CueRole::kImposed;
    } else if (c[1] == "seize") {
      cue.role = CueRole::kSeize;
    } else if (c[1] == "loose") {
      cue.role = CueRole::kLoose;
    } else if (c[1] == "site") {
      cue.role = CueRole::kSite;
    } else if (c[1] == "control") {
      for (std::string_view w : SplitNonEmpty(c[0], '|'))
        lex->control_[NormalizeString(w)] = 1;
      continue;
    } else {
      return Bad(cpath, r.line, "unknown role '" + c[1] + "'");
    }
    cue.window = std::atoi(c[2].c_str());
    if (cue.window <= 0 || cue.window > 20)
      return Bad(cpath, r.line, "window must be 1..20");
    for (std::string_view w : SplitNonEmpty(c[0], '|'))
      lex->cues_[NormalizeString(w)] = cue;
  }

  const std::string apath = dir + "/agents.tsv";
  rows = ReadTsvTable(apath,
                      "key\ttype\tname_ar\tname_en\tviolence\tstate\twords");
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : *rows) {
    const auto& c = r.cells;
    Agent a{c[0], c[2], c[3]};
    if (c[4] != "-") {
      const std::vector<std::string_view> v = SplitNonEmpty(c[4], ' ');
      if (v.size() != 3 || !KnownType(v[0]))
        return Bad(apath, r.line, "violence is `TYPE mode cameo` or -");
      a.violence_type = v[0];
      a.violence_mode = v[1];
      a.violence_cameo = v[2];
    }
    if (c[5] != "yes" && c[5] != "-")
      return Bad(apath, r.line, "state is yes or -");
    a.state = c[5] == "yes";
    if (c[1] == "PER") {
      a.type = EntityType::kPer;
    } else if (c[1] == "ORG") {
      a.type = EntityType::kOrg;
    } else if (c[1] == "-") {
      a.party = false;
    } else {
      return Bad(apath, r.line, "type must be PER, ORG or -");
    }
    const uint32_t id = lex->agents_.size();
    lex->agents_.push_back(std::move(a));
    for (std::string_view form : SplitNonEmpty(c[6], '|')) {
      const bool whole = form.starts_with('=');
      if (whole) form.remove_prefix(1);
      const std::vector<std::string_view> words = SplitNonEmpty(form, ' ');
      if (words.empty()) return Bad(apath, r.line, "empty agent form");
      AgentForm f{{}, id, whole ? NormalizeString(words[0]) : ""};
      for (size_t i = 1; i < words.size(); ++i)
        f.rest.push_back(StemOf(NormalizeString(words[i])));
      lex->agent_forms_[StemOf(NormalizeString(words[0]))].push_back(
          std::move(f));
    }
  }
  const std::string dpath = dir + "/domains.tsv";
  rows = ReadTsvTable(dpath, "words\tdomain\tblocks\texcept");
  if (!rows.ok()) return rows.status();
  for (const TsvRow& r : *rows) {
    const auto& c = r.cells;
    Domain d{c[1], {}, {}};
    for (std::string_view k : SplitNonEmpty(c[3], '|'))
      d.except.emplace_back(k);
    for (std::string_view t : SplitNonEmpty(c[2], '|')) {
      if (!KnownType(t)) return Bad(dpath, r.line, "unknown PLOVER type");
      d.blocks.emplace_back(t);
    }
    const auto id = static_cast<uint32_t>(lex->domains_.size());
    lex->domains_.push_back(std::move(d));
    for (std::string_view w : SplitNonEmpty(c[0], '|'))
      lex->domain_words_[StemOf(NormalizeString(w))] = id;
  }
  auto confidence = events::ConfidenceModel::Load(dir + "/confidence.tsv");
  if (!confidence.ok()) return confidence.status();
  lex->confidence_ = std::move(*confidence);
  for (const auto& [form, ids] : lex->verbs_) lex->verb_keys_.Add(form);
  for (const auto& [stem, id] : lex->domain_words_) lex->domain_keys_.Add(stem);
  for (const auto& [stem, ids] : lex->nouns_) lex->noun_keys_.Add(stem);
  for (auto& [stem, forms] : lex->agent_forms_) {
    std::stable_sort(forms.begin(), forms.end(),
                     [](const AgentForm& a, const AgentForm& b) {
                       if (a.rest.size() != b.rest.size())
                         return a.rest.size() > b.rest.size();
                       return !a.whole.empty() && b.whole.empty();
                     });
  }
  return std::unique_ptr<const EventLexicon>(std::move(lex));
}

const std::vector<uint32_t>* EventLexicon::VerbsOf(
    std::string_view form) const {
  if (!verb_keys_.MayHave(form)) return nullptr;
  auto it = verbs_.find(form);
  return it == verbs_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* EventLexicon::NounsOf(
    std::string_view stem) const {
  if (!noun_keys_.MayHave(stem)) return nullptr;
  auto it = nouns_.find(stem);
  return it == nouns_.end() ? nullptr : &it->second;
}

const std::vector<Qualifier>* EventLexicon::QualifiersOf(
    std::string_view stem) const {
  auto it = qualifiers_.find(stem);
  return it == qualifiers_.end() ? nullptr : &it->second;
}

const std::vector<AgentForm>* EventLexicon::AgentsOf(
    std::string_view stem) const {
  auto it = agent_forms_.find(stem);
  return it == agent_forms_.end() ? nullptr : &it->second;
}

const Cue* EventLexicon::CueOf(std::string_view form) const {
  auto it = cues_.find(form);
  return it == cues_.end() ? nullptr : &it->second;
}

int EventLexicon::DomainOf(std::string_view stem) const {
  if (!domain_keys_.MayHave(stem)) return -1;
  auto it = domain_words_.find(stem);
  return it == domain_words_.end() ? -1 : static_cast<int>(it->second);
}

}  // namespace rasd
