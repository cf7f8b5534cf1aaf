// The facts layer's word lists (data/facts/*.tsv), loaded once and shared
// read-only by the dates, amounts and quotes steps.
//
// Every list entry is one or more words; each word is stored in its
// normalised form (NormalizeString), so a list needs one spelling per word
// that differs after normalisation. Matching walks a document's content
// words (hosts and whole words; proclitics such as و ب ل ف are skipped, so
// "وفي يناير" and "بقيمة" match "يناير" and "قيمة") and takes the longest
// entry. Tables built with `article_optional` also match a word that carries
// the article ال when the entry does not (الدولار الأمريكي → دولار أمريكي).
//
// Thread-safety: immutable after Load; shared by all threads.
#ifndef RASD_FACTS_LEXICON_H_
#define RASD_FACTS_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "facts/word_seq.h"
#include "rasd/status.h"
#include "util/key_filter.h"

namespace rasd {

// A match of a phrase table entry on a word sequence.
struct PhraseMatch {
  int32_t entry = -1;  // index into the table's rows; -1 = no match
  uint32_t words = 0;  // number of sequence items covered
};

// Transparent string hash: maps keyed by std::string, looked up by view.
// XXH3: every word of every document is looked up once (FactsLexicon::Mark).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const;
};

constexpr int kFactsTables = 20;

// A list of multi-word entries with one payload row each.
class PhraseTable {
 public:
  struct Entry {
    std::vector<std::string> rest;  // words after the first
    int32_t row;
  };

  // `id` is this table's index in FirstWord::entries and its bit in
  // SeqItem::first_of (see FactsLexicon::Mark).
  explicit PhraseTable(int id, bool article_optional = false)
      : id_(id), bit_(1u << id), article_optional_(article_optional) {}

  // Adds the normalised words of `form` (split on spaces) as entry `row`.
  void Add(std::string_view form, int32_t row);

  // The longest entry that starts at item i of `seq`; items must be words
  // (punctuation items never match unless an entry is that mark).
  PhraseMatch Match(const WordSeq& seq, size_t i) const {
    if (i >= seq.items.size() || !(seq.items[i].first_of & bit_)) return {};
    return MatchAt(seq, i);
  }

  bool empty() const { return first_.empty(); }
  uint32_t Bit() const { return bit_; }

  // The row of the one-word entry `word` (normalised); -1 if none.
  int32_t Lookup(std::string_view word) const;

 private:
  PhraseMatch MatchAt(const WordSeq& seq, size_t i) const;
  bool WordEquals(std::string_view word, std::string_view key) const;
  bool ItemEquals(const SeqItem& item, std::string_view key) const {
    return WordEquals(item.norm, key) ||
           (item.token_norm.size() > item.norm.size() &&
            item.token_norm == key);
  }

  friend struct FactsLexicon;
  int id_;
  uint32_t bit_;
  bool article_optional_;
  std::unordered_map<std::string, std::vector<Entry>, StringHash,
                     std::equal_to<>>
      first_;
};

// What the tables hold for one first word (FactsLexicon::first_of).
struct FirstWord {
  uint32_t mask = 0;  // bit t: table t has entries starting with the word
  const std::vector<PhraseTable::Entry>* entries[kFactsTables] = {};
};

enum class NumberKind : uint8_t {
  kUnit,
  kPreteen,
  kTeen,
  kTen,
  kHundred,
  kScale,
  kDual,
  kFraction
};

enum class CiteKind : uint8_t {
  kAccording,
  kChannel,
  kVoice,
  kMedium,
  kTurn,
  kStatement,
  kNone  // a phrase with a cue word that is no cue (فيما يتعلق)
};
enum class SpeechKind : uint8_t { kVerb, kCont, kRelay, kNone };

struct FactsLexicon {
  struct Month {
    int month;
    bool hijri;
    bool alone;  // a month even with nothing around it (months.tsv)
    std::string form;
  };
  struct Ordinal {
    int value;
    bool ten;  // العشرين، الثلاثين: joined by و after a unit ordinal
    bool teen;          // عشر after a unit ordinal: +10
    bool noun = false;  // غرة: a noun for the day, the month follows it
  };
  struct Season {
    int middle;  // middle month (1..12); 0 = a name (الربيع العربي)
    std::string form;
  };
  struct Number {
    double value;
    NumberKind kind;
  };
  struct Currency {
    std::string code;
    std::string family;
    std::string form;
  };
  struct Issuer {
    std::string code;     // ISO 4217
    std::string family;   // its family in currencies.tsv
    std::string country;  // ISO 3166-1 alpha-3
  };
  struct Unit {
    std::string unit;  // the SPEC unit: "person" for every kind of people
    std::string form;
    std::string what;  // the kind of people (soldier, migrant), else ""
    bool measure;      // a distance or area: no amount, but no year either
  };
  struct Relative {
    int unit;  // 1..4: day, week, month, year; 5: the date told before
    int offset;
    bool event;  // counted from a time in the story, not publication
    std::string form;
  };
  struct TimeUnit {
    int unit;
    int count;
  };
  struct Qualifier {
    bool date;
    std::string tag;
    std::string form;
  };
  struct Speech {
    std::string lemma;
    SpeechKind kind;
    bool past = false;  // a past-tense verb: its form starts with the lemma
  };
  struct Cite {
    CiteKind kind;
    std::string form;
  };

  std::vector<Month> months;
  std::vector<int> weekdays;
  std::vector<Number> numbers;
  std::vector<Currency> currencies;
  std::vector<Issuer> issuers;  // currency_countries.tsv
  std::vector<Unit> units;
  std::vector<Relative> relatives;
  std::vector<TimeUnit> time_units;
  std::vector<Qualifier> qualifiers;
  std::vector<Speech> speech;
  std::vector<Cite> cites;
  std::vector<Ordinal> ordinals;
  std::vector<Season> seasons;

  PhraseTable month_table{0};
  PhraseTable weekday_table{1, true};
  PhraseTable number_table{2};
  PhraseTable currency_table{3, true};
  PhraseTable unit_table{4, true};
  PhraseTable relative_table{5};
  PhraseTable time_unit_table{6};
  PhraseTable qualifier_table{7};
  PhraseTable speech_table{8};
  PhraseTable cite_table{9};
  PhraseTable source_table{10, true};    // anonymous-source heads
  std::vector<bool> source_group;        // per source_table row: a group head
  PhraseTable outlet_table{11};          // known outlet names
  PhraseTable audience_table{12, true};  // not outlets: الصحافيين
  PhraseTable stop_table{13};         // words that end a speaker/outlet phrase
  PhraseTable label_table{14, true};  // القرار 1970: a number, not a year
  PhraseTable ordinal_table{15};      // الأول، الحادي عشر (days)
  PhraseTable season_table{16};       // الصيف، شتاء
  PhraseTable body_table{17};  // المؤسسة، الوزارة: a body as subject
  PhraseTable report_table{18, true};  // أرقام، تقديرات: figures cite a maker
  PhraseTable future_table{19};  // من المقرر أن: the sentence is ahead

  // Which tables have an entry starting with a word: one hash lookup per
  // word then gates every table's Match (most words start no entry).
  std::unordered_map<std::string, FirstWord, StringHash, std::equal_to<>>
      first_of;
  KeyFilter first_keys;         // the keys of first_of, asked first
  uint32_t article_tables = 0;  // bits of the article_optional tables
  size_t longest_first = 0;     // bytes of the longest key of first_of
  // A date can start only at a number or a word that begins an entry of
  // one of these tables (or قبل/منذ/بعد and عام/يوم forms, tested by the
  // date finder).
  uint32_t DateBits() const {
    return month_table.bit_ | weekday_table.bit_ | relative_table.bit_ |
           qualifier_table.bit_ | time_unit_table.bit_ | outlet_table.bit_ |
           ordinal_table.bit_ | season_table.bit_;
  }

  // Sets SeqItem::first_of for every item of *seq.
  void Mark(WordSeq* seq) const;

  // Loads every list from `dir` (data/facts). Errors name file:line.
  static Result<std::shared_ptr<const FactsLexicon>> Load(
      const std::string& dir);
};

}  // namespace rasd

#endif  // RASD_FACTS_LEXICON_H_
