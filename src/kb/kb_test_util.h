// Shared by the knowledge-base and resolver tests: the word layer and the
// fixture knowledge base under src/kb/testdata/, each built once.
#ifndef RASD_KB_KB_TEST_UTIL_H_
#define RASD_KB_KB_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "kb/kb.h"
#include "rasd/pipeline.h"

namespace rasd::testing {

inline const Pipeline& WordLayer() {
  static const Pipeline* p = [] {
    PipelineOptions options;
    options.until = "words";
    auto r = Pipeline::Create(options);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *p;
}

inline std::string TestData(const std::string& name) {
  return std::string(RASD_SOURCE_DIR) + "/src/kb/testdata/" + name;
}

inline const KnowledgeBase& FixtureKb() {
  static const KnowledgeBase* kb = [] {
    auto r = KnowledgeBase::Load({TestData("")}, WordLayer());
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *kb;
}

// The word layer of `text`.
inline Document Words(const std::string& text,
                      const std::string& published = "") {
  Document d;
  d.text = text;
  d.meta.published = published;
  EXPECT_TRUE(WordLayer().Run(&d).ok());
  return d;
}

}  // namespace rasd::testing

#endif  // RASD_KB_KB_TEST_UTIL_H_
