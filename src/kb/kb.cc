// Loading the knowledge base.
//
// Files are UTF-8, tab-separated; lines starting with # are comments; the
// first other line is the header, and it says what the file holds:
//   key  type  country  wikidata  name_en  name_ar  aliases  adjectives
//        metonyms                                   actors (any file name)
//   actor  role  country  from  to                  office holders
//   title  role  kind                               titles before names
// Multi-valued cells are separated by |. A row may leave trailing cells out;
// a row with more cells than the header is an error.
//
// All rows are read first and the phrases keyed after, so that a row
// overriding an earlier file's row (same key) leaves no trace of the old
// names, and roles may name people a later file defines.
#include "kb/kb.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "kb/word_view.h"

namespace rasd {
namespace {

namespace fs = std::filesystem;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitBars(std::string_view cell) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t bar = cell.find('|', start);
    if (bar == std::string_view::npos) bar = cell.size();
    const std::string_view v = Trim(cell.substr(start, bar - start));
    if (!v.empty()) out.emplace_back(v);
    start = bar + 1;
  }
  return out;
}

bool ParseType(std::string_view s, EntityType* t) {
  static constexpr std::pair<std::string_view, EntityType> kTypes[] = {
      {"PER", EntityType::kPer}, {"ORG", EntityType::kOrg},
      {"GPE", EntityType::kGpe}, {"LOC", EntityType::kLoc},
      {"FAC", EntityType::kFac}, {"MISC", EntityType::kMisc}};
  for (const auto& [name, type] : kTypes) {
    if (s == name) {
      *t = type;
      return true;
    }
  }
  return false;
}

bool IsSlug(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  }
  return true;
}

bool IsIso3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

bool IsQid(std::string_view s) {
  return s.size() >= 2 && s[0] == 'Q' &&
         std::all_of(s.begin() + 1, s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY, YYYY-MM or YYYY-MM-DD.
bool IsIsoDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

constexpr std::string_view kRoles[] = {"head_of_state",
                                       "head_of_government",
                                       "foreign_minister",
                                       "defense_minister",
                                       "commander",
                                       "spokesperson",
                                       "leader",
                                       "envoy",
                                       "secretary_general",
                                       "other"};

bool IsRole(std::string_view s) {
  return std::find(std::begin(kRoles), std::end(kRoles), s) != std::end(kRoles);
}

enum class FileKind { kActors, kRoles, kTitles };

// What the reader collects before keying.
struct Rows {
  std::vector<KbEntry> entries;
  std::unordered_map<std::string, size_t> entry_at;  // key → index
  std::vector<KbRole> roles;
  std::vector<std::string> role_where;  // "file:line" of each role row
  std::vector<KbTitle> titles;
};

class FileReader {
 public:
  FileReader(const std::string& path, Rows* rows) : path_(path), rows_(rows) {}

  Status Read() {
    std::ifstream in(path_, std::ios::binary);
    if (!in) return Status::IoError(path_ + ": cannot open");
    std::string line;
    bool have_header = false;
    FileKind kind = FileKind::kActors;
    size_t columns = 0;
    std::unordered_map<std::string, size_t> seen_here;  // key → line
    while (std::getline(in, line)) {
      ++line_no_;
      std::string_view l = line;
      if (line_no_ == 1 && l.substr(0, 3) == "\xEF\xBB\xBF") l.remove_prefix(3);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      if (Trim(l).empty() || l.front() == '#') continue;
      std::vector<std::string_view> cells = SplitTabs(l);
      for (auto& c : cells) c = Trim(c);
      if (!have_header) {
        have_header = true;
        columns = cells.size();
        if (cells[0] == "key" && columns == 9) {
          kind = FileKind::kActors;
        } else if (cells[0] == "actor" && columns == 5) {
          kind = FileKind::kRoles;
        } else if (cells[0] == "title" && columns == 3) {
          kind = FileKind::kTitles;
        } else {
          return Error(
              "unknown header: want 'key type country wikidata name_en "
              "name_ar aliases adjectives metonyms', 'actor role country "
              "from to' or 'title role kind', tab-separated");
        }
        continue;
      }
      if (cells.size() > columns) {
        return Error(std::to_string(cells.size()) + " cells, the header has " +
                     std::to_string(columns));
      }
      cells.resize(columns);
      Status s;
      switch (kind) {
        case FileKind::kActors:
          s = ActorRow(cells, &seen_here);
          break;
        case FileKind::kRoles:
          s = RoleRow(cells);
          break;
        case FileKind::kTitles:
          s = TitleRow(cells);
          break;
      }
      if (!s.ok()) return s;
    }
    if (in.bad()) return Status::IoError(path_ + ": read error");
    if (!have_header) return Status::BadInput(path_ + ": no header line");
    return Status::Ok();
  }

 private:
  Status Error(const std::string& what) const {
    return Status::BadInput(path_ + ":" + std::to_string(line_no_) + ": " +
                            what);
  }

  Status ActorRow(const std::vector<std::string_view>& c,
                  std::unordered_map<std::string, size_t>* seen_here) {
    KbEntry e;
    if (!IsSlug(c[0])) {
      return Error("key '" + std::string(c[0]) +
                   "' is not a lowercase ASCII slug (a-z 0-9 -)");
    }
    e.key = c[0];
    if (!ParseType(c[1], &e.type)) {
      return Error("type '" + std::string(c[1]) +
                   "' is not one of PER ORG GPE LOC FAC MISC");
    }
    if (!c[2].empty() && !IsIso3(c[2])) {
      return Error("country '" + std::string(c[2]) +
                   "' is not an ISO 3166-1 alpha-3 code");
    }
    e.country = c[2];
    if (!c[3].empty() && !IsQid(c[3])) {
      return Error("wikidata '" + std::string(c[3]) + "' is not a Q-id");
    }
    e.wikidata = c[3];
    e.name_en = c[4];
    if (c[5].empty()) return Error("name_ar is empty");
    e.name_ar = c[5];
    for (std::string& a : SplitBars(c[6])) {
      const bool local = a.starts_with('~');
      if (local) a.erase(0, 1);
      if (a.empty() || a.find('~') != std::string::npos)
        return Error("alias '" + std::string(c[6]) +
                     "': ~ only marks a whole alias, at its start");
      (local ? e.local_aliases : e.aliases).push_back(std::move(a));
    }
    e.adjectives = SplitBars(c[7]);
    e.metonyms = SplitBars(c[8]);
    auto [it, fresh] = seen_here->emplace(e.key, line_no_);
    if (!fresh) {
      return Error("key '" + e.key + "' already defined on line " +
                   std::to_string(it->second));
    }
    auto [at, added] = rows_->entry_at.emplace(e.key, rows_->entries.size());
    if (added) {
      rows_->entries.push_back(std::move(e));
    } else {
      // A later file overrides; the row stays the kind of actor its file
      // made it (an outlet, a state: see Load).
      KbEntry& old = rows_->entries[at->second];
      e.outlet = old.outlet;
      e.state = old.state;
      old = std::move(e);
    }
    return Status::Ok();
  }

  Status RoleRow(const std::vector<std::string_view>& c) {
    KbRole r;
    if (!IsSlug(c[0]))
      return Error("actor '" + std::string(c[0]) + "' is not a key");
    r.actor_key = c[0];
    if (!IsRole(c[1]))
      return Error("role '" + std::string(c[1]) + "' is unknown");
    r.role = c[1];
    if (!IsIso3(c[2]) && !IsSlug(c[2])) {
      return Error("country '" + std::string(c[2]) +
                   "' is neither an ISO3 code nor a key");
    }
    r.country = c[2];
    if (!IsIsoDate(c[3])) {
      return Error("from '" + std::string(c[3]) +
                   "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    r.from = c[3];
    if (!c[4].empty() && !IsIsoDate(c[4])) {
      return Error("to '" + std::string(c[4]) +
                   "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    r.to = c[4];
    rows_->roles.push_back(std::move(r));
    rows_->role_where.push_back(path_ + ":" + std::to_string(line_no_));
    return Status::Ok();
  }

  Status TitleRow(const std::vector<std::string_view>& c) {
    KbTitle t;
    if (c[0].empty()) return Error("title is empty");
    t.title = c[0];
    if (c[1] != "none" && !IsRole(c[1])) {
      return Error("role '" + std::string(c[1]) + "' is unknown");
    }
    if (c[1] != "none") t.role = c[1];
    if (c[2] == "office") {
      t.kind = TitleKind::kOffice;
    } else if (c[2] == "rank") {
      t.kind = TitleKind::kRank;
    } else if (c[2] == "honorific") {
      t.kind = TitleKind::kHonorific;
    } else {
      return Error("kind '" + std::string(c[2]) +
                   "' is not office, rank or honorific");
    }
    rows_->titles.push_back(std::move(t));
    return Status::Ok();
  }

  const std::string& path_;
  Rows* rows_;
  size_t line_no_ = 0;
};

// The .tsv files `path` stands for: itself, or a directory's in name order.
Status ExpandPath(const std::string& path, std::vector<std::string>* files) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      if (e.path().extension() == ".tsv") found.push_back(e.path().string());
    }
    if (ec) return Status::IoError(path + ": " + ec.message());
    std::sort(found.begin(), found.end());
    files->insert(files->end(), found.begin(), found.end());
    return Status::Ok();
  }
  if (!fs::exists(path, ec)) return Status::NotFound(path + ": no such file");
  files->push_back(path);
  return Status::Ok();
}

}  // namespace

std::string_view NameKindName(NameKind k) {
  switch (k) {
    case NameKind::kName:
      return "name";
    case NameKind::kAdjective:
      return "adjective";
    case NameKind::kMetonym:
      return "metonym";
    case NameKind::kTitle:
      return "title";
  }
  return "";
}

std::unique_ptr<const KnowledgeBase> KnowledgeBase::Empty() {
  return std::unique_ptr<const KnowledgeBase>(new KnowledgeBase());
}

Result<std::unique_ptr<const KnowledgeBase>> KnowledgeBase::Load(
    const std::vector<std::string>& paths, const Pipeline& word_layer) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (Status s = ExpandPath(p, &files); !s.ok()) return s;
  }
  Rows rows;
  for (const std::string& f : files) {
    const size_t before = rows.entries.size();
    FileReader reader(f, &rows);
    if (Status s = reader.Read(); !s.ok()) return s;
    const fs::path name = fs::path(f).filename();
    for (size_t i = before; i < rows.entries.size(); ++i) {
      rows.entries[i].outlet = name == "outlets.tsv";
      rows.entries[i].state = name == "countries.tsv";
    }
  }
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  kb->entries_ = std::move(rows.entries);
  kb->titles_ = std::move(rows.titles);
  for (size_t i = 0; i < kb->entries_.size(); ++i) {
    kb->by_key_.emplace(kb->entries_[i].key, static_cast<int32_t>(i));
  }
  for (size_t i = 0; i < rows.roles.size(); ++i) {
    KbRole& r = rows.roles[i];
    r.actor = kb->Find(r.actor_key);
    if (r.actor < 0) {
      return Status::BadInput(rows.role_where[i] + ": actor '" + r.actor_key +
                              "' is not a key of any actor file");
    }
  }
  kb->roles_ = std::move(rows.roles);

  for (size_t i = 0; i < kb->entries_.size(); ++i) {
    const KbEntry& e = kb->entries_[i];
    const auto id = static_cast<int32_t>(i);
    Status s = kb->AddPhrase(e.name_ar, NameKind::kName, id, word_layer);
    for (const auto& a : e.aliases) {
      if (s.ok()) s = kb->AddPhrase(a, NameKind::kName, id, word_layer);
    }
    for (const auto& a : e.local_aliases) {
      if (s.ok()) s = kb->AddPhrase(a, NameKind::kName, id, word_layer, true);
    }
    for (const auto& a : e.adjectives) {
      if (s.ok()) s = kb->AddPhrase(a, NameKind::kAdjective, id, word_layer);
    }
    for (const auto& m : e.metonyms) {
      if (s.ok()) s = kb->AddPhrase(m, NameKind::kMetonym, id, word_layer);
    }
    if (!s.ok())
      return Status::BadInput("actor '" + e.key + "': " + s.message());
  }
  for (size_t i = 0; i < kb->titles_.size(); ++i) {
    Status s = kb->AddPhrase(kb->titles_[i].title, NameKind::kTitle,
                             static_cast<int32_t>(i), word_layer);
    if (!s.ok()) return s;
  }
  kb->Index();
  return std::unique_ptr<const KnowledgeBase>(std::move(kb));
}

Status KnowledgeBase::AddPhrase(std::string_view text, NameKind kind,
                                int32_t id, const Pipeline& word_layer,
                                bool local) {
  Document d;
  d.text = std::string(text);
  if (Status s = word_layer.Run(&d); !s.ok()) return s;
  Phrase p;
  p.kind = kind;
  p.id = id;
  p.local = local;
  for (size_t i = 0; i < d.words.size(); ++i) {
    const Word& w = d.words[i];
    const TokenKind tk = d.tokens[w.token].kind;
    if (tk == TokenKind::kPunct || tk == TokenKind::kSymbol) continue;
    const bool clitic =
        w.role == WordRole::kProclitic || w.role == WordRole::kEnclitic;
    if (clitic && p.words.empty()) {
      p.lead.emplace_back(d.NormText(w.norm));
      continue;
    }
    PhraseWord pw;
    pw.clitic = clitic;
    pw.new_token = i == 0 || d.words[i - 1].token != w.token;
    if (clitic || w.stem.empty()) {
      pw.form = d.NormText(w.norm);
      pw.stem = pw.form;
    } else {
      pw.form = d.NormText({w.stem.begin, w.norm.end});
      pw.stem = d.NormText(w.stem);
      pw.article = w.stem.begin != w.norm.begin;
    }
    p.words.push_back(std::move(pw));
  }
  if (p.words.empty()) return Status::Ok();  // nothing to match (punctuation)
  phrases_.push_back(std::move(p));
  return Status::Ok();
}

void KnowledgeBase::Index() {
  std::unordered_map<std::string, std::vector<uint32_t>> lists;
  for (size_t i = 0; i < phrases_.size(); ++i) {
    lists[std::string(IndexKey(phrases_[i].words[0].stem))].push_back(
        static_cast<uint32_t>(i));
  }
  std::vector<std::pair<std::string, std::vector<uint32_t>>> sorted;
  for (auto& [key, list] : lists) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return phrases_[a].words.size() > phrases_[b].words.size();
    });
    sorted.emplace_back(key, std::move(list));
  }
  by_first_.Build(sorted);
}

int32_t KnowledgeBase::Find(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? -1 : it->second;
}

}  // namespace rasd
