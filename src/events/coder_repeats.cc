// Events after coding: one sum per act, visits folded into the meetings told
// with them, repeats of one event merged.
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <algorithm>

#include "events/coder.h"

namespace rasd {
namespace events_internal {

// A sum of money is the price of one act: when several events of a
// sentence took the same amount (الإعلان عن مذكرة تفاهم … وإلغاء الديون
// التي كانت تقدر بـ 4.5 مليار دولار), the one whose trigger stands
// nearest keeps it.
void Coder::OneEventPerSum(size_t first) {
  std::vector<Event>& evs = doc_.events;
  auto distance = [&](const Event& e) {
    const Span a = doc_.amounts[e.amount].span;
    return a.begin >= e.trigger.end
               ? a.begin - e.trigger.end
               : e.trigger.begin - std::min(e.trigger.begin, a.end);
  };
  for (size_t i = first; i < evs.size(); ++i) {
    if (evs[i].amount < 0) continue;
    for (size_t k = i + 1; k < evs.size(); ++k) {
      if (evs[k].amount != evs[i].amount) continue;
      if (distance(evs[k]) < distance(evs[i])) {
        evs[i].amount = -1;
        break;
      }
      evs[k].amount = -1;
    }
  }
}

// A visit and a meeting in person told in one sentence, the visitor
// among the meeting's parties (زيارة إلى العاصمة الروسية أجرى خلالها
// محادثات مع شويغو؛ استقبلت الجزائر حفتر حيث التقى سلال), are one
// event: the meeting, which names whom the visitor met (the host named
// is the party, the country only when none is). When the visit is two
// acts told at once (زار روسيا مرتين … والتقى شويغو), the meeting
// cannot be told apart from either: it is folded into them.
void Coder::FoldVisits(size_t first) {
  std::vector<Event>& evs = doc_.events;
  std::vector<bool> drop(evs.size(), false);
  auto asserted = [](Modality m) {
    return m == Modality::kAsserted || m == Modality::kReported;
  };
  for (size_t v = first; v < evs.size(); ++v) {
    const Event& visit = evs[v];
    if (visit.type != "CONSULT" ||
        (visit.mode != "visit" && visit.mode != "host"))
      continue;
    const std::vector<int32_t>& guest =
        visit.mode == "host" ? visit.recipient : visit.actor;
    // (Before repeats are merged: one of two acts may merge with a
    // visit told before, زار مرتين after حط في موسكو.)
    // (So are visits named in the plural: الزيارات التي قام بها حفتر
    // لروسيا واجتماعه مع السياسيين في موسكو.)
    std::string_view word = doc_.Text(visit.trigger);
    word = word.substr(0, word.find(' '));
    const bool twice =
        std::find(twins_.begin(), twins_.end(), v) != twins_.end() ||
        std::find(twins_.begin(), twins_.end(), v + 1) != twins_.end() ||
        word.ends_with("\xD8\xA7\xD8\xAA");  // ات
    for (size_t m = first; m < evs.size(); ++m) {
      const Event& meet = evs[m];
      if (drop[m] || meet.type != "CONSULT" || meet.mode != "meet" ||
          meet.actor.size() < 2 || meet.evidence != visit.evidence ||
          asserted(meet.modality) != asserted(visit.modality))
        continue;
      bool shared = false;
      for (int32_t a : guest)
        shared = shared || std::find(meet.actor.begin(), meet.actor.end(), a) !=
                               meet.actor.end();
      if (!shared) continue;
      drop[twice ? m : v] = true;
      break;
    }
  }
  // The same trip or talks told again with the state for its people
  // (ووصل حفتر إلى العاصمة الروسية؛ بحث حفتر مع القيادة العسكرية
  // الروسية), after or before a meeting in person of the same party with
  // a person of that state on the same date: one event, that meeting.
  for (size_t e = first; e < evs.size(); ++e) {
    const Event& ev = evs[e];
    if (drop[e] || ev.type != "CONSULT" ||
        (ev.mode != "visit" && ev.mode != "meet") ||
        std::find(twins_.begin(), twins_.end(), e) != twins_.end() ||
        std::find(twins_.begin(), twins_.end(), e + 1) != twins_.end())
      continue;
    std::vector<int32_t> parties = ev.actor;
    parties.insert(parties.end(), ev.recipient.begin(), ev.recipient.end());
    if (parties.size() != 2) continue;
    for (size_t m = first; m < evs.size() && !drop[e]; ++m) {
      const Event& meet = evs[m];
      if (m == e || drop[m] || meet.type != "CONSULT" || meet.mode != "meet" ||
          asserted(meet.modality) != asserted(ev.modality) ||
          (meet.date >= 0 && ev.date >= 0 &&
           doc_.dates[meet.date].value != doc_.dates[ev.date].value))
        continue;
      for (int k = 0; k < 2 && !drop[e]; ++k) {
        const int32_t x = parties[k], state = parties[1 - k];
        const Actor& st = doc_.actors[state];
        if (st.type != EntityType::kGpe || st.country.empty() ||
            std::find(meet.actor.begin(), meet.actor.end(), x) ==
                meet.actor.end())
          continue;
        for (int32_t p : meet.actor)
          if (p != x && doc_.actors[p].type == EntityType::kPer &&
              doc_.actors[p].country == st.country)
            drop[e] = true;
      }
    }
  }
  size_t kept = first;
  std::vector<size_t> twins;
  for (size_t i = first; i < evs.size(); ++i) {
    if (drop[i]) continue;
    if (std::find(twins_.begin(), twins_.end(), i) != twins_.end())
      twins.push_back(kept);
    if (kept != i) evs[kept] = std::move(evs[i]);
    ++kept;
  }
  evs.resize(kept);
  twins_ = std::move(twins);
}

// An article names one event many times (زيارة حفتر … الزيارة … هذه
// الزيارة): a later event of the same type and modality whose arguments
// fit an earlier one's (each list empty, or within the other) and whose
// date does not differ is that event again. Its arguments, date and
// amount fill what the first one lacked; it is not kept.
// Whether e is one act of the many an earlier plural names: the
// previous agreements (الاتفاقيات السابقة) and then one deal told with
// its date and sum (أبرمت عام 2008 صفقة سلاح) are not the same event.
// A plural that says one act (محادثات، مشاورات) told again by the same
// word (المحادثات) stays a repeat.
bool Coder::OneOfMany(const Event& o, const Event& e) const {
  auto first_word = [&](const Event& x) {
    std::string_view w = doc_.Text(x.trigger);
    return w.substr(0, w.find(' '));
  };
  const std::string_view ow = first_word(o), ew = first_word(e);
  const std::string_view kAt = "\xD8\xA7\xD8\xAA";  // ات
  // Protests and fighting are one happening named in the plural
  // (مظاهرات، اشتباكات): only acts that are counted one by one here.
  if (o.type == "PROTEST" || o.type == "ASSAULT") return false;
  if (!ow.ends_with(kAt) || ew.ends_with(kAt)) return false;
  // The same word again in the singular: the stems compared loosely, the
  // plural ending and the article dropped.
  std::string_view stem = ow.substr(0, ow.size() - kAt.size());
  if (stem.starts_with("\xD8\xA7\xD9\x84")) stem.remove_prefix(4);  // ال
  return ew.find(stem) == std::string_view::npos;
}

void Coder::MergeRepeats(size_t first) {
  std::vector<Event>& evs = doc_.events;
  auto fits = [](const std::vector<int32_t>& a, const std::vector<int32_t>& b) {
    if (a.empty() || b.empty()) return true;
    for (int32_t x : a)
      if (std::find(b.begin(), b.end(), x) == b.end()) return false;
    return true;
  };
  auto asserted = [](Modality m) {
    return m == Modality::kAsserted || m == Modality::kReported;
  };
  size_t kept = first;
  for (size_t i = first; i < evs.size(); ++i) {
    Event& e = evs[i];
    bool merged = false;
    // The second of two acts told at once (زيارتين، زارها مرتين) is
    // not the first again.
    const bool twin =
        std::find(twins_.begin(), twins_.end(), i) != twins_.end();
    for (size_t k = first; k < kept && !merged && !twin; ++k) {
      Event& o = evs[k];
      if (o.type != e.type || asserted(o.modality) != asserted(e.modality) ||
          (!asserted(o.modality) && o.modality != e.modality))
        continue;
      // Whether two lists of parties share one. (Nor may the merged event
      // have anyone act on themselves: an actor of one is no recipient of
      // the other.)
      auto shared = [](const std::vector<int32_t>& a,
                       const std::vector<int32_t>& b) {
        for (int32_t x : a)
          if (std::find(b.begin(), b.end(), x) != b.end()) return true;
        return false;
      };
      const bool fit =
          (fits(e.actor, o.actor) || fits(o.actor, e.actor)) &&
          (fits(e.recipient, o.recipient) || fits(o.recipient, e.recipient)) &&
          !shared(e.actor, o.recipient) && !shared(o.actor, e.recipient);
      // Partial reports in two sentences that name no party in common
      // (شن الطيران غارات على مواقع المعارضة … وقصفت طائرات مجهولة مواقع
      // …) may be two acts: neither lends the other a party. (In one
      // sentence they are one: قتل جنديان في هجوم شنه مسلحون.)
      const bool named_apart = o.evidence != e.evidence &&
                               (!e.actor.empty() || !e.recipient.empty()) &&
                               (!o.actor.empty() || !o.recipient.empty()) &&
                               !shared(e.actor, o.actor) &&
                               !shared(e.recipient, o.recipient);
      // Fighting between two sides is not the same as an act done to
      // someone (قتلت برصاص الجيش).
      auto sides = [](const Event& x) {
        return x.rule.find(kBothSides) != std::string::npos;
      };
      const bool shapes_differ = (sides(o) && !e.recipient.empty()) ||
                                 (sides(e) && !o.recipient.empty());
      const bool dates_differ =
          o.date >= 0 && e.date >= 0 &&
          doc_.dates[o.date].value != doc_.dates[e.date].value;
      // A protest that turns to rioting in the same sentence (تجمعوا …
      // وأحرقوا الإطارات) is one protest, a riot.
      const bool one_protest = o.type == "PROTEST" &&
                               o.evidence == e.evidence && !o.actor.empty() &&
                               o.actor == e.actor;
      const bool modes_differ = !one_protest && !o.mode.empty() &&
                                !e.mode.empty() && o.mode != e.mode;
      const bool amounts_differ =
          o.amount >= 0 && e.amount >= 0 && o.amount != e.amount;
      if (!fit || named_apart || shapes_differ || dates_differ ||
          modes_differ || amounts_differ || OneOfMany(o, e))
        continue;
      if (o.actor.size() < e.actor.size()) o.actor = e.actor;
      if (o.recipient.size() < e.recipient.size()) o.recipient = e.recipient;
      if (o.date < 0) o.date = e.date;
      if (o.amount < 0) o.amount = e.amount;
      if (o.location < 0) o.location = e.location;
      if (o.mode.empty() || (one_protest && e.mode == "riot")) {
        o.mode = e.mode;
        o.cameo = e.cameo;
      }
      o.confidence = std::max(o.confidence, e.confidence);
      merged = true;
    }
    if (!merged) {
      if (kept != i) evs[kept] = std::move(e);
      ++kept;
    }
  }
  evs.resize(kept);
}

}  // namespace events_internal
}  // namespace rasd
