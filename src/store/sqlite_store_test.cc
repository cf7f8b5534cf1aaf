#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/record.h"
#include "rasd/store.h"
#include "store/doc_check.h"
#include "store/store_test_util.h"

namespace rasd {
namespace {

using store_test::CodePointsBefore;
using store_test::QueryInt;
using store_test::QueryText;
using store_test::TempDir;

// Builds a Document by appending text; Add returns the piece's byte span.
class DocBuilder {
 public:
  DocBuilder(std::string id, std::string outlet, std::string published) {
    doc_.id = std::move(id);
    doc_.source = "test:" + doc_.id;
    doc_.meta.outlet = std::move(outlet);
    doc_.meta.published = std::move(published);
  }
  Span Add(std::string_view piece) {
    const auto begin = static_cast<uint32_t>(doc_.text.size());
    doc_.text += piece;
    return {begin, static_cast<uint32_t>(doc_.text.size())};
  }
  Span Mention(std::string_view piece, EntityType type, int32_t actor) {
    const Span s = Add(piece);
    doc_.mentions.push_back({s, type, actor});
    return s;
  }
  void Sentence(Span s, int tokens) {
    const auto first = static_cast<uint32_t>(doc_.tokens.size());
    for (int i = 0; i < tokens; ++i)
      doc_.tokens.push_back({s, s, TokenKind::kArabic});
    doc_.sentences.push_back(
        {s, first, static_cast<uint32_t>(doc_.tokens.size())});
  }
  Document& doc() { return doc_; }

 private:
  Document doc_;
};

Actor MakeActor(std::string key, std::string name, std::string name_en,
                EntityType type, std::string country,
                std::vector<std::string> aliases) {
  Actor a;
  a.key = std::move(key);
  a.name = std::move(name);
  a.name_en = std::move(name_en);
  a.type = type;
  a.country = std::move(country);
  a.aliases = std::move(aliases);
  return a;
}

// Lavrov announces Russian aid to Libya; a quote; two events.
Document LavrovDoc() {
  DocBuilder b("rt-1", "RT Arabic", "2024-03-03");
  b.Add("أعلن ");
  b.Mention("سيرغي لافروف", EntityType::kPer, 0);
  b.Add(" في ");
  const Span date = b.Add("3 مارس 2024");
  b.Add(" أن ");
  b.Mention("موسكو", EntityType::kGpe, 1);
  b.Add(" ");
  const Span trigger = b.Add("ستقدم");
  b.Add(" مساعدات بقيمة ");
  const Span amount = b.Add("2.5 مليار دولار");
  b.Add(" إلى ");
  b.Mention("ليبيا", EntityType::kGpe, 2);
  const Span first = b.Add(".");
  b.Add(" وقال ");
  b.Mention("لافروف", EntityType::kPer, 0);
  b.Add(": ");
  const Span quote = b.Add("«سندعم الحكومة في طرابلس»");
  const Span second = b.Add(".");
  Document& d = b.doc();
  b.Sentence({0, first.end}, 14);
  b.Sentence({first.end + 1, second.end}, 9);
  d.actors = {
      MakeActor("sergey-lavrov", "سيرغي لافروف", "Sergey Lavrov",
                EntityType::kPer, "RUS", {"سيرغي لافروف", "لافروف"}),
      MakeActor("russia", "روسيا", "", EntityType::kGpe, "", {"موسكو"}),
      MakeActor("libya", "ليبيا", "Libya", EntityType::kGpe, "LBY", {"ليبيا"})};
  d.dates.push_back({date, "2024-03-03", DatePrecision::kDay});
  d.amounts.push_back({amount, 2.5e9, "USD"});
  d.quotes.push_back({quote, 0, "قال", -1, true});
  Event aid;
  aid.type = "AID";
  aid.mode = "economic";
  aid.context = {"economic"};
  aid.cameo = "071";
  aid.actor = {1};
  aid.recipient = {2};
  aid.date = 0;
  aid.amount = 0;
  aid.trigger = trigger;
  aid.evidence = {0, first.end};
  aid.modality = Modality::kFuture;
  aid.attributed_to = 0;
  aid.confidence = 0.75f;
  d.events.push_back(aid);
  Event support = aid;
  support.type = "SUPPORT";
  support.mode = "";
  support.actor = {1, 1};  // listed twice: stored once
  support.location = 2;
  support.amount = -1;
  support.modality = Modality::kReported;
  d.events.push_back(support);
  return std::move(d);
}

// Haftar visits Moscow "yesterday"; an actor known only by its English name.
Document HaftarDoc() {
  DocBuilder b("wasat-1", "الوسط", "2024-03-05");
  b.Add("زار المشير ");
  b.Mention("خليفة حفتر", EntityType::kPer, 0);
  b.Add(" ");
  b.Mention("موسكو", EntityType::kGpe, 1);
  b.Add(" ");
  const Span date = b.Add("أمس");
  b.Add(" والتقى ");
  const Span trigger = b.Mention("لافروف", EntityType::kPer, 2);
  b.Add(" بحضور ممثل ");
  b.Mention("الأمم المتحدة", EntityType::kOrg, 3);
  const Span end = b.Add(".");
  Document& d = b.doc();
  b.Sentence({0, end.end}, 12);
  d.actors = {MakeActor("khalifa-haftar", "خليفة حفتر", "Khalifa Haftar",
                        EntityType::kPer, "LBY", {"خليفة حفتر"}),
              MakeActor("russia", "روسيا", "Russia", EntityType::kGpe, "RUS",
                        {"موسكو"}),
              MakeActor("sergey-lavrov", "سيرغي لافروف", "", EntityType::kPer,
                        "RUS", {"لافروف"}),
              MakeActor("united-nations", "", "United Nations",
                        EntityType::kOrg, "", {"الأمم المتحدة"})};
  d.dates.push_back(
      {date, "2024-03-04", DatePrecision::kDay, RelativeUnit::kDay, -1});
  Event visit;
  visit.type = "CONSULT";
  visit.mode = "visit";
  visit.actor = {0, 2};
  visit.location = 1;
  visit.date = 0;
  visit.trigger = trigger;
  visit.evidence = {0, end.end};
  visit.confidence = 0.5f;
  d.events.push_back(visit);
  Event aid = visit;
  aid.type = "AID";
  aid.mode = "military";
  d.events.push_back(aid);
  return std::move(d);
}

// No analysis layers at all, like today's pipeline output.
Document PlainDoc(std::string id, std::string text) {
  DocBuilder b(std::move(id), "الوسط", "2024-02-28T10:00:00Z");
  const Span all = b.Add(text);
  b.Sentence(all, 5);
  return std::move(b.doc());
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { path_ = dir_.File("corpus.db"); }

  std::unique_ptr<Store> OpenStore() {
    Result<std::unique_ptr<Store>> store = Store::Open(path_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }
  int64_t Count(const std::string& table) {
    return QueryInt(path_, "SELECT count(*) FROM " + table);
  }

  TempDir dir_;
  std::string path_;
};

TEST_F(SqliteStoreTest, RoundTripsEveryLayer) {
  const Document lavrov = LavrovDoc();
  const Document haftar = HaftarDoc();
  const Document plain = PlainDoc("plain-1", "خبر قصير بلا تحليل عن 12 مدينة.");
  {
    auto store = OpenStore();
    ASSERT_NE(store, nullptr);
    Result<AddResult> r = store->AddBatch({&lavrov, &haftar, &plain});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->added, 3);
    EXPECT_EQ(r->duplicates, 0);

    Result<StoreStats> st = store->Stats();
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    EXPECT_EQ(st->documents, 3);
    EXPECT_EQ(st->bytes,
              static_cast<int64_t>(lavrov.text.size() + haftar.text.size() +
                                   plain.text.size()));
    EXPECT_EQ(st->sentences, 4);
    EXPECT_EQ(st->tokens, 14 + 9 + 12 + 5);
    EXPECT_EQ(st->mentions, 4 + 4);
    EXPECT_EQ(st->actors, 5);
    EXPECT_EQ(st->events, 4);
    EXPECT_EQ(st->dates, 2);
    EXPECT_EQ(st->amounts, 1);
    EXPECT_EQ(st->quotes, 1);
    EXPECT_EQ(st->first_published, "2024-02-28T10:00:00Z");
    EXPECT_EQ(st->last_published, "2024-03-05");
    ASSERT_EQ(st->outlets.size(), 2u);
    EXPECT_EQ(st->outlets[0].key, "الوسط");
    EXPECT_EQ(st->outlets[0].count, 2);
    EXPECT_EQ(st->outlets[1].label, "RT Arabic");
    ASSERT_EQ(st->top_actors.size(), 5u);
    EXPECT_EQ(st->top_actors[0].key, "russia");  // ties: by key
    EXPECT_EQ(st->top_actors[0].label, "روسيا");
    EXPECT_EQ(st->top_actors[0].count, 2);
    EXPECT_EQ(st->top_actors[1].key, "sergey-lavrov");
    EXPECT_EQ(st->top_actors[1].count, 2);
    EXPECT_EQ(st->top_actors[4].key, "united-nations");
    EXPECT_EQ(st->top_actors[4].label, "United Nations");
    EXPECT_EQ(st->top_actors[4].count, 1);
    ASSERT_EQ(st->event_types.size(), 3u);
    EXPECT_EQ(st->event_types[0].key, "AID");
    EXPECT_EQ(st->event_types[0].count, 2);
    EXPECT_EQ(st->event_types[1].key, "CONSULT");
    EXPECT_EQ(st->event_types[2].key, "SUPPORT");

    Result<StoreStats> top1 = store->Stats(1);
    ASSERT_TRUE(top1.ok());
    EXPECT_EQ(top1->top_actors.size(), 1u);
    EXPECT_EQ(top1->outlets.size(), 1u);
    EXPECT_EQ(top1->event_types.size(), 1u);
    EXPECT_TRUE(store->IntegrityCheck().ok());
  }

  for (const Document* d : {&lavrov, &haftar, &plain}) {
    EXPECT_EQ(QueryText(path_, "SELECT record FROM documents WHERE id = '" +
                                   d->id + "'"),
              ToRecordJson(*d));
    EXPECT_EQ(QueryText(path_, "SELECT text FROM documents WHERE id = '" +
                                   d->id + "'"),
              d->text);
  }
  const std::string rt = "(SELECT doc_pk FROM documents WHERE id = 'rt-1')";
  // Spans are code points, not bytes.
  const Span moscow = lavrov.mentions[1].span;
  EXPECT_EQ(
      QueryText(path_,
                "SELECT start || ',' || end FROM mentions WHERE doc_pk = " +
                    rt + " AND idx = 1"),
      std::to_string(CodePointsBefore(lavrov.text, moscow.begin)) + "," +
          std::to_string(CodePointsBefore(lavrov.text, moscow.end)));
  EXPECT_EQ(
      QueryText(path_,
                "SELECT a.key FROM mentions JOIN actors a USING (actor_pk) "
                "WHERE doc_pk = " +
                    rt + " AND idx = 1"),
      "russia");
  const Span quote = lavrov.quotes[0].span;
  EXPECT_EQ(QueryInt(path_, "SELECT end FROM quotes WHERE doc_pk = " + rt),
            CodePointsBefore(lavrov.text, quote.end));
  EXPECT_EQ(QueryText(path_,
                      "SELECT a.key FROM quotes q JOIN actors a "
                      "ON a.actor_pk = q.speaker_pk"),
            "sergey-lavrov");
  EXPECT_EQ(QueryText(path_,
                      "SELECT mentions || ' ' || aliases FROM doc_actors "
                      "WHERE doc_pk = " +
                          rt + " AND local_id = 'a1'"),
            "2 [\"سيرغي لافروف\",\"لافروف\"]");
  // One row per actor key; a later document fills in what was unknown.
  EXPECT_EQ(Count("actors"), 5);
  EXPECT_EQ(QueryText(path_,
                      "SELECT name_en || ' ' || country FROM actors "
                      "WHERE key = 'russia'"),
            "Russia RUS");
  EXPECT_EQ(QueryText(path_,
                      "SELECT name_en FROM actors WHERE key = 'sergey-lavrov'"),
            "Sergey Lavrov");
  // Events carry their resolved date and amount, arguments by role.
  EXPECT_EQ(QueryText(path_,
                      "SELECT date_value || ' ' || amount_value || ' ' || "
                      "amount_unit || ' ' || modality || ' ' || trigger "
                      "FROM events WHERE doc_pk = " +
                          rt + " AND local_id = 'e1'"),
            "2024-03-03 2500000000.0 USD future ستقدم");
  EXPECT_EQ(QueryText(path_,
                      "SELECT group_concat(role || ':' || key, ' ') FROM "
                      "(SELECT role, a.key FROM event_args JOIN actors a "
                      "USING (actor_pk) JOIN events USING (event_pk) WHERE "
                      "doc_pk = " +
                          rt + " AND local_id = 'e2' ORDER BY role)"),
            "actor:russia attributed_to:sergey-lavrov location:libya "
            "recipient:libya");
  EXPECT_EQ(QueryText(path_,
                      "SELECT value || ' ' || precision || ' ' || "
                      "relative_unit || ' ' || relative_offset FROM dates "
                      "WHERE value = '2024-03-04'"),
            "2024-03-04 day day -1");
  EXPECT_EQ(
      QueryInt(path_,
               "SELECT count(*) FROM events WHERE type = 'CONSULT' "
               "AND date_value = '2024-03-04' AND date_precision = 'day'"),
      1);
}

TEST_F(SqliteStoreTest, SameTextIsStoredOnceAcrossBatches) {
  Document a = PlainDoc("first", "اجتمع الوزراء في القاهرة يوم 4 مايو.");
  Document b = a;
  b.id = "second";  // different id, same text
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  Result<AddResult> r1 = store->AddBatch({&a});
  ASSERT_TRUE(r1.ok());
  EXPECT_EQ(r1->added, 1);
  Result<AddResult> r2 = store->AddBatch({&b});
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->added, 0);
  EXPECT_EQ(r2->duplicates, 1);
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(QueryText(path_, "SELECT id FROM documents"), "first");
}

TEST_F(SqliteStoreTest, SameTextIsStoredOnceWithinABatch) {
  const Document lavrov = LavrovDoc();
  Document copy = lavrov;
  copy.id = "rt-1-copy";
  const Document other = PlainDoc("p", "نص آخر يذكر 3 دول.");
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  Result<AddResult> r = store->AddBatch({&lavrov, &copy, &other, &lavrov});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->added, 2);
  EXPECT_EQ(r->duplicates, 2);
  EXPECT_EQ(Count("documents"), 2);
  EXPECT_EQ(Count("mentions"), 4);  // the copies added no layers
  EXPECT_EQ(Count("events"), 2);
}

TEST_F(SqliteStoreTest, BadDocumentMidBatchRollsBackTheBatch) {
  const Document lavrov = LavrovDoc();
  const Document haftar = HaftarDoc();
  Document bad = PlainDoc("bad-1", "نص فيه إشارة إلى ممثل غير موجود.");
  bad.mentions.push_back({{0, 4}, EntityType::kPer, 7});
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  Result<AddResult> r = store->AddBatch({&lavrov, &haftar, &bad});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kBadInput);
  EXPECT_NE(r.status().message().find("'bad-1'"), std::string::npos)
      << r.status().message();
  for (const char* table :
       {"documents", "actors", "doc_actors", "mentions", "events", "event_args",
        "dates", "amounts", "quotes"}) {
    EXPECT_EQ(Count(table), 0) << table;
  }
  // The store is still usable.
  r = store->AddBatch({&lavrov, &haftar});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->added, 2);
  EXPECT_TRUE(store->IntegrityCheck().ok());
}

TEST_F(SqliteStoreTest, SqliteFailureMidBatchRollsBackTheBatch) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  {  // Inject a failure from another connection: a trigger that aborts.
    sqlite::Database db = store_test::Connect(path_);
    ASSERT_TRUE(db.Exec("CREATE TRIGGER fail BEFORE INSERT ON events "
                        "WHEN NEW.type = 'FAIL' BEGIN "
                        "SELECT RAISE(ABORT, 'injected failure'); END",
                        "injecting")
                    .ok());
  }
  const Document lavrov = LavrovDoc();
  Document failing = HaftarDoc();
  failing.events[1].type = "FAIL";
  const Document plain = PlainDoc("p", "خبر ثالث لن يصل إلى القاعدة.");
  Result<AddResult> r = store->AddBatch({&lavrov, &failing, &plain});
  ASSERT_FALSE(r.ok());
  const std::string& msg = r.status().message();
  EXPECT_NE(msg.find(path_), std::string::npos) << msg;
  EXPECT_NE(msg.find("inserting an event"), std::string::npos) << msg;
  EXPECT_NE(msg.find("injected failure"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'wasat-1'"), std::string::npos) << msg;
  EXPECT_EQ(Count("documents"), 0);
  EXPECT_EQ(Count("actors"), 0);
  EXPECT_EQ(Count("events"), 0);
  Result<AddResult> again = store->AddBatch({&lavrov, &plain});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 2);
}

TEST_F(SqliteStoreTest, ReopenKeepsDataAndChecksTheVersion) {
  const Document lavrov = LavrovDoc();
  {
    auto store = OpenStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->AddBatch({&lavrov}).ok());
  }
  EXPECT_EQ(QueryInt(path_, "PRAGMA user_version"), 1);
  EXPECT_EQ(QueryText(path_, "PRAGMA journal_mode"), "wal");
  {
    auto store = OpenStore();
    ASSERT_NE(store, nullptr);
    Result<StoreStats> st = store->Stats();
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->documents, 1);
    EXPECT_EQ(st->events, 2);
    Result<AddResult> r = store->AddBatch({&lavrov});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->duplicates, 1);
  }
  {
    sqlite::Database db = store_test::Connect(path_);
    ASSERT_TRUE(db.Exec("PRAGMA user_version = 2", "bumping").ok());
  }
  Result<std::unique_ptr<Store>> newer = Store::Open(path_);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(newer.status().message().find("schema version 2"),
            std::string::npos)
      << newer.status().message();
  EXPECT_NE(newer.status().message().find(path_), std::string::npos);
}

TEST_F(SqliteStoreTest, RefusesFilesThatAreNotStores) {
  const std::string text_file = dir_.File("notes.txt");
  std::ofstream(text_file) << std::string(2000, 'z') << "\n";
  Result<std::unique_ptr<Store>> r = Store::Open(text_file);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find(text_file), std::string::npos);
  EXPECT_NE(r.status().message().find("not a database"), std::string::npos)
      << r.status().message();

  const std::string other = dir_.File("other.db");
  {
    Result<sqlite::Database> db = sqlite::Database::Open(
        other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("CREATE TABLE notes (x)", "creating").ok());
  }
  r = Store::Open(other);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not a rasd store"), std::string::npos)
      << r.status().message();
  EXPECT_EQ(QueryText(other, "PRAGMA journal_mode"), "delete");  // untouched

  r = Store::Open(dir_.File("no/such/dir/x.db"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_NE(r.status().message().find("no/such/dir/x.db"), std::string::npos);
  EXPECT_FALSE(Store::Open("").ok());
}

TEST_F(SqliteStoreTest, EmptyAndNullBatches) {
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  Result<AddResult> r = store->AddBatch({});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->added + r->duplicates, 0);
  r = store->AddBatch({nullptr});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  Result<StoreStats> st = store->Stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st->documents, 0);
  EXPECT_TRUE(st->first_published.empty());
  EXPECT_TRUE(st->outlets.empty());
}

TEST(StoreCheckDocumentTest, RejectsBrokenLayers) {
  EXPECT_TRUE(store::CheckDocument(LavrovDoc()).ok());
  EXPECT_TRUE(store::CheckDocument(HaftarDoc()).ok());

  Document split = LavrovDoc();
  split.mentions[0].span.begin += 1;  // inside a two-byte letter
  Status s = store::CheckDocument(split);
  EXPECT_EQ(s.code(), StatusCode::kBadInput);
  EXPECT_NE(s.message().find("mention 0"), std::string::npos) << s.message();

  Document past_end = LavrovDoc();
  past_end.quotes[0].span.end = static_cast<uint32_t>(past_end.text.size() + 2);
  EXPECT_FALSE(store::CheckDocument(past_end).ok());

  Document no_key = HaftarDoc();
  no_key.actors[3].key.clear();
  EXPECT_FALSE(store::CheckDocument(no_key).ok());

  Document bad_date = HaftarDoc();
  bad_date.events[0].date = 5;
  s = store::CheckDocument(bad_date);
  EXPECT_NE(s.message().find("event 0: date 5"), std::string::npos)
      << s.message();

  Document bad_recipient = LavrovDoc();
  bad_recipient.events[0].recipient = {-1};
  EXPECT_FALSE(store::CheckDocument(bad_recipient).ok());
}

}  // namespace
}  // namespace rasd
