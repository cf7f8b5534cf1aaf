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

namespace rasd {

// A match of a phrase table entry on a word sequence.
struct PhraseMatch {
  int32_t entry = -1;  // index into the table's rows; -1 = no match
  uint32_t words = 0;  // number of sequence items covered
};

// A list of multi-word entries with one payload row each.
class PhraseTable {
 public:
  explicit PhraseTable(bool article_optional = false)
      : article_optional_(article_optional) {}

  // Adds the normalised words of `form` (split on spaces) as entry `row`.
  void Add(std::string_view form, int32_t row);

  // The longest entry that starts at item i of `seq`; items must be words
  // (punctuation items never match unless an entry is that mark).
  PhraseMatch Match(const WordSeq& seq, size_t i) const;

  bool empty() const { return first_.empty(); }

  // The row of the one-word entry `word` (normalised); -1 if none.
  int32_t Lookup(std::string_view word) const;

 private:
  struct Entry {
    std::vector<std::string> rest;  // words after the first
    int32_t row;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  const std::vector<Entry>* Find(std::string_view w) const;
  bool WordEquals(std::string_view word, std::string_view key) const;
  bool ItemEquals(const SeqItem& item, std::string_view key) const {
    return WordEquals(item.norm, key) ||
           (item.token_norm.size() > item.norm.size() &&
            item.token_norm == key);
  }

  bool article_optional_;
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>>
      first_;
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

enum class CiteKind : uint8_t { kAccording, kChannel, kVoice, kMedium, kTurn };
enum class SpeechKind : uint8_t { kVerb, kCont, kRelay, kNone };

struct FactsLexicon {
  struct Month {
    int month;
    bool hijri;
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
  struct Unit {
    std::string unit;
    std::string form;
  };
  struct Relative {
    int unit;  // 1..4: day, week, month, year
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
  };
  struct Cite {
    CiteKind kind;
    std::string form;
  };

  std::vector<Month> months;
  std::vector<int> weekdays;
  std::vector<Number> numbers;
  std::vector<Currency> currencies;
  std::vector<Unit> units;
  std::vector<Relative> relatives;
  std::vector<TimeUnit> time_units;
  std::vector<Qualifier> qualifiers;
  std::vector<Speech> speech;
  std::vector<Cite> cites;

  PhraseTable month_table;
  PhraseTable weekday_table{/*article_optional=*/true};
  PhraseTable number_table;
  PhraseTable currency_table{true};
  PhraseTable unit_table{true};
  PhraseTable relative_table;
  PhraseTable time_unit_table;
  PhraseTable qualifier_table;
  PhraseTable speech_table;
  PhraseTable cite_table;
  PhraseTable source_table{true};    // anonymous-source heads
  PhraseTable outlet_table;          // known outlet names
  PhraseTable audience_table{true};  // not outlets: الصحافيين
  PhraseTable stop_table;            // words that end a speaker/outlet phrase

  // Loads every list from `dir` (data/facts). Errors name file:line.
  static Result<std::shared_ptr<const FactsLexicon>> Load(
      const std::string& dir);
};

}  // namespace rasd

#endif  // RASD_FACTS_LEXICON_H_
