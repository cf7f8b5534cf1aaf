#include "store/doc_writer.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/record.h"
#include "store/doc_check.h"

namespace rasd::store {
namespace {

using Json = nlohmann::json;

// --- Reading the parsed record without exceptions ---------------------------

const Json& Member(const Json& j, const char* key) {
  static const Json kNull;
  if (!j.is_object()) return kNull;
  auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

int64_t IntOf(const Json& j) {
  return j.is_number_integer() ? j.get<int64_t>() : -1;
}

std::optional<std::string> StrOf(const Json& j) {
  if (!j.is_string()) return std::nullopt;
  return j.get_ref<const std::string&>();
}

std::string DumpOf(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The record's code-point span of one layer element (or of its member `sub`:
// an event's "trigger" or "evidence").
struct CpSpan {
  int64_t start = -1;
  int64_t end = -1;
};

CpSpan SpanOf(const Json& item, const char* sub = nullptr) {
  const Json& j = sub ? Member(item, sub) : item;
  return {IntOf(Member(j, "start")), IntOf(Member(j, "end"))};
}

std::optional<std::string_view> OptStr(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// The same status with the document named at its end.
Status InDoc(const Status& s, const Document& doc) {
  if (s.ok()) return s;
  const std::string msg = s.message() + " [" + DocName(doc) + "]";
  switch (s.code()) {
    case StatusCode::kInvalidArgument:
      return Status::InvalidArgument(msg);
    case StatusCode::kBadInput:
      return Status::BadInput(msg);
    case StatusCode::kNotFound:
      return Status::NotFound(msg);
    case StatusCode::kIoError:
      return Status::IoError(msg);
    case StatusCode::kCorruption:
      return Status::Corruption(msg);
    case StatusCode::kOk:
    case StatusCode::kInternal:
      break;
  }
  return Status::Internal(msg);
}

}  // namespace

// --- Writing ----------------------------------------------------------------

struct DocWriter::Rows {
  const Document& doc;
  const Json& rec;  // the parsed rasd/1 record of `doc`
  int64_t doc_pk = 0;
  std::vector<int64_t> actor_pks;  // by actor index

  std::optional<int64_t> ActorPk(int32_t index) const {
    if (index < 0) return std::nullopt;
    return actor_pks[index];
  }
  // The record's array `name`, or null if it does not match the layer size.
  const Json* Layer(const char* name, size_t expected) const {
    const Json& j = Member(rec, name);
    return j.is_array() && j.size() == expected ? &j : nullptr;
  }
};

Result<std::unique_ptr<DocWriter>> DocWriter::Prepare(sqlite::Database& db) {
  std::unique_ptr<DocWriter> w(new DocWriter());
  struct {
    sqlite::Stmt* stmt;
    const char* purpose;
    const char* sql;
  } const kStatements[] = {
      {&w->find_doc_, "looking up a content key",
       "SELECT doc_pk FROM documents WHERE content_key = ?1"},
      {&w->insert_doc_, "inserting a document",
       "INSERT INTO documents (content_key, id, source, title, url, outlet, "
       "published, lang, text, record, bytes, sentences, tokens) VALUES "
       "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
       "ON CONFLICT (content_key) DO NOTHING RETURNING doc_pk"},
      // The first document to name an actor sets its name and type; later
      // ones only fill in what is still unknown.
      {&w->upsert_actor_, "storing an actor",
       "INSERT INTO actors (key, name, name_en, type, country, wikidata) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO UPDATE SET "
       "name = CASE WHEN name = '' THEN excluded.name ELSE name END, "
       "name_en = coalesce(name_en, excluded.name_en), "
       "country = coalesce(country, excluded.country), "
       "wikidata = coalesce(wikidata, excluded.wikidata) RETURNING actor_pk"},
      {&w->insert_doc_actor_, "inserting a document actor",
       "INSERT INTO doc_actors (doc_pk, local_id, actor_pk, mentions, aliases) "
       "VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&w->insert_mention_, "inserting a mention",
       "INSERT INTO mentions (doc_pk, idx, start, end, type, actor_pk) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&w->insert_date_, "inserting a date",
       "INSERT INTO dates (doc_pk, idx, start, end, text, value, precision, "
       "relative_unit, relative_offset) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w->insert_amount_, "inserting an amount",
       "INSERT INTO amounts (doc_pk, idx, start, end, text, value, unit) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&w->insert_quote_, "inserting a quote",
       "INSERT INTO quotes (doc_pk, idx, start, end, text, speaker_pk, "
       "outlet_pk, cue, direct) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&w->insert_event_, "inserting an event",
       "INSERT INTO events (doc_pk, local_id, type, mode, context, cameo, "
       "modality, date_value, date_precision, amount_value, amount_unit, "
       "trigger, trigger_start, trigger_end, evidence_start, evidence_end, "
       "confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
       "?12, ?13, ?14, ?15, ?16, ?17) RETURNING event_pk"},
      // An actor listed twice in one role is stored once.
      {&w->insert_event_arg_, "inserting an event argument",
       "INSERT INTO event_args (event_pk, role, actor_pk) VALUES (?1, ?2, ?3) "
       "ON CONFLICT DO NOTHING"},
  };
  for (const auto& s : kStatements) {
    Result<sqlite::Stmt> stmt = db.Prepare(s.sql, s.purpose);
    if (!stmt.ok()) return stmt.status();
    *s.stmt = std::move(stmt).value();
  }
  return w;
}

Result<bool> DocWriter::Write(const Document& doc) {
  if (Status s = CheckDocument(doc); !s.ok()) return s;
  const std::string key = ContentKey(doc.text);
  Result<std::optional<int64_t>> found = find_doc_.Bind(key).RunForInt();
  if (!found.ok()) return InDoc(found.status(), doc);
  if (found->has_value()) return false;

  const std::string record = ToRecordJson(doc);
  const Json rec = Json::parse(record, nullptr, /*allow_exceptions=*/false);
  if (!rec.is_object()) {
    return Status::Internal("the rasd/1 record does not parse [" +
                            DocName(doc) + "]");
  }
  Result<std::optional<int64_t>> doc_pk =
      insert_doc_
          .Bind(key, doc.id, OptStr(doc.source), OptStr(doc.meta.title),
                OptStr(doc.meta.url), OptStr(doc.meta.outlet),
                OptStr(doc.meta.published), OptStr(doc.meta.lang), doc.text,
                record, doc.text.size(), doc.sentences.size(),
                doc.tokens.size())
          .RunForInt();
  if (!doc_pk.ok()) return InDoc(doc_pk.status(), doc);
  if (!doc_pk->has_value()) return false;

  Rows rows{doc, rec, **doc_pk, {}};
  Status s = WriteActors(rows);
  if (s.ok()) s = WriteSpans(rows);
  if (s.ok()) s = WriteEvents(rows);
  if (!s.ok()) return InDoc(s, doc);
  return true;
}

Status DocWriter::WriteActors(Rows& rows) {
  const Document& doc = rows.doc;
  const Json* actors = rows.Layer("actors", doc.actors.size());
  if (actors == nullptr) return Status::Internal("record actors disagree");
  std::vector<int64_t> mentions(doc.actors.size(), 0);
  for (const Mention& m : doc.mentions) {
    if (m.actor >= 0) ++mentions[m.actor];
  }
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const Actor& a = doc.actors[i];
    Result<std::optional<int64_t>> pk =
        upsert_actor_
            .Bind(a.key, a.name, OptStr(a.name_en), EntityTypeName(a.type),
                  OptStr(a.country), OptStr(a.wikidata))
            .RunForInt();
    if (!pk.ok()) return pk.status();
    if (!pk->has_value()) {
      return Status::Internal("actor upsert returned no row");
    }
    rows.actor_pks.push_back(**pk);
    const Json& aliases = Member((*actors)[i], "aliases");
    Status s =
        insert_doc_actor_
            .Bind(rows.doc_pk, "a" + std::to_string(i + 1), **pk, mentions[i],
                  DumpOf(aliases.is_array() ? aliases : Json::array()))
            .Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status DocWriter::WriteSpans(const Rows& rows) {
  const Document& doc = rows.doc;
  const Json* mentions = rows.Layer("mentions", doc.mentions.size());
  const Json* dates = rows.Layer("dates", doc.dates.size());
  const Json* amounts = rows.Layer("amounts", doc.amounts.size());
  const Json* quotes = rows.Layer("quotes", doc.quotes.size());
  if (!mentions || !dates || !amounts || !quotes) {
    return Status::Internal("record layers disagree with the document");
  }
  Status s;
  for (size_t i = 0; s.ok() && i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    const CpSpan cp = SpanOf((*mentions)[i]);
    s = insert_mention_
            .Bind(rows.doc_pk, i, cp.start, cp.end, EntityTypeName(m.type),
                  rows.ActorPk(m.actor))
            .Run();
  }
  for (size_t i = 0; s.ok() && i < doc.dates.size(); ++i) {
    const DateExpr& d = doc.dates[i];
    const Json& j = (*dates)[i];
    const CpSpan cp = SpanOf(j);
    const Json& relative = Member(j, "relative");
    std::optional<int64_t> offset;
    if (relative.is_object()) offset = IntOf(Member(relative, "offset"));
    s = insert_date_
            .Bind(rows.doc_pk, i, cp.start, cp.end, doc.Text(d.span),
                  OptStr(d.value), StrOf(Member(j, "precision")),
                  StrOf(Member(relative, "unit")), offset)
            .Run();
  }
  for (size_t i = 0; s.ok() && i < doc.amounts.size(); ++i) {
    const Amount& a = doc.amounts[i];
    const CpSpan cp = SpanOf((*amounts)[i]);
    s = insert_amount_
            .Bind(rows.doc_pk, i, cp.start, cp.end, doc.Text(a.span), a.value,
                  a.unit)
            .Run();
  }
  for (size_t i = 0; s.ok() && i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    const CpSpan cp = SpanOf((*quotes)[i]);
    s = insert_quote_
            .Bind(rows.doc_pk, i, cp.start, cp.end, doc.Text(q.span),
                  rows.ActorPk(q.speaker), rows.ActorPk(q.outlet),
                  OptStr(q.cue), q.direct)
            .Run();
  }
  return s;
}

Status DocWriter::WriteEvents(const Rows& rows) {
  const Document& doc = rows.doc;
  const Json* events = rows.Layer("events", doc.events.size());
  const Json* dates = rows.Layer("dates", doc.dates.size());
  if (!events || !dates) return Status::Internal("record events disagree");
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    const Json& j = (*events)[i];
    const CpSpan trigger = SpanOf(j, "trigger");
    const CpSpan evidence = SpanOf(j, "evidence");
    std::optional<std::string_view> date_value;
    std::optional<std::string> date_precision;
    if (e.date >= 0) {
      date_value = OptStr(doc.dates[e.date].value);
      date_precision = StrOf(Member((*dates)[e.date], "precision"));
    }
    std::optional<double> amount_value;
    std::optional<std::string_view> amount_unit;
    if (e.amount >= 0) {
      amount_value = doc.amounts[e.amount].value;
      amount_unit = doc.amounts[e.amount].unit;
    }
    Result<std::optional<int64_t>> event_pk =
        insert_event_
            .Bind(rows.doc_pk, "e" + std::to_string(i + 1), e.type,
                  OptStr(e.mode), DumpOf(Member(j, "context")), OptStr(e.cameo),
                  ModalityName(e.modality), date_value, date_precision,
                  amount_value, amount_unit, doc.Text(e.trigger), trigger.start,
                  trigger.end, evidence.start, evidence.end, e.confidence)
            .RunForInt();
    if (!event_pk.ok()) return event_pk.status();
    if (!event_pk->has_value()) {
      return Status::Internal("event insert returned no row");
    }

    auto arg = [&](const char* role, int32_t actor) {
      if (actor < 0) return Status::Ok();
      return insert_event_arg_.Bind(**event_pk, role, rows.actor_pks[actor])
          .Run();
    };
    Status s;
    for (int32_t a : e.actor) {
      if (s.ok()) s = arg("actor", a);
    }
    for (int32_t a : e.recipient) {
      if (s.ok()) s = arg("recipient", a);
    }
    if (s.ok()) s = arg("location", e.location);
    if (s.ok()) s = arg("attributed_to", e.attributed_to);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace rasd::store
