// Actor resolution inside one document.
//
// 1. Names. Knowledge-base hits of kind name and metonym become name items.
//    A surface that is both a place and a state's metonym (موسكو, listed
//    for the city and for Russia) reads as the place after a place cue
//    (في ب الى ... in data/actors/cues.tsv: في موسكو, بموسكو) and as the
//    state otherwise (قالت موسكو، دعمت موسكو، بين موسكو والجزائر); a
//    metonym with no entry of its own after a place cue is no mention.
//    The tagger's mentions, if a "names" step ran, are name items too; one
//    that overlaps a single knowledge-base item joins it (the span is the
//    union), one that overlaps several is dropped, one inside a nisba hit
//    (روسي) is dropped, an unknown MISC name (الميج، المونديال) or a name
//    after a model cue (من طراز) is no actor, the rest are actors of their
//    own, the tagger's type kept. A person's name takes in a given name
//    right before it (given_names.tsv: كامل عبدالله).
// 2. Titles. A run of title hits (المشير, الرئيس, وزير الدفاع) may be
//    followed by the office's country or organisation (an adjective: الروسي,
//    or a name: خارجية مالطا, قائد الجيش الوطني الليبي), up to two gap
//    marks (، " ...) and a name. The name's mention then takes in the
//    titles if nothing stands between them (the SPEC's "الجنرال خليفة حفتر");
//    the person gets the office's role (unless a deputy cue precedes:
//    نائب وزير الخارجية) and, if unknown to the knowledge base, the
//    country. With no name, an office with a country resolves through
//    roles.tsv on the document's date (meta.published) to its holder,
//    unless a deputy or former cue (السابق) says it is someone else. A
//    head title of an organisation (رئيس حكومة الوفاق، قائد الجيش الوطني
//    الليبي) finds whoever holds any head role there. No holder known (no
//    date, none in roles.tsv): a state's one seat with its nisba (وزير
//    الخارجية الروسي، رئيس الوزراء البريطاني) is the state, unless a person
//    is named past one word or a place (الرئيس المكسيكي المنتخب X، السفير
//    الروسي لدى تركيا X); an office of many (role other: السفير) is not.
//    A lone word after a title that is the first word of a person's longer
//    name in the document, which the same title introduced, is a name
//    (المشير خليفة حفتر … المشير خليفة).
// 3. Nisba phrases. A head noun from the cues (الجانب, السلطات, الحكومة)
//    followed by an adjective hit is the adjective's state: الجانب الروسي →
//    Russia. Other adjectives (الدعم الروسي) describe, and are no mention.
// 4. Merging. Items of one knowledge-base entry are one actor. Other names,
//    longest first, join an actor when its names include one that is the
//    same name word for word, spelling variants allowed (kb/names.h);
//    a one-word name also joins a multi-word name whose last word it is
//    (حفتر → خليفة حفتر), or, after a title, whose first word it is
//    (المشير خليفة). If several actors qualify, the one mentioned nearest
//    before wins. Types must agree.
// 5. Output. Mentions are the items' spans, proclitics outside (لحفتر →
//    حفتر), titles inside. An actor's key is its knowledge-base key, else
//    "x-" + its name normalised (text/normalize.h) with spaces as "-"; its
//    name is the knowledge-base name, else the longest name seen (without
//    title); aliases are the distinct mention texts, in order.
#include "actors/resolve.h"

#include <algorithm>
#include <string>
#include <vector>

#include "kb/names.h"
#include "kb/word_view.h"
#include "text/normalize.h"
#include "util/tsv.h"

namespace rasd {
namespace {

struct Item {
  uint32_t wb = 0, we = 0;  // the mention's words, titles included
  uint32_t nb = 0, ne = 0;  // the name's words; empty for descriptions
  int32_t entry = -1;       // knowledge-base entry, else -1
  EntityType type = EntityType::kMisc;
  std::string country;  // an unknown person's country, from an office
  std::string role;     // from an office title
  bool titled = false;  // a title stands right before the name
  bool dead = false;    // absorbed into a longer mention
  int32_t cluster = -1;
};

Span SpanOf(const Document& doc, uint32_t wb, uint32_t we) {
  return {doc.words[wb].span.begin, doc.words[we - 1].span.end};
}

// The forms of the name's words (clitics and punctuation left out).
std::vector<std::string_view> NameForms(const Document& doc, const Item& it) {
  std::vector<std::string_view> out;
  for (uint32_t k = it.nb; k < it.ne; ++k) {
    const WordView v = View(doc, k);
    if (!v.clitic && !v.skip) out.push_back(v.form);
  }
  return out;
}

class Resolver {
 public:
  Resolver(const KnowledgeBase& kb, const Cues& cues, Document* doc)
      : kb_(kb), cues_(cues), doc_(*doc) {}

  void Run() {
    kb_.Match(doc_, &hits_);
    NameItems();
    TaggerItems();
    TitledFirstNames();
    std::sort(items_.begin(), items_.end(),
              [](const Item& a, const Item& b) { return a.nb < b.nb; });
    Titles();
    NisbaPhrases();
    std::erase_if(items_, [](const Item& it) { return it.dead; });
    std::sort(items_.begin(), items_.end(),
              [](const Item& a, const Item& b) { return a.wb < b.wb; });
    SurnamesOfOthers();
    Merge();
    Emit();
  }

 private:
  struct Cluster {
    int32_t entry = -1;
    EntityType type = EntityType::kMisc;
    std::vector<const Item*> items;
  };

  // The hit that begins at word w, or nullptr.
  const KbHit* HitAt(uint32_t w) const {
    auto it = std::lower_bound(
        hits_.begin(), hits_.end(), w,
        [](const KbHit& h, uint32_t x) { return h.begin < x; });
    return it != hits_.end() && it->begin == w ? &*it : nullptr;
  }

  // The live name item whose name begins at word w, or nullptr.
  Item* ItemAt(uint32_t w) {
    for (Item& it : items_) {
      if (!it.dead && it.nb == w && it.ne > it.nb) return &it;
    }
    return nullptr;
  }

  bool PlaceCue(uint32_t w) const {
    return w > 0 && (cues_.Of(doc_, w - 1) & kCuePlace);
  }

  void NameItems() {
    for (const KbHit& h : hits_) {
      int32_t entry = -1;
      if (h.kind == NameKind::kName) {
        entry = h.metonym_of >= 0 && !PlaceCue(h.begin) ? h.metonym_of : h.id;
      } else if (h.kind == NameKind::kMetonym && !PlaceCue(h.begin)) {
        entry = h.id;
      }
      if (entry < 0) continue;
      Item it;
      it.wb = it.nb = h.begin;
      it.we = it.ne = h.end;
      it.entry = entry;
      it.type = kb_.entries()[entry].type;
      items_.push_back(std::move(it));
    }
  }

  // The tagger's mentions as word ranges, joined to knowledge-base items.
  void TaggerItems() {
    const size_t kb_items = items_.size();
    const auto& words = doc_.words;
    for (const Mention& m : doc_.mentions) {
      auto first = std::lower_bound(
          words.begin(), words.end(), m.span.begin,
          [](const Word& w, uint32_t b) { return w.span.begin < b; });
      uint32_t b = static_cast<uint32_t>(first - words.begin());
      uint32_t e = b;
      while (e < words.size() && words[e].span.end <= m.span.end) ++e;
      while (b < e && words[b].role == WordRole::kProclitic) ++b;
      while (e > b && words[e - 1].role == WordRole::kEnclitic) --e;
      if (b >= e) continue;
      if (m.type == EntityType::kPer) b = WithGivenName(b);
      bool all_noname = true;
      for (uint32_t i = b; i < e && all_noname; ++i)
        all_noname = (cues_.Of(doc_, i) & kCueNoName) != 0;
      if (all_noname) continue;
      // A nisba the tagger took for a name (دبلوماسي روسي: روسي is no
      // person): an adjective hit covering the whole mention drops it.
      bool adjective = false;
      for (const KbHit& h : hits_)
        adjective |=
            h.kind == NameKind::kAdjective && h.begin <= b && e <= h.end;
      if (adjective) continue;
      Item* overlap = nullptr;
      int overlaps = 0;
      for (size_t i = 0; i < kb_items; ++i) {
        if (!items_[i].dead && items_[i].nb < e && b < items_[i].ne) {
          overlap = &items_[i];
          ++overlaps;
        }
      }
      if (overlaps > 1) continue;
      // A make or model (طائرات من طراز X) names a thing, not an actor.
      if (overlaps == 0 && b > 0 && (cues_.Of(doc_, b - 1) & kCueModel))
        continue;
      // A thing's name the knowledge base does not know (الميج، سوخوي،
      // المونديال) is no actor: MISC names are actors only as entries.
      if (overlaps == 0 && m.type == EntityType::kMisc) continue;
      // A longer name of another type wins over the knowledge-base name
      // inside it: فيكتور كوزنيتسوف is a person, not the ship كوزنيتسوف.
      if (overlaps == 1 && overlap->type != m.type && b <= overlap->nb &&
          overlap->ne <= e && e - b > overlap->ne - overlap->nb) {
        overlap->dead = true;
        overlaps = 0;
      }
      // A person's name whose given names are not the entry's, around
      // its family name (زين الدين زيدان, not علي زيدان; أحمد البغدادي):
      // another person of that name.
      if (overlaps == 1 && OtherGivenNames(*overlap, b, m.type)) {
        overlap->dead = true;
        overlaps = 0;
      }
      // Overlapping tagger mentions: the first stands.
      bool seen = false;
      for (size_t i = kb_items; i < items_.size() && !seen; ++i)
        seen = items_[i].nb < e && b < items_[i].ne;
      if (seen) continue;
      if (overlaps == 1) {
        overlap->wb = overlap->nb = std::min(overlap->nb, b);
        overlap->we = overlap->ne = std::max(overlap->ne, e);
        continue;
      }
      Item it;
      it.wb = it.nb = b;
      it.we = it.ne = e;
      it.type = m.type;
      items_.push_back(std::move(it));
    }
  }

  // Whether the tagger's person name starting at word b, before the
  // knowledge-base person item `kb` inside it, names someone else: the
  // item is a short form of the entry's name (its family name: زيدان،
  // غيتس، بن زايد), the words before it that no hit covers and no cue
  // marks (titles, السابق) and that are listed given names or have four
  // letters or more (not إن، قال) are given names, and none of them is a word
  // of the entry's names of several words, long vowels aside (ديميتري، دميتري),
  // or two of them written as one (أبوبكر). An entry known by one word only
  // cannot tell.
  bool OtherGivenNames(const Item& kb, uint32_t b, EntityType type) const {
    if (type != EntityType::kPer || kb.type != EntityType::kPer ||
        kb.entry < 0 || b >= kb.nb)
      return false;
    const KbEntry& e = kb_.entries()[kb.entry];
    const std::string canonical = NormalizeString(e.name_ar);
    if (NameForms(doc_, kb).size() >= SplitNonEmpty(canonical, ' ').size())
      return false;
    std::vector<std::string> known;
    auto add = [&](const std::string& name) {
      const std::string norm = NormalizeString(name);
      const std::vector<std::string_view> w = SplitNonEmpty(norm, ' ');
      if (w.size() < 2) return;
      for (size_t k = 0; k < w.size(); ++k) {
        known.emplace_back(w[k]);
        known.push_back(Consonants(w[k]));
        if (k + 1 < w.size())
          known.push_back(
              Consonants(std::string(w[k]) + std::string(w[k + 1])));
      }
    };
    add(e.name_ar);
    for (const std::string& a : e.aliases) add(a);
    if (known.empty()) return false;
    bool given = false;
    for (uint32_t i = b; i < kb.nb; ++i) {
      const WordView v = View(doc_, i);
      const uint8_t cue = cues_.Of(doc_, i);
      if (v.clitic || v.skip || Covered(i) || (cue & ~kCueGiven) != 0 ||
          (!(cue & kCueGiven) &&
           Letters(doc_.NormText(doc_.words[i].norm)) < 4))
        continue;
      given = true;
      const std::string_view word = doc_.NormText(doc_.words[i].norm);
      const std::string bare = Consonants(v.form);
      for (const std::string& k : known)
        if (SameNameWord(word, k) || SameNameWord(v.form, k) ||
            SameNameWord(bare, k))
          return false;
    }
    return given;
  }

  // How many letters the word has (two bytes each, Arabic).
  static size_t Letters(std::string_view w) {
    size_t n = 0;
    for (unsigned char c : w) n += (c & 0xC0) != 0x80;
    return n;
  }

  // A normalised word without its long vowels ا و ي after the first
  // letter: names spelt with more or fewer of them meet (ديميتري، دميتري).
  static std::string Consonants(std::string_view w) {
    std::string out;
    size_t i = 0;
    while (i < w.size()) {
      const size_t len = (static_cast<unsigned char>(w[i]) & 0x80) ? 2 : 1;
      const std::string_view c = w.substr(i, len);
      if (i == 0 || (c != "\xD8\xA7" && c != "\xD9\x88" && c != "\xD9\x8A"))
        out.append(c);
      i += len;
    }
    return out;
  }

  // A lone family name the knowledge base lists for a person (زيدان for
  // علي زيدان), in a document that names in full someone else of that
  // family name (زين الدين زيدان: an unknown name, OtherGivenNames) and
  // never the entry by more than that word (no full name, title or office
  // of it), is the other person's: the item loses its entry, so Merge
  // gives it to the full name.
  void SurnamesOfOthers() {
    for (Item& it : items_) {
      if (it.dead || it.entry < 0 || it.type != EntityType::kPer ||
          it.wb < it.nb)
        continue;
      const std::vector<std::string_view> forms = NameForms(doc_, it);
      if (forms.size() != 1) continue;
      bool full = false, other = false;
      for (const Item& x : items_) {
        if (x.dead || x.type != EntityType::kPer) continue;
        const std::vector<std::string_view> f = NameForms(doc_, x);
        // (The entry named otherwise: in full, by a title, or by an
        // office alone, الرئيس الأمريكي.)
        if (x.entry == it.entry) full |= f.size() != 1 || x.wb < x.nb;
        if (x.entry < 0 && f.size() > 1 && SameNameWord(f.back(), forms[0]))
          other = true;
      }
      if (other && !full) it.entry = -1;
    }
  }

  // Whether word w lies in a knowledge-base hit or a live item.
  bool Covered(uint32_t w) const {
    for (const KbHit& h : hits_)
      if (h.begin <= w && w < h.end) return true;
    for (const Item& it : items_)
      if (!it.dead && it.wb <= w && w < it.we) return true;
    return false;
  }

  // A given name right before a person's name is its first word (كامل
  // عبدالله: the tagger took كامل for the adjective): a whole token, no
  // article, listed in given_names.tsv, in no other name.
  uint32_t WithGivenName(uint32_t b) const {
    if (b == 0 || !StartsToken(doc_, b) || !StartsToken(doc_, b - 1)) return b;
    const WordView v = View(doc_, b - 1);
    if (v.clitic || v.skip || v.article ||
        !(cues_.Of(doc_, b - 1) & kCueGiven) || Covered(b - 1))
      return b;
    return b - 1;
  }

  // Whether the title of hit `title` (the same entry) also stands right
  // before word w, gap marks allowed.
  bool SameTitleBefore(const KbHit& title, uint32_t w) const {
    for (const KbHit& h : hits_) {
      if (h.kind != NameKind::kTitle || h.id != title.id || h.end > w) continue;
      uint32_t q = h.end;
      while (q < w && q < h.end + 2 && (cues_.Of(doc_, q) & kCueGap)) ++q;
      if (q == w) return true;
    }
    return false;
  }

  // A title before a lone word that is the first word of a person's
  // longer name in the document, when the same title stands before that
  // name too (المشير خليفة حفتر … المشير خليفة): the word is a name, which
  // Titles and Merge then give to that person. (Without the title before
  // the full name, الملك سلمان is no mention of a سلمان العالمي.)
  void TitledFirstNames() {
    std::vector<Item> found;
    for (const KbHit& h : hits_) {
      if (h.kind != NameKind::kTitle) continue;
      uint32_t q = h.end;
      while (q < h.end + 2 && (cues_.Of(doc_, q) & kCueGap)) ++q;
      if (q >= doc_.words.size() || !StartsToken(doc_, q) || Covered(q))
        continue;
      const WordView v = View(doc_, q);
      if (v.clitic || v.skip || v.article) continue;
      for (const Item& it : items_) {
        if (it.dead || it.type != EntityType::kPer || it.ne - it.nb < 2)
          continue;
        const std::vector<std::string_view> forms = NameForms(doc_, it);
        if (forms.size() < 2 || forms.front() != v.form ||
            !SameTitleBefore(h, it.nb))
          continue;
        Item name;
        name.wb = name.nb = q;
        name.we = name.ne = q + 1;
        name.type = EntityType::kPer;
        found.push_back(name);
        break;
      }
    }
    items_.insert(items_.end(), found.begin(), found.end());
  }

  void Titles() {
    const std::string_view date =
        std::string_view(doc_.meta.published).substr(0, 10);
    for (size_t t = 0; t < hits_.size(); ++t) {
      if (hits_[t].kind != NameKind::kTitle) continue;
      const uint32_t begin = hits_[t].begin;
      std::string_view role;
      bool office = false;
      size_t u = t;
      for (;; ++u) {
        const KbTitle& title = kb_.titles()[hits_[u].id];
        if (title.kind == TitleKind::kOffice) {
          office = true;
          if (!title.role.empty()) role = title.role;
        }
        if (u + 1 == hits_.size() || hits_[u + 1].kind != NameKind::kTitle ||
            hits_[u + 1].begin != hits_[u].end)
          break;
      }
      t = u;
      uint32_t p = hits_[u].end;
      // The office's country or organisation.
      std::string office_of, country;
      const KbHit* adjective = nullptr;
      Item* seat = nullptr;
      if (office) {
        if (const KbHit* h = HitAt(p)) {
          const KbEntry& e = kb_.entries()[h->id];
          if (h->kind == NameKind::kAdjective) {
            office_of = country = e.country;
            adjective = h;
            p = h->end;
          } else if (h->kind == NameKind::kName &&
                     (e.type == EntityType::kGpe ||
                      e.type == EntityType::kOrg)) {
            office_of = e.type == EntityType::kGpe ? e.country : e.key;
            country = e.country;
            seat = ItemAt(p);
            p = h->end;
          }
        }
      }
      const bool deputy = begin > 0 && (cues_.Of(doc_, begin - 1) & kCueDeputy);
      const bool former = cues_.Of(doc_, p) & kCueFormer;
      if (adjective) in_office_.push_back(adjective->begin);  // no nisba phrase
      uint32_t q = p;
      while (q < p + 2 && (cues_.Of(doc_, q) & kCueGap)) ++q;
      Item* name = ItemAt(q);
      if (name && name->type == EntityType::kPer) {
        if (q == p) {
          name->wb = begin;
          name->titled = true;
          if (seat) seat->dead = true;
        }
        if (!deputy && !former && name->role.empty()) name->role = role;
        if (name->entry < 0 && name->country.empty()) name->country = country;
        continue;
      }
      if (!office || office_of.empty() || former) continue;
      if (role.empty() || deputy) continue;
      const int32_t holder = OfficeHolder(role, office_of, date);
      // No holder known (no date, or none in roles.tsv): a state's one
      // seat with its nisba (وزير الخارجية الروسي، رئيس الوزراء البريطاني)
      // is the state, as a country's unnamed bodies are. Not an office of
      // many (`other`: السفير الروسي, ministers of anything), which the
      // events layer reads as a group of the state.
      const int32_t entry =
          holder >= 0 ? holder
          : adjective && role != "other" &&
                  kb_.entries()[adjective->id].type == EntityType::kGpe &&
                  !NameFollows(p)
              ? adjective->id
              : -1;
      if (entry < 0) continue;
      if (seat) seat->dead = true;
      Item it;
      it.wb = begin;
      it.we = p;
      it.nb = it.ne = begin;  // no name: a description of the holder
      it.entry = entry;
      it.type = kb_.entries()[entry].type;
      if (holder >= 0) it.role = role;
      items_.push_back(std::move(it));
    }
  }

  // Whether a person's name follows the office past one word (الرئيس
  // المكسيكي المنتخب أندريس …، الرئيسة الكورية المعزولة بارك …) or past a
  // preposition and a place (السفير الروسي لدى تركيا أندريه كارلوف): the
  // office is that person's, not the state.
  bool NameFollows(uint32_t p) const {
    uint32_t from = p + 1;
    if (const KbHit* place = HitAt(p + 1);
        place && place->kind == NameKind::kName &&
        kb_.entries()[place->id].type == EntityType::kGpe)
      from = place->end;
    uint32_t q = from;
    while (q < from + 2 && (cues_.Of(doc_, q) & kCueGap)) ++q;
    for (const Item& it : items_)
      if (!it.dead && it.nb == q && it.type == EntityType::kPer) return true;
    return false;
  }

  // Who holds `role` of `office_of` (a state's ISO3 or an organisation's
  // key) on `date`. An organisation has one head, whatever the title
  // that names him (رئيس، قائد، زعيم، الأمين العام): a head title of an
  // organisation finds whoever holds any head role there.
  int32_t OfficeHolder(std::string_view role, std::string_view office_of,
                       std::string_view date) const {
    const int32_t holder = kb_.RoleHolder(role, office_of, date);
    static constexpr std::string_view kHeads[] = {
        "head_of_state", "head_of_government", "leader", "commander",
        "secretary_general"};
    const auto head = [](std::string_view r) {
      return std::find(std::begin(kHeads), std::end(kHeads), r) !=
             std::end(kHeads);
    };
    if (holder >= 0 || IsIso3(office_of) || !head(role)) return holder;
    for (std::string_view r : kHeads) {
      const int32_t h = kb_.RoleHolder(r, office_of, date);
      if (h >= 0) return h;
    }
    return -1;
  }

  static bool IsIso3(std::string_view s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) {
             return c >= 'A' && c <= 'Z';
           });
  }

  void NisbaPhrases() {
    for (const KbHit& h : hits_) {
      if (h.kind != NameKind::kAdjective || h.begin == 0 ||
          std::find(in_office_.begin(), in_office_.end(), h.begin) !=
              in_office_.end() ||
          !StartsToken(doc_, h.begin) ||
          !(cues_.Of(doc_, h.begin - 1) & kCueHead))
        continue;
      const KbEntry& e = kb_.entries()[h.id];
      if (e.type != EntityType::kGpe) continue;
      Item it;
      it.wb = h.begin - 1;
      it.we = h.end;
      it.nb = it.ne = it.wb;
      it.entry = h.id;
      it.type = e.type;
      items_.push_back(std::move(it));
    }
  }

  // Whether the name `forms` (of an item with `titled`) names cluster c.
  bool Names(const Cluster& c, const std::vector<std::string_view>& forms,
             bool titled) const {
    for (const Item* other : c.items) {
      const std::vector<std::string_view> o = NameForms(doc_, *other);
      if (o.empty()) continue;
      if (o.size() == forms.size()) {
        bool all = true;
        for (size_t k = 0; k < o.size() && all; ++k)
          all = SameNameWord(o[k], forms[k]);
        if (all) return true;
      }
      if (forms.size() == 1 && o.size() > 1) {
        if (SameNameWord(o.back(), forms[0])) return true;
        if (titled && o.front() == forms[0]) return true;
      }
    }
    return false;
  }

  // Word distance from `it` back to the cluster's nearest mention before
  // it (or after it, counted beyond any before).
  uint32_t Distance(const Cluster& c, const Item& it) const {
    uint32_t best = UINT32_MAX;
    for (const Item* o : c.items) {
      const uint32_t d =
          o->wb <= it.wb ? it.wb - o->wb : (1u << 30) + (o->wb - it.wb);
      best = std::min(best, d);
    }
    return best;
  }

  void Merge() {
    for (Item& it : items_) {
      if (it.entry < 0) continue;
      size_t c = 0;
      while (c < clusters_.size() && clusters_[c].entry != it.entry) ++c;
      if (c == clusters_.size()) {
        clusters_.push_back({it.entry, it.type, {}});
      }
      clusters_[c].items.push_back(&it);
      it.cluster = static_cast<int32_t>(c);
    }
    // Unknown names, longest first, so a full name founds the actor that
    // its surname joins wherever the surname stands.
    std::vector<Item*> unknown;
    for (Item& it : items_) {
      if (it.entry < 0) unknown.push_back(&it);
    }
    std::stable_sort(unknown.begin(), unknown.end(),
                     [&](const Item* a, const Item* b) {
                       return a->ne - a->nb > b->ne - b->nb;
                     });
    for (Item* it : unknown) {
      const std::vector<std::string_view> forms = NameForms(doc_, *it);
      int32_t best = -1;
      uint32_t best_distance = UINT32_MAX;
      for (size_t c = 0; c < clusters_.size() && !forms.empty(); ++c) {
        if (clusters_[c].type != it->type ||
            !Names(clusters_[c], forms, it->titled))
          continue;
        const uint32_t d = Distance(clusters_[c], *it);
        if (d < best_distance) {
          best = static_cast<int32_t>(c);
          best_distance = d;
        }
      }
      if (best < 0) {
        best = static_cast<int32_t>(clusters_.size());
        clusters_.push_back({-1, it->type, {}});
      }
      clusters_[best].items.push_back(it);
      it->cluster = best;
    }
  }

  void Emit() {
    // Actors in order of first mention (items are sorted by position).
    std::vector<int32_t> actor_of(clusters_.size(), -1);
    std::vector<Actor> actors;
    std::vector<Mention> mentions;
    for (const Item& it : items_) {
      int32_t& a = actor_of[it.cluster];
      if (a < 0) {
        a = static_cast<int32_t>(actors.size());
        actors.push_back(MakeActor(clusters_[it.cluster]));
      }
      const Span span = SpanOf(doc_, it.wb, it.we);
      mentions.push_back({span, actors[a].type, a});
      std::string text(doc_.Text(span));
      auto& aliases = actors[a].aliases;
      if (std::find(aliases.begin(), aliases.end(), text) == aliases.end())
        aliases.push_back(std::move(text));
    }
    doc_.actors = std::move(actors);
    doc_.mentions = std::move(mentions);
  }

  Actor MakeActor(const Cluster& c) const {
    Actor a;
    for (const Item* it : c.items) {
      if (a.role.empty()) a.role = it->role;
      if (a.country.empty()) a.country = it->country;
    }
    if (c.entry >= 0) {
      const KbEntry& e = kb_.entries()[c.entry];
      a.key = e.key;
      a.name = e.name_ar;
      a.name_en = e.name_en;
      a.type = e.type;
      a.country = e.country.empty() ? a.country : e.country;
      a.wikidata = e.wikidata;
      return a;
    }
    // The longest name seen, by words then bytes.
    const Item* longest = nullptr;
    for (const Item* it : c.items) {
      if (it->ne == it->nb) continue;  // a description, no name
      if (!longest || it->ne - it->nb > longest->ne - longest->nb ||
          (it->ne - it->nb == longest->ne - longest->nb &&
           SpanOf(doc_, it->nb, it->ne).size() >
               SpanOf(doc_, longest->nb, longest->ne).size()))
        longest = it;
    }
    a.type = c.type;
    const Item& named = longest ? *longest : *c.items.front();
    a.name = std::string(doc_.Text(longest ? SpanOf(doc_, named.nb, named.ne)
                                           : SpanOf(doc_, named.wb, named.we)));
    a.key = SlugKey(a.name);
    return a;
  }

  const KnowledgeBase& kb_;
  const Cues& cues_;
  Document& doc_;
  std::vector<KbHit> hits_;
  std::vector<uint32_t> in_office_;  // adjectives that name an office's state
  std::vector<Item> items_;
  std::vector<Cluster> clusters_;
};

}  // namespace

void ResolveActors(const KnowledgeBase& kb, const Cues& cues, Document* doc) {
  Resolver(kb, cues, doc).Run();
}

}  // namespace rasd
