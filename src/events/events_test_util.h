// Shared by the event tests: the whole pipeline, built once, and a text's
// events as golden-table lines.
#ifndef RASD_EVENTS_EVENTS_TEST_UTIL_H_
#define RASD_EVENTS_EVENTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "rasd/pipeline.h"

namespace rasd::testing {

inline const Pipeline& FullPipeline() {
  static const Pipeline* p = Pipeline::Create().value().release();
  return *p;
}

// The text run through the whole pipeline, published 2017-02-20.
inline Document Analyze(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.meta.published = "2017-02-20";
  EXPECT_TRUE(FullPipeline().Run(&doc).ok()) << text;
  return doc;
}

// An actor list as its keys, comma-separated.
inline std::string Keys(const Document& doc, const std::vector<int32_t>& ids) {
  std::string s;
  for (int32_t a : ids) s += (s.empty() ? "" : ",") + doc.actors[a].key;
  return s;
}

// The text's events, one line each: "TYPE/mode actors -> recipients
// modality".
inline std::vector<std::string> Code(const std::string& text) {
  const Document doc = Analyze(text);
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    std::string line = e.type;
    if (!e.mode.empty()) line += "/" + e.mode;
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a known false
    // positive) on the chained operator+ once this function is inlined.
    line.append(" ").append(Keys(doc, e.actor)).append(" -> ");
    line.append(Keys(doc, e.recipient)).append(" ");
    line.append(ModalityName(e.modality));
    out.push_back(line);
  }
  return out;
}

// A golden-table row: a text and the events Code() gives for it.
struct Case {
  std::string text;
  std::vector<std::string> events;
};

// Each case's text coded as its events.
inline void ExpectCases(std::span<const Case> cases) {
  for (const Case& c : cases) EXPECT_EQ(Code(c.text), c.events) << c.text;
}

}  // namespace rasd::testing

#endif  // RASD_EVENTS_EVENTS_TEST_UTIL_H_
