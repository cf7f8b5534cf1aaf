// The parties of meetings, talks, agreements and cooperation (CONSULT,
// AGREE, COOPERATE) beyond what the argument search finds (events12b).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

// The person a title names when the party found is the title's state or
// body (its nisba or genitive) and his name follows, right after it or
// set off by a comma: مع الرئيس الروسي، فلاديمير بوتين؛ مع نظيره
// الإسرائيلي أفيغدور ليبرمان؛ التقى رئيس وزراء سنغافورة لي هسين لونغ؛
// محادثات مع رئيسة الحكومة، تيريزا ماي. Who met is the person, when
// named. -1 when the unit is no such title's state or no person follows.
int32_t Coder::PersonAfterTitle(int32_t u, uint32_t trigger) {
  const Unit& x = units_[u];
  const int32_t a = ActorOf(u);
  if (x.first == 0 || (a < 0 && !x.nisba) ||
      (a >= 0 && doc_.actors[a].type == EntityType::kPer))
    return -1;
  // (A title before it: a noun, not a preposition or a verb's party;
  // مع روسيا، بوتين is no title.)
  const Item& head = items_[x.first - 1];
  // (Nor a spokesman's: الناطق باسم الخارجية الإيرانية بهرام قاسمي
  // speaks for it and met nobody; nor the trigger itself, وعد حزب.)
  if (head.punct || head.unit >= 0 || head.number || head.in_date ||
      IsPrepWord(head.norm) || IsQuote(head) ||
      head.sentence != items_[x.first].sentence || x.first - 1 == trigger ||
      head.norm == "\xD8\xA7\xD8\xB3\xD9\x85")  // اسم
    return -1;
  bool comma = false;
  for (uint32_t j = x.last + 1; j < items_.size() && j <= x.last + 4; ++j) {
    const Item& it = items_[j];
    if (it.sentence != head.sentence) return -1;
    if (it.punct) {
      // (One comma, not one that opens a clause: ، و.)
      if (comma || !(it.norm == "\xD8\x8C" || it.norm == ",") ||
          j + 1 >= items_.size() || items_[j + 1].procl.starts_with("\xD9\x88"))
        return -1;
      comma = true;
      continue;
    }
    const int32_t v = it.unit;
    if (v < 0 || units_[v].first != j || !it.procl.empty()) return -1;
    // (Another nisba of the title: الرئيس الكوري الجنوبي مون جاي إن.)
    if (units_[v].nisba) {
      j = units_[v].last;
      continue;
    }
    // (A named person: no generic agent, الشعب، مجلس الوزراء.)
    const int32_t p = ActorOf(v);
    if (p < 0 || units_[v].agent >= 0 ||
        doc_.actors[p].type != EntityType::kPer ||
        doc_.actors[p].key.starts_with("agent-"))
      return -1;
    return v;
  }
  return -1;
}

// Puts, in the parties of a meeting, talks, an agreement or cooperation,
// the person a title names for the title's state or body (see
// PersonAfterTitle). Returns whether it changed any.
bool Coder::TitledParties(const Found& f, const TriggerEntry& t, Coding* c) {
  // (A promise is one side's act: whom it names is no party met.)
  if (t.type != "CONSULT" &&
      !((t.type == "AGREE" || t.type == "COOPERATE") && t.mutual))
    return false;
  bool changed = false;
  for (std::vector<int32_t>* side : {&c->actors, &c->recipients}) {
    for (int32_t& u : *side) {
      const int32_t p = PersonAfterTitle(u, f.item);
      if (p < 0 ||
          std::find(c->actors.begin(), c->actors.end(), p) != c->actors.end() ||
          std::find(c->recipients.begin(), c->recipients.end(), p) !=
              c->recipients.end())
        continue;
      u = p;
      changed = true;
    }
  }
  if (changed) c->how += "; the person the title names, not his state";
  return changed;
}

// Whether a news outlet (outlets.tsv) stands as a party of a meeting, a
// call, talks, an agreement or cooperation: a paper, channel or agency
// interviews, calls or reports (قال في لقاء مع بي بي سي؛ في اتصال
// هاتفي مع وكالة فرانس برس؛ نقلت تاس عن الوزير قوله خلال اجتماع مع
// نظيره); it meets or signs with no one. The outlet is dropped from the
// parties; true when too few are left for the act (a mutual act with
// fewer than two, a visit or reception with no side left).
bool Coder::OutletOnly(const TriggerEntry& t, Event* ev, std::string* rule) {
  if (t.type != "CONSULT" && t.type != "AGREE" && t.type != "COOPERATE")
    return false;
  auto outlet = [&](int32_t a) {
    const int32_t e = kb_.Find(doc_.actors[a].key);
    return e >= 0 && kb_.entries()[e].outlet;
  };
  const size_t n = ev->actor.size() + ev->recipient.size();
  std::erase_if(ev->actor, outlet);
  std::erase_if(ev->recipient, outlet);
  const size_t left = ev->actor.size() + ev->recipient.size();
  if (left == n) return false;
  *rule += "; a news outlet is no party";
  if (t.mutual) return left < 2;
  return ev->actor.empty() ||
         (ev->recipient.empty() && (t.mode == "visit" || t.mode == "host"));
}

// Whether a town (a place that stands for no state: سرت، بنغازي) stands
// as a party of an agreement, cooperation or talks between parties: it
// is where they were made, not who made them (a capital was already read
// as its state). The town is dropped; true when fewer than two parties
// are left.
bool Coder::TownOnly(const TriggerEntry& t, Event* ev, std::string* rule) {
  if (!t.mutual ||
      (t.type != "CONSULT" && t.type != "AGREE" && t.type != "COOPERATE"))
    return false;
  // (Not a state the knowledge base lists without a nisba, لوكسمبورغ;
  // nor a name it does not know read as a place, which is as often a
  // person's: يوليا تحدثت مع فيكتوريا.)
  auto town = [&](int32_t a) {
    if (!args_.IsPlace(a) || args_.StateSeatedIn(a) >= 0) return false;
    const int32_t e = kb_.Find(doc_.actors[a].key);
    return e >= 0 ? !kb_.entries()[e].state
                  : doc_.actors[a].type == EntityType::kGpe;
  };
  const size_t n = ev->actor.size() + ev->recipient.size();
  std::erase_if(ev->actor, town);
  std::erase_if(ev->recipient, town);
  const size_t left = ev->actor.size() + ev->recipient.size();
  if (left == n) return false;
  *rule += "; a town is no party";
  return left < 2;
}

// "The two sides" named at once by two nisbas joined by و right after
// the dual (الطرفان الأمريكي والبريطاني، البلدين المصري والسوداني): the
// two states the nisbas name, not the last two named before. Makes the
// nisbas part of `dual` (items [i, last of the second]) and sets its
// pair; false when no two such nisbas follow.
bool Coder::DualOfNisbas(uint32_t i, Unit* dual) {
  const uint32_t a = i + 1;
  if (a >= items_.size() || items_[a].unit < 0) return false;
  const int32_t u = items_[a].unit;
  const uint32_t b = units_[u].last + 1;
  if (!units_[u].nisba || units_[u].first != a || b >= items_.size() ||
      items_[b].unit < 0 || items_[b].sentence != items_[i].sentence ||
      items_[b].procl != "\xD9\x88")  // و
    return false;
  const int32_t v = items_[b].unit;
  if (!units_[v].nisba || units_[v].first != b ||
      units_[v].kb_entry == units_[u].kb_entry)
    return false;
  dual->pair[0] = v;
  dual->pair[1] = u;
  dual->last = units_[v].last;
  dual->raw.end = units_[v].raw.end;
  return true;
}

}  // namespace events_internal
}  // namespace rasd
