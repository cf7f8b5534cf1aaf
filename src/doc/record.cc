// rasd/1 writer. The only place that turns byte spans into code-point
// offsets: a prefix table built once per document (byte offset -> number of
// code points before it) makes each conversion O(1).
#include "rasd/record.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

namespace rasd {
namespace {

using Json = nlohmann::ordered_json;

class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : at_(text.size() + 1) {
    uint32_t n = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      at_[i] = n;
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    }
    at_[text.size()] = n;
  }
  uint32_t operator()(uint32_t byte) const { return at_[byte]; }

 private:
  std::vector<uint32_t> at_;
};

Json StrOrNull(const std::string& s) { return s.empty() ? Json() : Json(s); }
Json IndexOrNull(int32_t i) { return i < 0 ? Json() : Json(i); }
Json ActorId(int32_t i) {
  return i < 0 ? Json() : Json("a" + std::to_string(i + 1));
}

Json ActorIds(const std::vector<int32_t>& v) {
  Json out = Json::array();
  for (int32_t i : v) out.push_back(ActorId(i));
  return out;
}

std::string_view UnitName(RelativeUnit u) {
  switch (u) {
    case RelativeUnit::kDay:
      return "day";
    case RelativeUnit::kWeek:
      return "week";
    case RelativeUnit::kMonth:
      return "month";
    case RelativeUnit::kYear:
      return "year";
    case RelativeUnit::kNone:
      break;
  }
  return "";
}

std::string_view PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kWeek:
      return "week";
    case DatePrecision::kNone:
      break;
  }
  return "";
}

}  // namespace

std::string ToRecordJson(const Document& doc, bool pretty, bool explain) {
  const CodePoints cp(doc.text);
  auto span = [&](Json& j, Span s, bool with_text) {
    j["start"] = cp(s.begin);
    j["end"] = cp(s.end);
    if (with_text) j["text"] = std::string(doc.Text(s));
  };

  Json r;
  r["schema"] = kSchema;
  r["id"] = doc.id;
  Json meta;
  meta["title"] = StrOrNull(doc.meta.title);
  meta["url"] = StrOrNull(doc.meta.url);
  meta["outlet"] = StrOrNull(doc.meta.outlet);
  meta["published"] = StrOrNull(doc.meta.published);
  meta["lang"] = doc.meta.lang;
  for (const auto& [key, value] : doc.meta.extra) {
    meta[key] = Json::parse(value, nullptr, /*allow_exceptions=*/false);
  }
  if (!doc.source.empty()) meta["source"] = doc.source;
  r["meta"] = std::move(meta);
  r["text"] = doc.text;

  Json sentences = Json::array();
  for (const Sentence& s : doc.sentences) {
    Json j;
    span(j, s.span, false);
    sentences.push_back(std::move(j));
  }
  r["sentences"] = std::move(sentences);

  Json mentions = Json::array();
  for (const Mention& m : doc.mentions) {
    Json j;
    span(j, m.span, true);
    j["type"] = EntityTypeName(m.type);
    j["actor"] = ActorId(m.actor);
    mentions.push_back(std::move(j));
  }
  r["mentions"] = std::move(mentions);

  Json actors = Json::array();
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const Actor& a = doc.actors[i];
    Json j;
    j["id"] = ActorId(static_cast<int32_t>(i));
    j["key"] = a.key;
    j["name"] = a.name;
    j["name_en"] = StrOrNull(a.name_en);
    j["name_en_source"] = a.name_en.empty()   ? nlohmann::json(nullptr)
                          : a.name_en_learned ? "transliteration"
                                              : "kb";
    j["type"] = EntityTypeName(a.type);
    j["country"] = StrOrNull(a.country);
    j["wikidata"] = StrOrNull(a.wikidata);
    j["role"] = StrOrNull(a.role);
    j["aliases"] = a.aliases;
    actors.push_back(std::move(j));
  }
  r["actors"] = std::move(actors);

  Json dates = Json::array();
  for (const DateExpr& d : doc.dates) {
    Json j;
    span(j, d.span, true);
    j["value"] = StrOrNull(d.value);
    j["precision"] = d.precision == DatePrecision::kNone
                         ? Json()
                         : Json(PrecisionName(d.precision));
    if (d.relative_unit == RelativeUnit::kNone) {
      j["relative"] = nullptr;
    } else {
      j["relative"] = {{"unit", UnitName(d.relative_unit)},
                       {"offset", d.relative_offset}};
    }
    if (!d.mod.empty()) j["mod"] = d.mod;
    if (!d.calendar.empty()) j["calendar"] = d.calendar;
    if (explain) j["rule"] = d.rule;
    dates.push_back(std::move(j));
  }
  r["dates"] = std::move(dates);

  Json amounts = Json::array();
  for (const Amount& a : doc.amounts) {
    Json j;
    span(j, a.span, true);
    j["value"] = a.value;
    j["unit"] = a.unit;
    if (!a.what.empty()) j["what"] = a.what;
    if (!a.approx.empty()) j["approx"] = a.approx;
    if (explain) j["rule"] = a.rule;
    amounts.push_back(std::move(j));
  }
  r["amounts"] = std::move(amounts);

  Json quotes = Json::array();
  for (const Quote& q : doc.quotes) {
    Json j;
    span(j, q.span, true);
    j["speaker"] = ActorId(q.speaker);
    j["cue"] = StrOrNull(q.cue);
    j["outlet"] = ActorId(q.outlet);
    j["direct"] = q.direct;
    if (!q.speaker_span.empty()) {
      j["speaker_text"] = std::string(doc.Text(q.speaker_span));
      Json s;
      span(s, q.speaker_span, false);
      j["speaker_span"] = std::move(s);
    } else {
      j["speaker_text"] = nullptr;
    }
    j["speaker_kind"] = StrOrNull(q.speaker_kind);
    j["outlet_text"] = q.outlet_span.empty()
                           ? Json()
                           : Json(std::string(doc.Text(q.outlet_span)));
    if (!q.via_span.empty()) j["via_text"] = std::string(doc.Text(q.via_span));
    if (explain) j["rule"] = q.rule;
    quotes.push_back(std::move(j));
  }
  r["quotes"] = std::move(quotes);

  Json events = Json::array();
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    Json j;
    j["id"] = "e" + std::to_string(i + 1);
    j["type"] = e.type;
    j["mode"] = StrOrNull(e.mode);
    j["context"] = e.context;
    j["cameo"] = StrOrNull(e.cameo);
    j["actor"] = ActorIds(e.actor);
    j["recipient"] = ActorIds(e.recipient);
    j["date"] = IndexOrNull(e.date);
    j["amount"] = IndexOrNull(e.amount);
    j["location"] = ActorId(e.location);
    Json trigger;
    span(trigger, e.trigger, true);
    j["trigger"] = std::move(trigger);
    Json evidence;
    span(evidence, e.evidence, false);
    j["evidence"] = std::move(evidence);
    j["modality"] = ModalityName(e.modality);
    j["attributed_to"] = ActorId(e.attributed_to);
    // (Two decimals: a share, not a float's last digits.)
    j["confidence"] = std::round(e.confidence * 100.0) / 100.0;
    if (explain) j["rule"] = e.rule;
    events.push_back(std::move(j));
  }
  r["events"] = std::move(events);

  if (!doc.warnings.empty()) r["warnings"] = doc.warnings;

  // Invalid UTF-8 cannot reach here (inputs are decoded), but never throw.
  return r.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace rasd
