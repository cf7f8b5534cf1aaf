// Loading data/facts/*.tsv. Each file: '#' comment lines, then a header line
// naming the columns, then one entry per line, tab-separated. A bad line is
// an error naming file:line, never a silent skip: a typo in a word list
// would otherwise quietly lose recall.
#include "facts/lexicon.h"

#include <xxhash.h>

#include <algorithm>
#include <charconv>

#include "text/normalize.h"
#include "util/tsv.h"

namespace rasd {
namespace {

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

using Row = TsvRow;

// Reads a TSV file whose header must be exactly `header` (util/tsv.h); the
// word lists allow no empty cell.
Result<std::vector<Row>> ReadTsv(const std::string& path,
                                 std::string_view header) {
  Result<std::vector<Row>> rows = ReadTsvTable(path, header);
  if (!rows.ok()) return rows;
  for (const Row& r : *rows) {
    for (const std::string& c : r.cells) {
      if (c.empty()) {
        return Status::BadInput(path + ":" + std::to_string(r.line) +
                                ": empty column");
      }
    }
  }
  return rows;
}

Status BadRow(const std::string& path, const Row& r, const std::string& why) {
  return Status::BadInput(path + ":" + std::to_string(r.line) + ": " + why);
}

bool ParseInt(std::string_view s, int* out) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ParseDouble(const std::string& s, double* out) {
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && *out >= 0;
}

int TimeUnitCode(std::string_view u) {
  if (u == "day") return 1;
  if (u == "week") return 2;
  if (u == "month") return 3;
  if (u == "year") return 4;
  if (u == "date") return 5;
  return 0;
}

}  // namespace

size_t StringHash::operator()(std::string_view s) const {
  return XXH3_64bits(s.data(), s.size());
}

void PhraseTable::Add(std::string_view form, int32_t row) {
  const std::string norm = NormalizeString(form);
  std::vector<std::string> words;
  size_t start = 0;
  while (start < norm.size()) {
    size_t sp = norm.find(' ', start);
    if (sp == std::string::npos) sp = norm.size();
    if (sp > start) words.push_back(norm.substr(start, sp - start));
    start = sp + 1;
  }
  if (words.empty()) return;
  std::string first = std::move(words[0]);
  words.erase(words.begin());
  first_[first].push_back({std::move(words), row});
}

bool PhraseTable::WordEquals(std::string_view word,
                             std::string_view key) const {
  if (word == key) return true;
  return article_optional_ && word.size() > kArticle.size() + 2 &&
         word.substr(0, kArticle.size()) == kArticle &&
         word.substr(kArticle.size()) == key;
}

int32_t PhraseTable::Lookup(std::string_view word) const {
  auto it = first_.find(word);
  if (it == first_.end()) return -1;
  for (const Entry& e : it->second)
    if (e.rest.empty()) return e.row;
  return -1;
}

PhraseMatch PhraseTable::MatchAt(const WordSeq& seq, size_t i) const {
  PhraseMatch best;
  const SeqItem& head = seq.items[i];
  const std::vector<Entry>* entries = nullptr;
  if (head.first[0]) entries = head.first[0]->entries[id_];
  if (!entries && article_optional_ && head.first[1])
    entries = head.first[1]->entries[id_];
  if (!entries && head.first[2]) entries = head.first[2]->entries[id_];
  if (!entries) return best;
  for (const Entry& e : *entries) {
    const uint32_t len = static_cast<uint32_t>(e.rest.size() + 1);
    if (len <= best.words || i + len > seq.items.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) {
      const SeqItem& it = seq.items[i + 1 + k];
      ok = it.sentence == seq.items[i].sentence && ItemEquals(it, e.rest[k]);
    }
    if (ok) best = {e.row, len};
  }
  return best;
}

void FactsLexicon::Mark(WordSeq* seq) const {
  auto get = [&](std::string_view w) -> const FirstWord* {
    if (w.size() > longest_first) return nullptr;  // no hashing needed
    if (!first_keys.MayHave(w)) return nullptr;
    auto it = first_of.find(w);
    return it == first_of.end() ? nullptr : &it->second;
  };
  for (SeqItem& it : seq->items) {
    uint32_t m = 0;
    it.first[0] = it.first[1] = it.first[2] = nullptr;
    // No list holds punctuation or digits; symbols ($ %) are looked up.
    if (it.kind == TokenKind::kPunct || it.kind == TokenKind::kNumber) {
      it.first_of = 0;
      continue;
    }
    it.first[0] = get(it.norm);
    // ل before the article merges with it: للإذاعة is ل + الإذاعة, but the
    // host reads لإذاعة. Look the host up with its alef back (on the stack:
    // no allocation), and without the article for the tables that allow it.
    constexpr std::string_view kLam = "\xD9\x84";
    if (!it.first[0] && it.proclitics.ends_with(kLam) &&
        it.norm.starts_with(kLam) && it.norm.size() > 4 &&
        it.norm.size() + 2 <= 64) {
      char buf[64];
      buf[0] = '\xD8';
      buf[1] = '\xA7';  // ا
      it.norm.copy(buf + 2, it.norm.size());
      it.first[0] = get(std::string_view(buf, it.norm.size() + 2));
      if (const FirstWord* bare = get(it.norm.substr(kLam.size())))
        m |= bare->mask & article_tables, it.first[1] = bare;
    }
    if (it.first[0]) m |= it.first[0]->mask;
    if (!it.first[1] && it.norm.size() > kArticle.size() + 2 &&
        it.norm.substr(0, kArticle.size()) == kArticle) {
      it.first[1] = get(it.norm.substr(kArticle.size()));
      if (it.first[1]) m |= it.first[1]->mask & article_tables;
    }
    // The token's own form matters only when an enclitic was split off
    // (منوها → منو + ها); a token with proclitics alone ends with its host.
    if (it.token_norm.size() > it.norm.size() &&
        !it.token_norm.ends_with(it.norm)) {
      it.first[2] = get(it.token_norm);
      if (it.first[2]) m |= it.first[2]->mask;
    } else if (!it.first[0] && it.proclitics.empty() && it.norm.size() >= 8 &&
               (it.norm.starts_with("\xD9\x88") /*و*/ ||
                it.norm.starts_with("\xD9\x81") /*ف*/)) {
      // A conjunction the segmenter left on a word (ويرى): the lists may
      // hold the rest (يرى), if it is three letters or more.
      it.first[2] = get(it.norm.substr(2));
      if (it.first[2]) m |= it.first[2]->mask;
    }
    it.first_of = m;
  }
}

Result<std::shared_ptr<const FactsLexicon>> FactsLexicon::Load(
    const std::string& dir) {
  auto lex = std::make_shared<FactsLexicon>();
  const std::string d = dir + "/facts/";
  {
    const std::string p = d + "months.tsv";
    auto rows = ReadTsv(p, "form\tmonth\tcalendar\tregion\talone");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      int m = 0;
      if (!ParseInt(r.cells[1], &m) || m < 1 || m > 12)
        return BadRow(p, r, "month must be 1-12");
      if (r.cells[2] != "gregorian" && r.cells[2] != "hijri")
        return BadRow(p, r, "calendar must be gregorian or hijri");
      lex->month_table.Add(r.cells[0],
                           static_cast<int32_t>(lex->months.size()));
      if (r.cells[4] != "yes" && r.cells[4] != "no")
        return BadRow(p, r, "alone must be yes or no");
      lex->months.push_back(
          {m, r.cells[2] == "hijri", r.cells[4] == "yes", r.cells[0]});
    }
  }
  {
    const std::string p = d + "weekdays.tsv";
    auto rows = ReadTsv(p, "form\tweekday");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      int w = 0;
      if (!ParseInt(r.cells[1], &w) || w < 0 || w > 6)
        return BadRow(p, r, "weekday must be 0-6");
      lex->weekday_table.Add(r.cells[0],
                             static_cast<int32_t>(lex->weekdays.size()));
      lex->weekdays.push_back(w);
    }
  }
  {
    const std::string p = d + "numbers.tsv";
    auto rows = ReadTsv(p, "form\tvalue\tkind");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      double v = 0;
      if (!ParseDouble(r.cells[1], &v)) return BadRow(p, r, "bad value");
      static constexpr std::pair<std::string_view, NumberKind> kKinds[] = {
          {"unit", NumberKind::kUnit},
          {"preteen", NumberKind::kPreteen},
          {"teen", NumberKind::kTeen},
          {"ten", NumberKind::kTen},
          {"hundred", NumberKind::kHundred},
          {"scale", NumberKind::kScale},
          {"dual", NumberKind::kDual},
          {"fraction", NumberKind::kFraction}};
      int kind = -1;
      for (const auto& [name, k] : kKinds)
        if (r.cells[2] == name) kind = static_cast<int>(k);
      if (kind < 0) return BadRow(p, r, "unknown kind '" + r.cells[2] + "'");
      lex->number_table.Add(r.cells[0],
                            static_cast<int32_t>(lex->numbers.size()));
      lex->numbers.push_back({v, static_cast<NumberKind>(kind)});
    }
  }
  {
    const std::string p = d + "currencies.tsv";
    auto rows = ReadTsv(p, "form\tcode\tfamily");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      if (r.cells[1] != "-" && r.cells[1].size() != 3)
        return BadRow(p, r, "code must be ISO 4217 (3 letters) or -");
      lex->currency_table.Add(r.cells[0],
                              static_cast<int32_t>(lex->currencies.size()));
      lex->currencies.push_back(
          {r.cells[1] == "-" ? "" : r.cells[1], r.cells[2], r.cells[0]});
    }
  }
  {
    const std::string p = d + "currency_countries.tsv";
    auto rows = ReadTsv(p, "code\tcountry");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      const FactsLexicon::Currency* cur = nullptr;
      for (const FactsLexicon::Currency& c : lex->currencies)
        if (c.code == r.cells[0]) cur = &c;
      if (cur == nullptr)
        return BadRow(p, r, "code '" + r.cells[0] + "' not in currencies.tsv");
      if (r.cells[1].size() != 3)
        return BadRow(p, r, "country must be ISO 3166-1 alpha-3");
      lex->issuers.push_back({r.cells[0], cur->family, r.cells[1]});
    }
  }
  {
    const std::string p = d + "units.tsv";
    auto rows = ReadTsv(p, "form\tunit\tclass");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      const std::string& cls = r.cells[2];
      if (cls != "thing" && cls != "person" && cls != "measure")
        return BadRow(p, r, "class must be thing, person or measure");
      const bool person = cls == "person";
      lex->unit_table.Add(r.cells[0], static_cast<int32_t>(lex->units.size()));
      lex->units.push_back({person ? "person" : r.cells[1], r.cells[0],
                            person && r.cells[1] != "person" ? r.cells[1] : "",
                            cls == "measure"});
    }
  }
  {
    const std::string p = d + "relative.tsv";
    auto rows = ReadTsv(p, "form\tunit\toffset\tanchor");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      int off = 0;
      const int unit = TimeUnitCode(r.cells[1]);
      if (!unit)
        return BadRow(p, r, "unit must be day, week, month, year or date");
      if (!ParseInt(r.cells[2], &off)) return BadRow(p, r, "bad offset");
      if (r.cells[3] != "publication" && r.cells[3] != "event")
        return BadRow(p, r, "anchor must be publication or event");
      if (unit == 5 && (r.cells[3] != "event" || off != 0))
        return BadRow(p, r, "unit date needs anchor event and offset 0");
      lex->relative_table.Add(r.cells[0],
                              static_cast<int32_t>(lex->relatives.size()));
      lex->relatives.push_back({unit, off, r.cells[3] == "event", r.cells[0]});
    }
  }
  {
    const std::string p = d + "ordinals.tsv";
    auto rows = ReadTsv(p, "form\tvalue\tkind");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      int v = 0;
      const std::string& k = r.cells[2];
      if (!ParseInt(r.cells[1], &v) || v < 1 || v > 99)
        return BadRow(p, r, "value must be 1-99");
      if (k != "unit" && k != "ten" && k != "teen" && k != "noun")
        return BadRow(p, r, "kind must be unit, ten, teen or noun");
      lex->ordinal_table.Add(r.cells[0],
                             static_cast<int32_t>(lex->ordinals.size()));
      lex->ordinals.push_back({v, k == "ten", k == "teen", k == "noun"});
    }
  }
  {
    const std::string p = d + "seasons.tsv";
    auto rows = ReadTsv(p, "form\tmiddle");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      int m = 0;
      if (r.cells[1] != "name" &&
          (!ParseInt(r.cells[1], &m) || m < 1 || m > 12))
        return BadRow(p, r, "middle must be a month 1-12 or name");
      lex->season_table.Add(r.cells[0],
                            static_cast<int32_t>(lex->seasons.size()));
      lex->seasons.push_back({m, r.cells[0]});
    }
  }
  {
    const std::string p = d + "time_units.tsv";
    auto rows = ReadTsv(p, "form\tunit\tcount");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      int count = 0;
      const int unit = TimeUnitCode(r.cells[1]);
      if (!unit) return BadRow(p, r, "unit must be day, week, month or year");
      if (!ParseInt(r.cells[2], &count) || count < 0)
        return BadRow(p, r, "bad count");
      lex->time_unit_table.Add(r.cells[0],
                               static_cast<int32_t>(lex->time_units.size()));
      lex->time_units.push_back({unit, count});
    }
  }
  {
    const std::string p = d + "qualifiers.tsv";
    auto rows = ReadTsv(p, "form\tapplies\ttag");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      if (r.cells[1] != "amount" && r.cells[1] != "date")
        return BadRow(p, r, "applies must be amount or date");
      lex->qualifier_table.Add(r.cells[0],
                               static_cast<int32_t>(lex->qualifiers.size()));
      lex->qualifiers.push_back({r.cells[1] == "date", r.cells[2], r.cells[0]});
    }
  }
  {
    const std::string p = d + "speech.tsv";
    auto rows = ReadTsv(p, "form\tlemma\tkind");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      SpeechKind k;
      if (r.cells[2] == "verb")
        k = SpeechKind::kVerb;
      else if (r.cells[2] == "cont")
        k = SpeechKind::kCont;
      else if (r.cells[2] == "relay")
        k = SpeechKind::kRelay;
      else if (r.cells[2] == "none")
        k = SpeechKind::kNone;
      else
        return BadRow(p, r, "kind must be verb, cont, relay or none");
      lex->speech_table.Add(r.cells[0],
                            static_cast<int32_t>(lex->speech.size()));
      lex->speech.push_back(
          {r.cells[1], k,
           k == SpeechKind::kVerb && r.cells[0].rfind(r.cells[1], 0) == 0});
    }
  }
  {
    const std::string p = d + "citation.tsv";
    auto rows = ReadTsv(p, "form\tkind");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      CiteKind k;
      if (r.cells[1] == "according")
        k = CiteKind::kAccording;
      else if (r.cells[1] == "channel")
        k = CiteKind::kChannel;
      else if (r.cells[1] == "voice")
        k = CiteKind::kVoice;
      else if (r.cells[1] == "medium")
        k = CiteKind::kMedium;
      else if (r.cells[1] == "turn")
        k = CiteKind::kTurn;
      else if (r.cells[1] == "statement")
        k = CiteKind::kStatement;
      else if (r.cells[1] == "none")
        k = CiteKind::kNone;
      else
        return BadRow(p, r, "unknown kind '" + r.cells[1] + "'");
      lex->cite_table.Add(r.cells[0], static_cast<int32_t>(lex->cites.size()));
      lex->cites.push_back({k, r.cells[0]});
    }
  }
  {
    const std::string p = d + "sources.tsv";
    auto rows = ReadTsv(p, "form\tkind");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      if (r.cells[1] != "person" && r.cells[1] != "group")
        return BadRow(p, r, "kind must be person or group");
      lex->source_table.Add(r.cells[0],
                            static_cast<int32_t>(lex->source_group.size()));
      lex->source_group.push_back(r.cells[1] == "group");
    }
  }
  for (const char* name : {"np_stops.tsv", "labels.tsv", "bodies.tsv",
                           "reports.tsv", "future.tsv"}) {
    const std::string p = d + name;
    auto rows = ReadTsv(p, "form");
    if (!rows.ok()) return rows.status();
    PhraseTable& t = name[0] == 'n'   ? lex->stop_table
                     : name[0] == 'l' ? lex->label_table
                     : name[0] == 'b' ? lex->body_table
                     : name[0] == 'r' ? lex->report_table
                                      : lex->future_table;
    for (const Row& r : *rows) t.Add(r.cells[0], r.line);
  }
  {
    const std::string p = d + "outlets.tsv";
    auto rows = ReadTsv(p, "form\tkind");
    if (!rows.ok()) return rows.status();
    for (const Row& r : *rows) {
      if (r.cells[1] == "outlet")
        lex->outlet_table.Add(r.cells[0], r.line);
      else if (r.cells[1] == "audience")
        lex->audience_table.Add(r.cells[0], r.line);
      else
        return BadRow(p, r, "kind must be outlet or audience");
    }
  }
  for (const PhraseTable* t :
       {&lex->month_table,     &lex->weekday_table,   &lex->number_table,
        &lex->currency_table,  &lex->unit_table,      &lex->relative_table,
        &lex->time_unit_table, &lex->qualifier_table, &lex->speech_table,
        &lex->cite_table,      &lex->source_table,    &lex->outlet_table,
        &lex->audience_table,  &lex->stop_table,      &lex->label_table,
        &lex->ordinal_table,   &lex->season_table,    &lex->body_table,
        &lex->report_table,    &lex->future_table}) {
    for (const auto& [word, entries] : t->first_) {
      FirstWord& fw = lex->first_of[word];
      lex->first_keys.Add(word);
      lex->longest_first = std::max(lex->longest_first, word.size());
      fw.mask |= t->bit_;
      fw.entries[t->id_] = &entries;
    }
    if (t->article_optional_) lex->article_tables |= t->bit_;
  }
  lex->first_of.max_load_factor(0.5);
  lex->first_of.rehash(lex->first_of.size() * 2);
  return std::shared_ptr<const FactsLexicon>(std::move(lex));
}

}  // namespace rasd
