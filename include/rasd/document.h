// The document model: one article's raw text plus flat layers of plain
// structs, in the manner of spaCy's Doc.
//
// Invariants
//  - `text` is valid UTF-8: the decoded article exactly as analysed. Every
//    span in every layer is a half-open byte range [begin, end) into `text`
//    that starts and ends on code-point boundaries. The rasd/1 writer turns
//    them into code-point offsets (SPEC §1); nothing else does.
//  - Layers refer to each other by index (Mention::actor indexes `actors`,
//    Event::date indexes `dates`, ...); -1 means "none".
//  - Pipeline steps only append to layers: a step reads earlier layers and
//    adds its own, it never rewrites another step's output.
// Thread-safety: a Document is a value; one thread owns it at a time.
#ifndef RASD_DOCUMENT_H_
#define RASD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rasd {

// A byte range [begin, end) into Document::text (or, where a comment says
// so, into Document::norm.text).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// The text rewritten for matching (alef/hamza forms, ya, ta marbuta,
// tatweel, harakat, presentation forms, digits, bidi marks), with an
// alignment back to the raw text: to_raw[i] is the byte offset in the raw
// text where normalised byte i came from; to_raw.back() == raw size.
struct Normalized {
  std::string text;
  std::vector<uint32_t> to_raw;  // size text.size() + 1, non-decreasing
};

enum class TokenKind : uint8_t {
  kArabic,  // a run of Arabic letters (with harakat, tatweel)
  kLatin,   // Latin (and other alphabetic scripts) letters and digits
  kNumber,  // digits, with inner decimal/thousands separators: 2.9  ٢٫٩  1,800
  kPunct,   // one punctuation mark (or a run of dots: ...)
  kSymbol,  // currency and other symbols: $ € % +
  kOther,   // anything else that is not whitespace (emoji, stray marks)
};

struct Token {
  Span span;  // raw text
  Span norm;  // into Document::norm.text
  TokenKind kind = TokenKind::kOther;
};

// A syntactic word in the Universal Dependencies Arabic scheme: a token
// split into proclitics (و ف ب ل ك س), the host word (with its article ال)
// and enclitic pronouns (ه ها هم ...). Non-Arabic tokens are one word each.
enum class WordRole : uint8_t { kWhole, kProclitic, kHost, kEnclitic };

struct Word {
  Span span;           // raw text; the words of a token tile it exactly
  Span norm;           // into Document::norm.text
  Span stem;           // light stem of a host/whole word, into norm.text
                       // (empty for clitics and non-words)
  uint32_t token = 0;  // index into Document::tokens
  WordRole role = WordRole::kWhole;
};

struct Sentence {
  Span span;                 // raw text, without surrounding whitespace
  uint32_t token_begin = 0;  // tokens[token_begin, token_end)
  uint32_t token_end = 0;
};

struct Meta {
  std::string title;      // empty = null
  std::string url;        // empty = null
  std::string outlet;     // empty = null
  std::string published;  // ISO 8601 date or date-time; empty = null
  std::string lang = "ar";
  // Other input fields kept as given: (key, JSON text of the value).
  std::vector<std::pair<std::string, std::string>> extra;
};

// SPEC §1 entity and actor types.
enum class EntityType : uint8_t { kPer, kOrg, kGpe, kLoc, kFac, kMisc };
std::string_view EntityTypeName(EntityType t);

struct Mention {
  Span span;
  EntityType type = EntityType::kMisc;
  int32_t actor = -1;
};

struct Actor {
  std::string key;      // stable across documents and runs
  std::string name;     // canonical Arabic name
  std::string name_en;  // empty = null
  EntityType type = EntityType::kMisc;
  std::string country;               // ISO 3166-1 alpha-3, empty = null
  std::string wikidata;              // QID, empty = unknown
  std::vector<std::string> aliases;  // surface forms seen in this document
  std::string role;  // office (roles.tsv code) a title gave it, empty = null
  bool name_en_learned = false;  // name_en is a transliteration, not the KB's
};

enum class DatePrecision : uint8_t { kNone, kYear, kMonth, kDay, kWeek };
enum class RelativeUnit : uint8_t { kNone, kDay, kWeek, kMonth, kYear };

struct DateExpr {
  Span span;
  std::string value;  // ISO 8601 prefix; empty = null (unresolvable)
  DatePrecision precision = DatePrecision::kNone;
  RelativeUnit relative_unit = RelativeUnit::kNone;  // kNone = absolute
  int32_t relative_offset = 0;
  std::string mod =
      {};  // "start", "mid", "end" (مطلع، منتصف، نهاية); empty = none
  std::string calendar = {};  // "hijri" when written in the Hijri calendar
  std::string rule = {};      // which rule and list entries recognised it
};

struct Amount {
  Span span;
  double value = 0;
  std::string unit;         // ISO 4217 code, "percent", or a counted thing
  std::string what = {};    // for unit "person": soldier, migrant, … or ""
  std::string approx = {};  // "about", "more_than", "less_than", "at_least"
  std::string rule = {};    // which rule and list entries recognised it
};

struct Quote {
  Span span;
  int32_t speaker = -1;  // actor index
  std::string cue;       // the speech verb or citation cue as written
  int32_t outlet = -1;   // actor index of the cited outlet
  bool direct = false;
  // Until every speaker and outlet is an actor, the phrases themselves:
  Span speaker_span = {};  // raw text; empty = none
  std::string speaker_kind =
      {};                 // "named", "anonymous", "pronoun"; empty = none
  Span outlet_span = {};  // raw text; empty = none
  Span via_span = {};  // the outlet the cited outlet quoted (X نقلا عن Y: Y)
  std::string rule = {};  // which rule and list entries recognised it
};

enum class Modality : uint8_t {
  kAsserted,
  kNegated,
  kFuture,
  kHypothetical,
  kReported
};
std::string_view ModalityName(Modality m);

struct Event {
  std::string type;  // PLOVER type: AGREE, CONSULT, ... ASSAULT
  std::string mode;  // PLOVER mode, empty = null
  std::vector<std::string> context;
  std::string cameo;               // CAMEO root code, empty = null
  std::vector<int32_t> actor;      // actor indexes
  std::vector<int32_t> recipient;  // actor indexes
  int32_t date = -1;               // index into dates
  int32_t amount = -1;             // index into amounts
  int32_t location = -1;           // actor index
  Span trigger;
  Span evidence;
  Modality modality = Modality::kAsserted;
  int32_t attributed_to = -1;  // actor index
  float confidence = 0;
  std::string rule = {};  // trigger row and argument rules (--explain)
};

struct Document {
  std::string id;  // the input's own id, else a hash of the text
  std::string
      source;  // where it came from: "path", "path:line", "a.tgz:member"
  Meta meta;
  std::string text;                   // valid UTF-8; all spans point into it
  std::vector<std::string> warnings;  // recoverable input problems

  Normalized norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Word> words;
  std::vector<Mention> mentions;
  std::vector<Actor> actors;
  std::vector<DateExpr> dates;
  std::vector<Amount> amounts;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  // Triggers found but coded as no event: each with the type its row (or
  // qualifier) gives, its trigger and evidence, and in `rule` why it was
  // not coded. For people and the scorer (rasd explain --uncoded, eval
  // --why); not part of the JSON record.
  std::vector<Event> uncoded;

  std::string_view Text(Span s) const {
    return std::string_view(text).substr(s.begin, s.size());
  }
  std::string_view NormText(Span s) const {
    return std::string_view(norm.text).substr(s.begin, s.size());
  }
};

// Hex of a 64-bit hash of `text`: the id of a document that has none.
std::string TextId(std::string_view text);
// Hex of a 128-bit hash of `text`: the store's content key.
std::string ContentKey(std::string_view text);

}  // namespace rasd

#endif  // RASD_DOCUMENT_H_
