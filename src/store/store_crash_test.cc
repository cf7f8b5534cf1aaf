// Crash safety, as the ingest issue states it: killing the process in the
// middle of an ingest leaves a database that opens, passes
// PRAGMA integrity_check and holds every batch that committed; re-running
// the ingest completes the rest.
//
// A forked child ingests many batches and reports each committed batch
// through a pipe; the parent SIGKILLs it partway, then checks the file and
// re-runs the whole ingest itself.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "rasd/store.h"
#include "store/store_test_util.h"

namespace rasd {
namespace {

constexpr int kBatches = 200;
constexpr int kDocsPerBatch = 50;
constexpr int kSentencesPerDoc = 12;
constexpr int kBatchesBeforeKill = 3;

// A small news item with numbers, distinct for every (batch, i); its id
// "bNNNN-dNN" names its batch.
Document MakeDoc(int batch, int i) {
  static const char* const kCities[] = {"طرابلس", "بنغازي", "مصراتة", "سبها",
                                        "القاهرة"};
  Document d;
  char id[32];
  std::snprintf(id, sizeof id, "b%04d-d%02d", batch, i);
  d.id = id;
  d.source = "crash-test";
  d.meta.outlet = i % 2 ? "الوسط" : "بوابة الوسط";
  d.meta.published = "2024-01-" + std::to_string(10 + i % 20);
  const std::string ministry = "وزارة المالية";
  d.text = "الدفعة " + std::to_string(batch) + "، الخبر " + std::to_string(i) +
           ": أعلنت ";
  const auto begin = static_cast<uint32_t>(d.text.size());
  d.text += ministry;
  const Span mention{begin, static_cast<uint32_t>(d.text.size())};
  d.text += " في " + std::string(kCities[i % 5]) + ".";
  for (int s = 0; s < kSentencesPerDoc; ++s) {
    const int n = (batch * 131 + i * 17 + s * 7) % 1000;
    d.text += " بلغ العجز " + std::to_string(n) + " مليون دينار في الربع " +
              std::to_string(s % 4 + 1) + " وارتفعت الأسعار بنسبة " +
              std::to_string(n % 30) + " بالمئة.";
  }
  d.sentences.push_back({{0, static_cast<uint32_t>(d.text.size())}, 0, 0});
  Actor a;
  a.key = "libya-finance-ministry-" + std::to_string(i % 5);
  a.name = ministry;
  a.type = EntityType::kOrg;
  a.aliases = {ministry};
  d.actors.push_back(a);
  d.mentions.push_back({mention, EntityType::kOrg, 0});
  Event e;
  e.type = "AID";
  e.actor = {0};
  e.trigger = mention;
  e.evidence = {0, static_cast<uint32_t>(d.text.size())};
  d.events.push_back(e);
  return d;
}

std::vector<Document> MakeBatch(int batch) {
  std::vector<Document> docs;
  for (int i = 0; i < kDocsPerBatch; ++i) docs.push_back(MakeDoc(batch, i));
  return docs;
}

Result<AddResult> AddGeneratedBatch(Store& store, int batch) {
  const std::vector<Document> docs = MakeBatch(batch);
  std::vector<const Document*> ptrs;
  for (const Document& d : docs) ptrs.push_back(&d);
  return store.AddBatch(ptrs);
}

// The child: ingest everything, write each committed batch number to `fd`.
// Never returns; exit codes tell the parent what went wrong.
// Kills and reaps the child if a failed assertion leaves the test early.
struct Reaper {
  pid_t pid = -1;
  ~Reaper() {
    if (pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }
};

[[noreturn]] void Ingest(const std::string& path, int fd) {
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  if (!store.ok()) _exit(2);
  for (int b = 0; b < kBatches; ++b) {
    if (!AddGeneratedBatch(**store, b).ok()) _exit(3);
    if (write(fd, &b, sizeof b) != sizeof b) _exit(4);
  }
  _exit(0);
}

TEST(StoreCrashTest, KillMidIngestKeepsCommittedBatchesAndRerunCompletes) {
  store_test::TempDir dir;
  const std::string path = dir.File("crash.db");
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(fds[0]);
    Ingest(path, fds[1]);
  }
  Reaper reaper{child};
  close(fds[1]);

  // Wait for a few commits.
  int last_committed = -1;
  while (last_committed < kBatchesBeforeKill - 1) {
    int b = -1;
    const ssize_t n = read(fds[0], &b, sizeof b);
    if (n != sizeof b) break;  // the child died early
    last_committed = b;
  }
  ASSERT_EQ(last_committed, kBatchesBeforeKill - 1)
      << "the ingest stopped before " << kBatchesBeforeKill << " batches";
  {  // A separate read-only connection sees the commits while it writes.
    sqlite::Database reader = store_test::Connect(path, SQLITE_OPEN_READONLY);
    Result<std::optional<int64_t>> seen =
        reader.QueryInt("SELECT count(*) FROM documents", "polling");
    ASSERT_TRUE(seen.ok()) << seen.status().ToString();
    EXPECT_GE(seen->value_or(0), kBatchesBeforeKill * kDocsPerBatch);
  }
  // Land the kill at a varying point inside a later batch.
  std::this_thread::sleep_for(
      std::chrono::microseconds(std::random_device()() % 20000));
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int wstatus = 0;
  ASSERT_EQ(waitpid(child, &wstatus, 0), child);
  reaper.pid = -1;
  ASSERT_TRUE(WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL)
      << "the child was not killed mid-ingest (status " << wstatus << ")";
  for (int b; read(fds[0], &b, sizeof b) == sizeof b;) last_committed = b;
  close(fds[0]);
  const int reported = last_committed + 1;  // batches known committed
  ASSERT_LT(reported, kBatches) << "the ingest finished before the kill";
  EXPECT_TRUE(std::filesystem::exists(path + "-wal"))
      << "the killed writer should leave its WAL behind";

  int64_t stored = 0;
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Status integrity = (*store)->IntegrityCheck();
    ASSERT_TRUE(integrity.ok()) << integrity.ToString();
    Result<StoreStats> st = (*store)->Stats();
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    stored = st->documents;
    // Whole batches only: every reported one, plus at most the batch whose
    // COMMIT returned just before the kill was reported.
    EXPECT_EQ(stored % kDocsPerBatch, 0) << stored;
    EXPECT_GE(stored, int64_t{reported} * kDocsPerBatch);
    EXPECT_LE(stored, int64_t{reported + 1} * kDocsPerBatch);
    EXPECT_EQ(st->mentions, stored);  // layers committed with their documents
    EXPECT_EQ(st->events, stored);
  }
  EXPECT_EQ(store_test::QueryInt(
                path,
                "SELECT count(*) FROM (SELECT substr(id, 1, 5) AS b FROM "
                "documents GROUP BY b HAVING count(*) != 50)"),
            0);
  EXPECT_EQ(
      store_test::QueryText(path, "SELECT max(id) FROM documents"),
      MakeDoc(static_cast<int>(stored / kDocsPerBatch) - 1, kDocsPerBatch - 1)
          .id);

  // Re-running the whole ingest adds exactly the rest.
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  AddResult total;
  for (int b = 0; b < kBatches; ++b) {
    Result<AddResult> r = AddGeneratedBatch(**store, b);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    total.added += r->added;
    total.duplicates += r->duplicates;
  }
  EXPECT_EQ(total.duplicates, stored);
  EXPECT_EQ(total.added, kBatches * kDocsPerBatch - stored);
  Result<StoreStats> st = (*store)->Stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st->documents, kBatches * kDocsPerBatch);
  EXPECT_EQ(st->actors, 5);
  EXPECT_TRUE((*store)->IntegrityCheck().ok());
}

}  // namespace
}  // namespace rasd
