// The document as items and argument units: words and punctuation with their
// clitics and dates (BuildItems, MarkDates), the argument units over them
// (BuildUnits) and the actors they name.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>
#include <string>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

void Coder::BuildItems() {
  const Document& d = doc_;
  items_.reserve(d.tokens.size());
  word_item_.assign(d.words.size(), -1);
  uint32_t sentence = 0;
  uint32_t last_token = UINT32_MAX;
  Span procl{};
  for (size_t w = 0; w < d.words.size(); ++w) {
    const Word& word = d.words[w];
    while (sentence + 1 < d.sentences.size() &&
           word.token >= d.sentences[sentence].token_end)
      ++sentence;
    if (word.role == WordRole::kProclitic) {
      if (procl.empty()) procl.begin = word.norm.begin;
      procl.end = word.norm.end;
      continue;
    }
    if (word.role == WordRole::kEnclitic) {
      if (!items_.empty() && word.token == last_token)
        items_.back().enclitic = d.NormText(word.norm);
      procl = {};  // بها، له: the preposition took the pronoun
      continue;
    }
    last_token = word.token;
    const Token& tok = d.tokens[word.token];
    // Filled in place: an Item built on the stack and copied in cost a
    // tenth of the step (BuildItems runs over every word).
    word_item_[w] = static_cast<int32_t>(items_.size());
    Item& it = items_.emplace_back();
    it.norm = d.NormText(word.norm);
    it.raw = word.span;
    it.sentence = sentence;
    it.procl = d.NormText(procl);
    procl = {};
    it.punct = tok.kind == TokenKind::kPunct;
    it.number = tok.kind == TokenKind::kNumber;
    if (tok.kind == TokenKind::kArabic) {
      it.stem = d.NormText(word.stem);
      it.article = it.norm.substr(0, kArticle.size()) == kArticle;
    } else if (!it.punct) {
      it.stem = it.norm;
    }
  }
}

void Coder::BuildUnits() {
  const Document& d = doc_;
  // Name mentions: every item whose span lies inside one.
  size_t m = 0;
  for (uint32_t i = 0; i < items_.size(); ++i) {
    const Span s = items_[i].raw;
    while (m < d.mentions.size() && d.mentions[m].span.end <= s.begin) ++m;
    if (m == d.mentions.size()) break;
    const Mention& men = d.mentions[m];
    if (men.actor < 0 || s.begin < men.span.begin || s.end > men.span.end)
      continue;
    if (!units_.empty() && units_.back().actor == men.actor &&
        units_.back().raw == men.span) {
      units_.back().last = i;
    } else {
      units_.push_back({i, i, men.actor, -1, -1, men.span});
    }
    items_[i].unit = static_cast<int32_t>(units_.size() - 1);
  }
  // Nisba adjectives and other knowledge-base names no mention took.
  std::vector<KbHit> hits;
  kb_.Match(d, &hits);
  for (const KbHit& h : hits) {
    if (h.kind == NameKind::kTitle)
      for (uint32_t w = h.begin; w < h.end && w < word_item_.size(); ++w)
        if (word_item_[w] >= 0) items_[word_item_[w]].title = true;
    if (h.kind == NameKind::kTitle || h.id < 0) continue;
    const int32_t state = h.kind == NameKind::kMetonym ? h.id : h.metonym_of;
    if (state >= 0 && h.begin < word_item_.size() && word_item_[h.begin] >= 0)
      items_[word_item_[h.begin]].state = state;
    int32_t first = -1, last = -1;
    bool taken = false;
    for (uint32_t w = h.begin; w < h.end && w < word_item_.size(); ++w) {
      const int32_t i = word_item_[w];
      if (i < 0) continue;
      if (items_[i].unit >= 0) taken = true;
      if (first < 0) first = i;
      last = i;
    }
    if (taken || first < 0) continue;
    const int32_t entry =
        h.kind == NameKind::kMetonym || h.metonym_of < 0 ? h.id : h.metonym_of;
    units_.push_back({static_cast<uint32_t>(first),
                      static_cast<uint32_t>(last),
                      -1,
                      entry,
                      -1,
                      {items_[first].raw.begin, items_[last].raw.end}});
    units_.back().nisba = h.kind == NameKind::kAdjective;
    // "The Russian side" (الجانب الروسي، الطرف التركي) is the state
    // itself, an argument like its name.
    if (units_.back().nisba && first > 0 &&
        IsSideWord(items_[first - 1].norm) && items_[first - 1].unit < 0) {
      units_.back().nisba = false;
      units_.back().first = --first;
      units_.back().raw.begin = items_[first].raw.begin;
    }
    for (int32_t i = first; i <= last; ++i)
      items_[i].unit = static_cast<int32_t>(units_.size() - 1);
  }
  // "The two countries / sides" (البلدين، الجانبين، الطرفين): the last
  // two distinct states or bodies named before.
  // "The two presidents" (الرئيسين): the last two persons.
  for (uint32_t i = 0; i < items_.size(); ++i) {
    if (items_[i].unit >= 0 || items_[i].punct || !items_[i].article) continue;
    const bool persons = IsPersonDual(items_[i].norm);
    if (!persons && !IsDualAnaphor(items_[i].norm)) continue;
    Unit dual{i, i, -1, -1, -1, items_[i].raw};
    // (Named at once: الطرفان الأمريكي والبريطاني, meeting.cc.)
    if (!persons && DualOfNisbas(i, &dual)) {
      units_.push_back(dual);
      for (uint32_t k = i; k <= dual.last; ++k)
        items_[k].unit = static_cast<int32_t>(units_.size() - 1);
      i = dual.last;
      continue;
    }
    int n = 0;
    for (uint32_t k = i; k-- > 0 && n < 2 && i - k < 200;) {
      const int32_t u = items_[k].unit;
      if (u < 0 || units_[u].actor < 0 || units_[u].first != k) continue;
      const EntityType ty = d.actors[units_[u].actor].type;
      if (persons ? ty != EntityType::kPer
                  : ty != EntityType::kGpe && ty != EntityType::kOrg)
        continue;
      if (n == 1 && units_[dual.pair[0]].actor == units_[u].actor) continue;
      dual.pair[n++] = u;
    }
    if (n < 2) continue;
    units_.push_back(dual);
    items_[i].unit = static_cast<int32_t>(units_.size() - 1);
  }
  // Generic agents (المتظاهرون، الشرطة) where no name stands.
  // A word found as a trigger is not an agent (طلب is no طلاب).
  std::vector<bool> trigger(items_.size(), false);
  for (const Found& f : found_) trigger[f.item] = true;
  act_noun_.assign(items_.size(), false);
  for (const Found& f : found_) {
    const TriggerEntry& t = lex_.triggers()[f.entry];
    act_noun_[f.item] = t.type == "ASSAULT" && t.kind == TriggerKind::kNoun;
    // (and the noun a verb took in: قتل … في هجومين استهدفا)
    if (f.content != UINT32_MAX && t.type == "ASSAULT")
      act_noun_[f.content] = true;
  }
  for (uint32_t i = 0; i < items_.size(); ++i) {
    if (items_[i].unit >= 0 || items_[i].punct || trigger[i]) continue;
    const std::vector<AgentForm>* forms = AgentFormsAt(i);
    if (!forms) continue;
    // An agent's nisba after an attack noun is its kind (هجوم انتحاري،
    // الهجمات الإرهابية), no party: see Described.
    if (i > 0 && act_noun_[i - 1] &&
        items_[i].article == items_[i - 1].article &&
        (items_[i].norm.ends_with("\xD9\x8A") ||         // ي
         items_[i].norm.ends_with("\xD9\x8A\xD9\x87")))  // ية
      continue;
    // A group word before a partitive من (مجموعة من المسلحين) is not
    // the agent: the group named after من is.
    if ((i + 1 < items_.size() && args_.Partitive(i + 1)) ||
        (i + 2 < items_.size() && args_.Partitive(i + 2) &&
         !items_[i + 1].punct && items_[i + 1].procl.empty()))
      continue;
    std::string_view bare = items_[i].norm;
    if (items_[i].article) bare.remove_prefix(kArticle.size());
    for (const AgentForm& f : *forms) {
      bool ok = f.whole.empty() || f.whole == bare;
      for (size_t k = 0; ok && k < f.rest.size(); ++k) {
        const uint32_t j = i + 1 + k;
        ok = j < items_.size() && items_[j].unit < 0 &&
             items_[j].stem == f.rest[k];
      }
      if (!ok) continue;
      uint32_t last = i + f.rest.size();
      // An agent word right after it, without و, describes it (مسلحين
      // مجهولين، جنودا متمردين، المتظاهرين المعارضين): one unit, the
      // first word's agent.
      // (Not a noun with a genitive of its own: مسلحون مطران الكلدان; nor
      // a masculine plural after a feminine singular, which it cannot
      // describe: it is the object, هاجمت الشرطة المحتجين.)
      while (last + 1 < items_.size() && !items_[last + 1].punct &&
             !(doc_.Text(items_[last].raw).ends_with("\xD8\xA9") &&  // ة
               SoundPlural(items_[last + 1])) &&
             items_[last + 1].unit < 0 && items_[last + 1].procl.empty() &&
             !trigger[last + 1] &&
             items_[last + 1].article == items_[i].article &&
             items_[last + 1].sentence == items_[i].sentence &&
             AgentFormsAt(last + 1) && AdjectiveShaped(last + 1) &&
             CaseAgrees(items_[last], items_[last + 1]) &&
             !(last + 2 < items_.size() && items_[last + 2].article &&
               items_[last + 2].procl.empty() && !items_[last + 1].article))
        ++last;
      // A plural in the construct state (مسلحو الحركة) takes in its
      // definite genitive: one unit, the agent's.
      if (last == i && items_[i].stem.ends_with("\xD9\x88") &&  // و
          !lex_.AgentsOf(items_[i].stem) && items_[last + 1].article &&
          items_[last + 1].unit < 0 && !trigger[last + 1])
        ++last;
      // A title before a person's name (السفير الروسي لدى تركيا أندريه
      // كارلوف) is no party of its own: the person is.
      if (TitleOfPerson(i, last, f.agent)) break;
      // People of a place that stands for no party (مستوطني براخة،
      // أبناء دارفور) are the agent, the place its genitive: one unit.
      if (last + 1 < items_.size() && !items_[last + 1].punct &&
          items_[last + 1].procl.empty() &&
          items_[last + 1].sentence == items_[i].sentence &&
          args_.UnitStartingAt(last + 1) >= 0 &&
          args_.PlaceOnly(items_[last + 1].unit))
        last = units_[items_[last + 1].unit].last;
      // قوات حفتر، سلطات طرابلس: forces or authorities of a named actor
      // are that actor, named right after.
      if (last + 1 < items_.size() && items_[last + 1].unit >= 0 &&
          !items_[last + 1].punct &&
          items_[last + 1].sentence == items_[i].sentence &&
          units_[items_[last + 1].unit].actor >= 0)
        break;
      // Arms (الطائرات، المدفعية) are a unit only as a state's, named by
      // its nisba (الطائرات الإسرائيلية): bought, sold or shot down, they
      // are no party and must not stop a search for one.
      if (!lex_.agents()[f.agent].party && lex_.agents()[f.agent].state &&
          OwnerNisbaAt(last + 1, items_[i].sentence, true) < 0)
        break;
      units_.push_back({i,
                        last,
                        -1,
                        -1,
                        static_cast<int32_t>(f.agent),
                        {items_[i].raw.begin, items_[last].raw.end}});
      for (uint32_t j = i; j <= last; ++j)
        items_[j].unit = static_cast<int32_t>(units_.size() - 1);
      i = last;
      break;
    }
  }
}

// Whether the agent phrase at items [i, last] is a person's title: a
// definite person agent (السفير، المسؤول) with a person's name after
// it, past nisbas, names of places or bodies, adjectives with the
// article and prepositions (السفير الروسي لدى تركيا أندريه كارلوف).
bool Coder::TitleOfPerson(uint32_t i, uint32_t last, uint32_t agent) const {
  // (A plural is no title: المتظاهرين في خور.)
  if (!items_[i].article || lex_.agents()[agent].type != EntityType::kPer ||
      SoundPlural(items_[i]) || items_[i].norm.ends_with("\xD8\xA7\xD8\xAA"))
    return false;
  for (uint32_t j = last + 1; j < items_.size() && j <= last + 6; ++j) {
    const Item& it = items_[j];
    if (it.sentence != items_[i].sentence) return false;
    if (it.unit >= 0 && units_[it.unit].actor >= 0 &&
        doc_.actors[units_[it.unit].actor].type == EntityType::kPer)
      return true;
    const bool pass = it.unit >= 0 || IsQuote(it) ||
                      (!it.punct && (it.article || IsPrepWord(it.norm)));
    if (!pass) return false;
  }
  return false;
}

// Whether item i can be an adjective: a participle (its stem starts
// with م: مجهولين، متمردين، المعارضين) or a nisba (انتحاري); a noun
// (السجناء) after an agent is an object or a genitive.
bool Coder::AdjectiveShaped(uint32_t i) const {
  return items_[i].stem.starts_with("\xD9\x85") || NisbaShaped(i);
}

// Whether the word ends as a masculine sound plural (ون، ين).
bool Coder::SoundPlural(const Item& it) {
  return it.norm.size() > 6 && (it.norm.ends_with("\xD9\x88\xD9\x86") ||
                                it.norm.ends_with("\xD9\x8A\xD9\x86"));
}

// Whether unit u is a generic agent of men in the sound plural
// (المتهمين، مسلحون): a verb that says "she" (قتلت) does not agree
// with it, so it is not that verb's subject.
bool Coder::MenPlural(int32_t u) const {
  // (After a group word and a partitive the head agrees: هاجمت مجموعة
  // من المسلحين; a count does not make it feminine: أربعة من المتهمين.)
  if (u < 0 || units_[u].agent < 0 || !SoundPlural(items_[units_[u].first]))
    return false;
  const uint32_t i = units_[u].first;
  return !(i >= 2 && args_.Counted(u) && !items_[i - 2].number &&
           items_[i - 2].norm.ends_with("\xD9\x87") &&  // ة
           !IsCardinal(items_[i - 2].norm));
}

// ثلاثة … عشرة: counts that end in ة, for men.
bool Coder::IsCardinal(std::string_view w) {
  static const char* kWords[] = {
      "\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87",          // ثلاثه
      "\xD8\xA7\xD8\xB1\xD8\xA8\xD8\xB9\xD9\x87",          // اربعه
      "\xD8\xAE\xD9\x85\xD8\xB3\xD9\x87",                  // خمسه
      "\xD8\xB3\xD8\xAA\xD9\x87",                          // سته
      "\xD8\xB3\xD8\xA8\xD8\xB9\xD9\x87",                  // سبعه
      "\xD8\xAB\xD9\x85\xD8\xA7\xD9\x86\xD9\x8A\xD9\x87",  // ثمانيه
      "\xD8\xAA\xD8\xB3\xD8\xB9\xD9\x87",                  // تسعه
      "\xD8\xB9\xD8\xB4\xD8\xB1\xD9\x87",                  // عشره
  };
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

// Whether the case endings of items a and b (an agent and its
// adjective) can agree: ون with ون، ين with ين or none; the
// accusative ا of a singular with ا or a plural ين (جنودا متمردين).
bool Coder::CaseAgrees(const Item& a, const Item& b) {
  auto ending = [](const Item& it) {
    if (it.norm.ends_with("\xD9\x88\xD9\x86")) return 1;  // ون
    if (it.norm.ends_with("\xD9\x8A\xD9\x86")) return 2;  // ين
    if (it.norm.ends_with("\xD8\xA7")) return 3;          // ا
    return 0;
  };
  const int x = ending(a), y = ending(b);
  if (x == 1) return y != 2 && y != 3;
  if (x == 2) return y != 1 && y != 3;
  if (x == 3) return y != 1;
  return true;
}

// The generic agent phrases whose first word is item i, by its light
// stem, also with the accusative (قتل 20 شخصا) or dual (جنديان) ending
// the stemmer leaves on, or the و of a plural before its genitive
// (سائقو الأجرة، مسلحو الحركة: no article, a word after it); nullptr
// when none.
const std::vector<AgentForm>* Coder::AgentFormsAt(uint32_t i) const {
  const std::string_view stem = items_[i].stem;
  const std::vector<AgentForm>* forms = lex_.AgentsOf(stem);
  if (!forms && stem.size() > 6 && stem.ends_with("\xD8\xA7"))  // ا
    forms = lex_.AgentsOf(stem.substr(0, stem.size() - 2));
  if (!forms && stem.size() > 6 && stem.ends_with("\xD9\x88") &&  // و
      !items_[i].article && i + 1 < items_.size() && !items_[i + 1].punct &&
      items_[i + 1].procl.empty() &&
      items_[i + 1].sentence == items_[i].sentence)
    forms = lex_.AgentsOf(stem.substr(0, stem.size() - 2));
  if (!forms && stem.size() > 8 && stem.ends_with("\xD8\xA7\xD9\x86"))  // ان
    forms = lex_.AgentsOf(stem.substr(0, stem.size() - 4));
  return forms;
}

// The index of the document's actor with key x.key; x (its surface
// form as the one alias) is added when there is none. `alias_if_found`
// records the surface on an actor already there.
int32_t Coder::ActorWithKey(Actor x, bool alias_if_found) {
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    if (doc_.actors[a].key != x.key) continue;
    std::vector<std::string>& al = doc_.actors[a].aliases;
    if (alias_if_found &&
        std::find(al.begin(), al.end(), x.aliases[0]) == al.end())
      al.push_back(x.aliases[0]);
    return static_cast<int32_t>(a);
  }
  doc_.actors.push_back(std::move(x));
  return static_cast<int32_t>(doc_.actors.size() - 1);
}

// Knowledge-base entry `entry` as an actor named by `alias`.
int32_t Coder::KbActor(int32_t entry, std::string alias) {
  const KbEntry& e = kb_.entries()[entry];
  Actor x;
  x.key = e.key;
  x.name = e.name_ar;
  x.name_en = e.name_en;
  x.type = e.type;
  x.country = e.country;
  x.wikidata = e.wikidata;
  x.aliases.push_back(std::move(alias));
  return ActorWithKey(std::move(x), false);
}

// The actor a unit names, adding a knowledge-base actor or a generic
// agent if needed.
int32_t Coder::ActorOf(int32_t u) {
  Unit& unit = units_[u];
  if (unit.actor >= 0) return unit.actor;
  if (unit.agent >= 0) {
    const Agent& g = lex_.agents()[unit.agent];
    // A state's body or arms named by its nisba (الشرطة التركية،
    // الطائرات الإسرائيلية) is that state; any agent named by an armed
    // group's (الميليشيات الحوثية، المسلحون الحوثيون) is that group.
    const int32_t owner_nisba =
        OwnerNisbaAt(unit.last + 1, items_[unit.first].sentence, g.state);
    if (owner_nisba >= 0) {
      const Span phrase{unit.raw.begin, units_[owner_nisba].raw.end};
      return unit.actor = KbActor(units_[owner_nisba].kb_entry,
                                  std::string(doc_.Text(phrase)));
    }
    // Or by التابع ل + its owner (سلاح الجو التابع للقيادة العامة).
    const int32_t owner = g.state ? OwnerAfter(u) : -1;
    if (owner >= 0) return unit.actor = ActorOf(owner);
    // Or by بلاده: the state of the one named before (قال لافروف إن قوات
    // بلاده قصفت …), as his role in the knowledge base says.
    const int32_t his = g.state ? HisCountryAfter(u) : -1;
    if (his >= 0) return unit.actor = his;
    if (!g.party) return -1;
    Actor x;
    x.key = g.key;
    x.name = g.name_ar;
    x.name_en = g.name_en;
    x.type = g.type;
    x.country = AgentCountry(u);
    x.aliases.emplace_back(doc_.Text(unit.raw));
    const std::string country = x.country;
    unit.actor = ActorWithKey(std::move(x), true);
    // (The police of two states in one document: no one country.)
    if (doc_.actors[unit.actor].country != country)
      doc_.actors[unit.actor].country.clear();
    return unit.actor;
  }
  if (unit.kb_entry < 0) return -1;
  return unit.actor = KbActor(unit.kb_entry, std::string(doc_.Text(unit.raw)));
}

// The unit of a nisba of a knowledge-base entry of `type` at item i in
// sentence s (after an agent: الشرطة المصرية، الميليشيات الحوثية), or -1.
int32_t Coder::KbNisbaAt(uint32_t i, uint32_t s, EntityType type) const {
  if (i >= items_.size() || items_[i].unit < 0 || items_[i].sentence != s)
    return -1;
  const Unit& n = units_[items_[i].unit];
  if (!n.nisba || n.kb_entry < 0 || kb_.entries()[n.kb_entry].type != type)
    return -1;
  return items_[i].unit;
}

// The owner an agent's nisba at item i names: a state's (for a state's
// body, `state`) or else an armed group's; the nisba's unit or -1.
int32_t Coder::OwnerNisbaAt(uint32_t i, uint32_t s, bool state) const {
  const int32_t n = state ? KbNisbaAt(i, s, EntityType::kGpe) : -1;
  return n >= 0 ? n : KbNisbaAt(i, s, EntityType::kOrg);
}

// The unit after التابع ل or التابعة ل right after agent unit u (قوات
// الأمن التابعة لوزارة الداخلية), a party that is no place; or -1.
int32_t Coder::OwnerAfter(int32_t u) const {
  const uint32_t i = units_[u].last + 1;
  if (i + 1 >= items_.size() || items_[i].unit >= 0 ||
      items_[i].sentence != items_[units_[u].first].sentence ||
      (items_[i].norm !=
           "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9" &&  // التابع
       items_[i].norm != "\xD8\xA7\xD9\x84\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9\xD9"
                         "\x87"))  // التابعه
    return -1;
  const int32_t o = args_.UnitStartingAt(i + 1);
  if (o < 0 || o == u || args_.PrepOf(i + 1) != "\xD9\x84" ||  // ل
      units_[o].agent >= 0 || units_[o].nisba || args_.PlaceOnly(o))
    return -1;
  return o;
}

// The state of the person named before agent unit u in its sentence when
// بلاده، بلادها or بلادهم follows it (قوات بلاده), or -1.
int32_t Coder::HisCountryAfter(int32_t u) {
  const uint32_t i = units_[u].last + 1;
  if (i >= items_.size() || items_[i].unit >= 0 ||
      items_[i].sentence != items_[units_[u].first].sentence ||
      items_[i].norm != "\xD8\xA8\xD9\x84\xD8\xA7\xD8\xAF" ||  // بلاد
      items_[i].enclitic.empty())
    return -1;
  // (Past the complementizer after the one who speaks: قال لافروف إن.)
  uint32_t from = units_[u].first;
  if (from >= 1 && !items_[from - 1].punct &&
      IsComplementizer(items_[from - 1].norm))
    --from;
  const int32_t who = args_.Backward(from, 15, true);
  const int32_t a = who >= 0 ? DoerOf(who) : -1;
  return a >= 0 ? LeaderState(a, true) : -1;
}

// The agent's country: the ISO code of the state whose nisba stands
// right after agent unit u; else empty.
std::string Coder::AgentCountry(int32_t u) const {
  const int32_t n = KbNisbaAt(
      units_[u].last + 1, items_[units_[u].first].sentence, EntityType::kGpe);
  return n < 0 ? "" : kb_.entries()[units_[n].kb_entry].country;
}

// The actor unit u names as a doer: a city that stands for a state
// (موسكو → Russia) is the state; another place is no doer (-1).
int32_t Coder::DoerOf(int32_t u) {
  const int32_t a = ActorOf(u);
  if (a < 0 || !args_.IsPlace(a)) return a;
  int32_t state = items_[units_[u].first].state;
  if (state < 0) state = args_.StateSeatedIn(a);
  if (state < 0) return -1;
  return KbActor(state, std::string(doc_.Text(units_[u].raw)));
}

// How many items from i on are inside a date expression.
uint32_t Coder::DatedAt(uint32_t i) const {
  uint32_t n = 0;
  while (i + n < items_.size() && items_[i + n].in_date) ++n;
  return n;
}

// Marks the items inside a date expression (Item::in_date).
void Coder::MarkDates() {
  for (const DateExpr& d : doc_.dates) {
    auto it = std::lower_bound(
        items_.begin(), items_.end(), d.span.begin,
        [](const Item& x, uint32_t b) { return x.raw.begin < b; });
    for (; it != items_.end() && it->raw.end <= d.span.end; ++it)
      it->in_date = true;
  }
}

}  // namespace events_internal
}  // namespace rasd
