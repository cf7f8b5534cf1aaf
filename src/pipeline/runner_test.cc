#include "pipeline/runner.h"

#include <gtest/gtest.h>

#include <string>

namespace rasd {
namespace {

// Yields `n` documents of varying size, every seventh one an error.
class FakeReader : public InputReader {
 public:
  explicit FakeReader(int n) : n_(n) {}
  bool Next(InputItem* item) override {
    if (i_ >= n_) return false;
    *item = InputItem();
    if (i_ % 7 == 3) {
      item->error = Status::BadInput("doc" + std::to_string(i_) + ": broken");
    } else {
      item->ok = true;
      item->doc.id = "doc" + std::to_string(i_);
      for (int k = 0; k < 1 + (i_ * 37) % 50; ++k)
        item->doc.text += "كلمة أخرى هنا. ";
    }
    ++i_;
    return true;
  }
  uint64_t bytes_read() const override { return 0; }
  uint64_t bytes_total() const override { return 0; }

 private:
  int n_, i_ = 0;
};

std::vector<std::string> Collect(int threads, int window, int n) {
  auto pipeline = Pipeline::Create();
  EXPECT_TRUE(pipeline.ok());
  FakeReader reader(n);
  std::vector<std::string> seen;
  RunInOrder(reader, **pipeline, RunnerOptions{threads, window},
             [&](InputItem& item) {
               if (item.ok) {
                 EXPECT_FALSE(item.doc.tokens.empty());
                 seen.push_back(item.doc.id + ":" +
                                std::to_string(item.doc.sentences.size()));
               } else {
                 seen.push_back("error:" + item.error.message());
               }
               return true;
             });
  return seen;
}

TEST(RunnerTest, OrderIsInputOrderWhateverTheThreads) {
  const auto one = Collect(1, 0, 500);
  ASSERT_EQ(one.size(), 500u);
  EXPECT_EQ(one[3], "error:doc3: broken");
  EXPECT_EQ(Collect(2, 0, 500), one);
  EXPECT_EQ(Collect(4, 3, 500), one);  // a tiny window forces waiting
  EXPECT_EQ(Collect(3, 1, 500), one);
}

// Rendering runs on the workers; each rendering reaches the sink with its
// own item, in input order, and errors get none.
TEST(RunnerTest, RenderingTravelsWithItsItem) {
  auto pipeline = Pipeline::Create();
  ASSERT_TRUE(pipeline.ok());
  for (const int threads : {1, 2, 3}) {
    FakeReader reader(200);
    RunnerOptions options{threads, 4};
    options.render = [](const InputItem& item, std::string* out) {
      *out = item.doc.id + ":" + std::to_string(item.doc.tokens.size());
    };
    int i = 0;
    RunInOrder(reader, **pipeline, options,
               [&](InputItem& item, std::string& rendered) {
                 if (i % 7 == 3) {
                   EXPECT_FALSE(item.ok);
                   EXPECT_EQ(rendered, "");
                 } else {
                   EXPECT_EQ(rendered,
                             item.doc.id + ":" +
                                 std::to_string(item.doc.tokens.size()));
                   EXPECT_EQ(item.doc.id, "doc" + std::to_string(i));
                 }
                 ++i;
                 return true;
               });
    EXPECT_EQ(i, 200) << threads;
  }
}

TEST(RunnerTest, StopsWhenTheSinkSaysSo) {
  auto pipeline = Pipeline::Create();
  FakeReader reader(1000);
  int calls = 0;
  RunInOrder(reader, **pipeline, RunnerOptions{2, 4},
             [&](InputItem&) { return ++calls < 10; });
  EXPECT_EQ(calls, 10);
}

TEST(RunnerTest, EmptyInput) {
  EXPECT_TRUE(Collect(2, 0, 0).empty());
  EXPECT_TRUE(Collect(1, 0, 0).empty());
}

}  // namespace
}  // namespace rasd
