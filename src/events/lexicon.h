// The event layer's tables (data/events/*.tsv), loaded once and shared
// read-only by all threads:
//   triggers.tsv    words that say an event happened → PLOVER type, mode,
//                   CAMEO code, how the recipient is marked
//   qualifiers.tsv  words after a trigger that refine it (دعم عسكري → AID)
//   cues.tsv        modality cues (لم، سوف، قد …) and verbs of receiving
//   domains.tsv     words that say a report is about sport, not politics
//
// Every listed word is normalised (text/normalize.h). Verbs are listed as
// past/present pairs and every conjugation the generator knows is indexed
// as a whole host word (دعم/يدعم → دعمت، دعموا، يدعمون، تدعم …). Nouns and
// qualifiers are indexed by their light stem (morph/stemmer.h), so the
// article, clitics and number/gender endings do not matter.
#ifndef RASD_EVENTS_LEXICON_H_
#define RASD_EVENTS_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/confidence.h"
#include "morph/model_file.h"
#include "rasd/document.h"
#include "rasd/status.h"
#include "util/key_filter.h"

namespace rasd {

// kPassiveVerb: a verb form that is passive without vowels (أصيب،
// استشهد): its subject is the one the act was done to.
enum class TriggerKind : uint8_t { kVerb, kNoun, kPassive, kPassiveVerb };

struct TriggerEntry {
  TriggerKind kind = TriggerKind::kNoun;
  std::string type, mode, cameo;
  // How the recipient is marked, in order of preference: "obj" (the
  // object), "gen" (a noun's genitive: مقتل الحريري) or a normalised
  // preposition (ل، الي، مع، من …).
  std::vector<std::string> recipient;
  bool mutual = false;  // all parties are actors (meetings, agreements)
  // A crowd verb (خرج، سار، رفع لافتات): an event only when every actor is
  // a crowd, a generic agent with a `violence` coding (protesters).
  bool crowd = false;
  // A verb of travel (وصل إلى، حط في، صعد إلى متن): a visit only when a
  // named party travels to a state, a leader or what a state owns.
  bool travel = false;
  // An active participle used as an adverb after a clause (داعيا،
  // مطالبا، متوعدا): a verb whose subject is that clause's subject.
  bool participle = false;
  // A noun of what was suffered (مقتل، إصابة): its doer is named only by
  // على يد or برصاص, never by the subject of the clause around it
  // (أعلنت الشرطة مقتل سبعة أشخاص: the police report, they did not kill).
  bool suffered = false;
  // Stems of the words after the first (phrases: إطلاق نار، فتح سفارة).
  std::vector<std::string> rest;
  std::string listed;  // the form as listed, for --explain
  int line = 0;        // line in triggers.tsv
};

struct Qualifier {
  std::string applies;  // the trigger type it refines
  // The new coding; type `-`: the word so qualified is no event.
  std::string type, mode, cameo, context;
};

enum class CueRole : uint8_t {
  kNegated,
  kFuture,
  kHypothetical,
  kReceive,
  kUndergo,
  kLight,
  kAnaphor,
  kPartitive,
  kDemand,
  kAgainst,
  kPolicy,
  kImposed,
  kSeize,
  kLoose,
  kSite
};

struct Cue {
  CueRole role = CueRole::kNegated;
  int window = 0;
};

// A generic agent (agents.tsv): protesters, police, gunmen.
struct Agent {
  std::string key, name_ar, name_en;
  EntityType type = EntityType::kOrg;
  // How an attack by this agent is coded instead of ASSAULT (protesters
  // who burn or smash: PROTEST riot 145); empty type: ASSAULT stays.
  std::string violence_type, violence_mode, violence_cameo;
  // Counted persons (أشخاص، قتلى): a phrase that stands where an argument
  // does, so no search passes over it, but names no party (type `-`).
  bool party = true;
  // A body of a state (the police, the army, officials): with a state's
  // nisba after it (الشرطة التركية), that state is the actor.
  bool state = false;
};

// A domain (domains.tsv): words that, used often in a report, say what it
// is about (a football match), and the event types its attack words then
// do not code (a team's attack, a player hurt).
struct Domain {
  std::string name;
  std::vector<std::string> blocks;  // PLOVER types
  std::vector<std::string> except;  // agent keys whose acts are still coded
};

struct AgentForm {
  std::vector<std::string> rest;  // stems of the words after the first
  uint32_t agent = 0;
  // A first word listed after = matches only as written, with or without
  // the article (=مقاتلات, jets, is no plural of مقاتل, a fighter).
  std::string whole;
};

// XXH3, inline (morph/model_file.h): every word of a document is looked up.
struct StrHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return HashKey(s); }
};
template <typename V>
using StrMap = std::unordered_map<std::string, V, StrHash, std::equal_to<>>;

class EventLexicon {
 public:
  // Loads <dir>/triggers.tsv, qualifiers.tsv, cues.tsv, agents.tsv,
  // domains.tsv and confidence.tsv.
  static Result<std::unique_ptr<const EventLexicon>> Load(
      const std::string& dir);

  const std::vector<TriggerEntry>& triggers() const { return triggers_; }
  // Trigger entries for a host word's normalised form (verbs) or light
  // stem (nouns, passives); nullptr when none.
  const std::vector<uint32_t>* VerbsOf(std::string_view form) const;
  const std::vector<uint32_t>* NounsOf(std::string_view stem) const;
  const std::vector<Qualifier>* QualifiersOf(std::string_view stem) const;
  const std::vector<Agent>& agents() const { return agents_; }
  // Agent phrases whose first word has this light stem, longest first.
  const std::vector<AgentForm>* AgentsOf(std::string_view stem) const;
  // A cue word (normalised form, article kept), or nullptr.
  const Cue* CueOf(std::string_view form) const;
  // Whether a form is a verb whose object is a masdar its subject does
  // (cues.tsv `control`: قرر، واصل، بدأ). Kept apart from the cues: such a
  // verb is no cue to the searches that stop at one.
  bool IsControlVerb(std::string_view form) const {
    return control_.count(form) > 0;
  }
  const std::vector<Domain>& domains() const { return domains_; }
  const events::ConfidenceModel& confidence() const { return confidence_; }
  // The domain a word's light stem belongs to, or -1.
  int DomainOf(std::string_view stem) const;

  // The person a verb form agrees with, when the form says: 1 for "he"
  // (دعم، يدعم), 2 for "she" (دعمت، تدعم: a state, a body, a woman), 0
  // when the form is plural, dual or a form of two listed verbs.
  int GenderOf(std::string_view form) const;

  // Whether the form is a past form (he, she, they) of a listed verb:
  // تجمع، تظاهروا are past though they start with ت.
  bool IsPast(std::string_view form) const;

  // Whether the form is a listed verb's present in the first person
  // plural (نطالب، ندعم، نطلب): "we", the speaker's side.
  bool IsFirstPerson(std::string_view form) const;

  // Whether the form is a dual of a listed verb, "they two": 2 when it
  // can be nothing else (اتفقتا، يتفقان، تتفقان), 1 when it may as well
  // be a noun in the accusative (اتفقا، أن يتفقا; دعما، تعاونا), else 0.
  int IsDual(std::string_view form) const;

  // Every form the generator makes of a past/present verb pair (both
  // normalised). Exposed for tests.
  // `first_person` false leaves out the أ- present forms, which are the
  // active past of a passive verb's root (أصيب → أصاب).
  static std::vector<std::string> Conjugate(std::string_view past,
                                            std::string_view present,
                                            bool first_person = true);

 private:
  void NoteGender(const std::string& past, const std::string& present);

  std::vector<TriggerEntry> triggers_;
  StrMap<uint8_t> gender_;  // GenderOf: 1, 2, or 3 (both)
  StrMap<uint8_t> past_;    // IsPast: past forms of the listed verbs
  StrMap<uint8_t> dual_;    // IsDual: dual forms of the listed verbs, 1 or 2
  StrMap<uint8_t> first_;   // IsFirstPerson: نـ present forms
  StrMap<std::vector<uint32_t>> verbs_, nouns_;
  KeyFilter verb_keys_, noun_keys_;  // in front of verbs_, nouns_
  StrMap<std::vector<Qualifier>> qualifiers_;
  StrMap<Cue> cues_;
  StrMap<uint8_t> control_;  // IsControlVerb
  std::vector<Agent> agents_;
  std::vector<Domain> domains_;
  events::ConfidenceModel confidence_;
  StrMap<uint32_t> domain_words_;
  KeyFilter domain_keys_;  // in front of domain_words_
  StrMap<std::vector<AgentForm>> agent_forms_;
};

// The light stem of a normalised word, as the word layer computes it.
std::string StemOf(std::string_view norm);

}  // namespace rasd

#endif  // RASD_EVENTS_LEXICON_H_
