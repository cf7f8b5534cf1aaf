// The actor knowledge base: who and what a document may name, loaded from
// data/kb/*.tsv and users' own --kb files (the format is set out at the top
// of kb.cc).
//
// Every name is keyed the way documents are: it goes through the word layer
// (normalise, tokenise, split clitics, light stem), so the name الروسية in
// the KB and the word والروسية in a document meet on the same host word.
// A phrase word compares on two levels, and the level says what the
// surface was:
//   form  the normalised word without its article (روسيا, روسيه, موسكو):
//         exact; the kind of the listed phrase (name, adjective, metonym,
//         title) is the kind of the hit.
//   stem  the light stem (الروسيين → روسي, الحكومات → حكوم): an inflection
//         of the listed word, same kind.
// A one-word phrase also meets a document word on the index key
// (word_view.h: روسيا روسي الروسيه → روس) when the document word is a nisba
// (its stem ends in ي): the hit is then an adjective of the entry, whatever
// the listed word was. A name listed without the article does not match a
// word that has one (the alias سورية is Syria; السورية is its nisba), and a
// one-word name listed with it does not match a word without (جزيرة is an
// island, سعودية an adjective). A word that only shares the key but is no
// nisba (سور, a wall, vs سوريا) does not match; nor a stem-level match that
// adds or drops a ة (الرياضة vs الرياض) or the plural ات (الإمارة vs
// الإمارات). A name whose first letters the word layer splits off as
// clitics (واس: و + اس) matches only with them.
//
// Thread-safety: immutable after Load; Match and the lookups are const and
// reentrant, and allocate only the hits they return.
#ifndef RASD_KB_KB_H_
#define RASD_KB_KB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kb/phrase_index.h"
#include "rasd/document.h"
#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd {

// What a matched surface is to its entry.
enum class NameKind : uint8_t {
  kName,       // name_ar or an alias: روسيا, خليفة حفتر, حفتر
  kAdjective,  // a nisba: الروسي, الروسية, الروس
  kMetonym,    // a seat standing for the actor: موسكو, الكرملين
  kTitle,  // a title from titles.tsv: المشير, وزير الخارجية
};
std::string_view NameKindName(NameKind k);

struct KbEntry {
  std::string key;  // lowercase ASCII slug, unique across files
  EntityType type = EntityType::kMisc;
  std::string country;   // ISO 3166-1 alpha-3 or empty
  std::string wikidata;  // Q-id or empty
  std::string name_en;
  std::string name_ar;  // canonical Arabic name
  std::vector<std::string> aliases, adjectives, metonyms;
  // Aliases listed with a leading ~ (the ~ dropped): names generic enough
  // to be another state's body (الجيش الوطني، مجلس النواب), matched only
  // in a document that names the entry's country otherwise.
  std::vector<std::string> local_aliases;
  bool outlet = false;  // from outlets.tsv: a newspaper, channel or agency
  bool state = false;   // from countries.tsv: a state or territory
};

// titles.tsv `kind`.
enum class TitleKind : uint8_t { kOffice, kRank, kHonorific };

struct KbTitle {
  std::string title;  // Arabic, as listed
  std::string role;   // a roles.tsv role code; empty for `none`
  TitleKind kind = TitleKind::kHonorific;
};

struct KbRole {
  int32_t actor = -1;  // entry index (resolved once every file is read)
  std::string actor_key;
  std::string role;
  std::string country;   // ISO3 of the office, or an organisation's key
  std::string from, to;  // ISO date prefixes; empty `to` = still in office
};

// A match over Document::words: words [begin, end), the leading proclitics
// of the first token left out (unless the listed name has them too).
struct KbHit {
  uint32_t begin = 0;
  uint32_t end = 0;
  NameKind kind = NameKind::kName;
  // Entry index (kTitle: index into titles()).
  int32_t id = -1;
  // When the same surface is also listed as another entry's metonym (موسكو
  // the city and موسكو for Russia), that entry; else -1.
  int32_t metonym_of = -1;
  bool local = false;  // matched through a local alias (KbEntry)
};

// Transparent hashing, so lookups take string_views without allocating.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};

class KnowledgeBase {
 public:
  // Loads `paths` in order: each a .tsv file or a directory whose *.tsv
  // files load in name order. A row whose key an earlier file defined
  // replaces it (that is how --kb overrides). Names are keyed with
  // `word_layer`, a pipeline that stops after "words". Errors name
  // file:line.
  static Result<std::unique_ptr<const KnowledgeBase>> Load(
      const std::vector<std::string>& paths, const Pipeline& word_layer);

  // An empty knowledge base (no data files).
  static std::unique_ptr<const KnowledgeBase> Empty();

  // Appends to *hits the longest non-overlapping matches over doc.words,
  // left to right. The actors and events steps both ask, so each thread
  // keeps its last document's hits, with a copy of what they were found
  // from (the normalised text, words and token kinds): asked again about
  // the same words, Match copies them.
  void Match(const Document& doc, std::vector<KbHit>* hits) const;

  // The entry that held `role` for `country` on `date` (ISO prefix), or -1.
  // No date, no answer: an office holder is not guessed.
  int32_t RoleHolder(std::string_view role, std::string_view country,
                     std::string_view date) const;

  // Entry index of `key`, or -1.
  int32_t Find(std::string_view key) const;

  const std::vector<KbEntry>& entries() const { return entries_; }
  const std::vector<KbTitle>& titles() const { return titles_; }
  const std::vector<KbRole>& roles() const { return roles_; }

  // A phrase as the word layer keys it: one item per syntactic word.
  struct PhraseWord {
    std::string form;  // normalised, article off; clitics as they are
    std::string stem;  // light stem (hosts); the form for clitics
    bool clitic = false;
    bool article = false;   // written with the article
    bool new_token = true;  // starts a token (not after a proclitic)
  };
  struct Phrase {
    // Proclitics the word layer split off the first word of the listed
    // name (سيرجي → س + يرجي): matched from the host, then taken into the
    // hit when the document has them too.
    std::vector<std::string> lead;
    std::vector<PhraseWord> words;
    NameKind kind = NameKind::kName;
    int32_t id = -1;
    bool local = false;  // a local alias (KbEntry::local_aliases)
  };

 private:
  KnowledgeBase();
  void MatchWords(const Document& doc, std::vector<KbHit>* hits) const;
  // The best hit of at most `max_len` words starting at word i, if any.
  bool BestAt(const Document& doc, uint32_t i, size_t max_len,
              KbHit* hit) const;
  Status AddPhrase(std::string_view text, NameKind kind, int32_t id,
                   const Pipeline& word_layer, bool local = false);
  void Index();

  std::vector<KbEntry> entries_;
  std::vector<KbTitle> titles_;
  std::vector<KbRole> roles_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> by_key_;
  // First word's index key → phrase indexes, longest phrases first.
  PhraseIndex by_first_;
  const uint64_t instance_;  // tells knowledge bases apart for Match
};

}  // namespace rasd

#endif  // RASD_KB_KB_H_
