// Deaths and damage a disaster or an accident caused: see disaster.h.

#include "events/disaster.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace rasd {
namespace events {
namespace {

// How far from the trigger the cause may stand (قتل 40 شخصا وأصيب أكثر
// من مئتين في حادث تصادم: eight words).
constexpr uint32_t kReach = 9;

// Light stems of words that name a disaster or a crash on their own (not
// غرق: الإيهام بالغرق is torture; حادث غرق is listed below; not سيول
// or بركان, which are also Seoul and an Israeli industrial zone: see
// kDefinite).
constexpr std::array<std::string_view, 14> kDisaster = {
    "زلزال",   "زلازل", "إعصار", "اعصار", "فيضان", "فيضانات", "عاصفة",
    "تسونامي", "ثوران", "حرائق", "حريق",  "تحطم",  "تصادم",   "اصطدام"};

// Words that name a disaster only with the article (السيول، البركان).
constexpr std::array<std::string_view, 2> kDefinite = {"السيول", "البركان"};

// What makes حادث an accident rather than an attack (حادث سير); not سقوط:
// حادثة سقوط شظايا is a missile's debris.
constexpr std::array<std::string_view, 10> kAccident = {
    "سير", "مرور",   "مروري",  "تصادم", "تحطم",
    "غرق", "انقلاب", "اصطدام", "قطار",  "طائرة"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view stem) {
  return std::find(list.begin(), list.end(), stem) != list.end();
}

// First words of the triggers (triggers.tsv) of acts done on purpose.
constexpr std::array<std::string_view, 37> kIntent = {
    "هاجم",  "هجوم",   "هجمات",   "قصف",   "استهدف", "استهداف",  "اغتال",
    "اغتيل", "اغتيال", "غارة",    "غارات", "اعتداء", "اعتداءات", "اعتدى",
    "فجر",   "تفجير",  "تفجيرات", "أطلق",  "إطلاق",  "فتح",      "رشق",
    "اشتبك", "تعذيب",  "عذب",     "اختطف", "خطف",    "اختطاف",   "مجزرة",
    "مجازر", "مذبحة",  "مذابح",   "غزو",   "توغل",   "اجتياح",   "أسقط",
    "إسقاط", "احتجز"};

}  // namespace

bool IntentAct(std::string_view listed) {
  const size_t end = listed.find_first_of("/ |");
  return In(kIntent, listed.substr(0, end));
}

bool ByDisaster(const std::vector<Item>& items, uint32_t trig) {
  if (trig >= items.size()) return false;
  const uint32_t s = items[trig].sentence;
  const uint32_t from = trig > kReach ? trig - kReach : 0;
  const uint32_t to = std::min<uint32_t>(items.size(), trig + kReach + 1);
  for (uint32_t i = from; i < to; ++i) {
    const Item& it = items[i];
    if (i == trig || it.sentence != s || it.punct) continue;
    if (In(kDisaster, it.stem) || In(kDefinite, it.norm)) return true;
    if ((it.stem == "حادث" || it.stem == "حادثة") && i + 1 < items.size() &&
        items[i + 1].sentence == s && In(kAccident, items[i + 1].stem))
      return true;
  }
  return false;
}

}  // namespace events
}  // namespace rasd
