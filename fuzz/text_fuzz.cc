// Fuzzes the text layer: any bytes, repaired to UTF-8 as the input layer
// does, go through normalise + tokenise + sentence split + clitic
// segmentation and stemming + the facts layer (dates, amounts, quotes) +
// the rasd/1 writer, and the document invariants are checked (a violation
// aborts).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "rasd/pipeline.h"
#include "rasd/record.h"
#include "text/utf8.h"

namespace {

const rasd::Pipeline& GetPipeline() {
  static const rasd::Pipeline* p = rasd::Pipeline::Create().value().release();
  return *p;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rasd::Document doc;
  for (size_t i = 0; i < bytes.size();) {
    uint32_t len;
    rasd::AppendUtf8(rasd::DecodeUtf8(bytes, i, &len), &doc.text);
    i += len;
  }
  doc.id = rasd::TextId(doc.text);
  Check(GetPipeline().Run(&doc).ok());

  // Tokens plus gaps rebuild the text; spans are ordered and in range.
  uint32_t prev = 0;
  for (const rasd::Token& t : doc.tokens) {
    Check(prev <= t.span.begin && t.span.begin < t.span.end &&
          t.span.end <= doc.text.size());
    Check(t.norm.begin <= t.norm.end && t.norm.end <= doc.norm.text.size());
    prev = t.span.end;
  }
  Check(doc.norm.to_raw.size() == doc.norm.text.size() + 1);
  uint32_t next_token = 0;
  for (const rasd::Sentence& s : doc.sentences) {
    Check(s.token_begin == next_token && s.token_begin < s.token_end);
    next_token = s.token_end;
  }
  Check(next_token == doc.tokens.size());
  // Words tile their tokens exactly, in order.
  size_t w = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    uint32_t at = doc.tokens[t].span.begin;
    for (; w < doc.words.size() && doc.words[w].token == t; ++w) {
      Check(doc.words[w].span.begin == at && at < doc.words[w].span.end);
      Check(doc.words[w].stem.end <= doc.norm.text.size());
      at = doc.words[w].span.end;
    }
    Check(at == doc.tokens[t].span.end);
  }
  Check(w == doc.words.size());
  // Facts spans are non-empty, in range and on code-point boundaries.
  auto boundary = [&](uint32_t at) {
    return at == doc.text.size() ||
           (static_cast<unsigned char>(doc.text[at]) & 0xC0) != 0x80;
  };
  auto span_ok = [&](rasd::Span s, bool may_be_empty) {
    if (s.empty()) return may_be_empty && s.begin == 0 && s.end == 0;
    return s.end <= doc.text.size() && boundary(s.begin) && boundary(s.end);
  };
  for (const rasd::DateExpr& d : doc.dates) Check(span_ok(d.span, false));
  for (const rasd::Amount& a : doc.amounts) Check(span_ok(a.span, false));
  for (const rasd::Quote& q : doc.quotes) {
    Check(span_ok(q.span, false) && span_ok(q.speaker_span, true) &&
          span_ok(q.outlet_span, true) && span_ok(q.via_span, true));
  }
  Check(!rasd::ToRecordJson(doc).empty());
  Check(!rasd::ToRecordJson(doc, false, /*explain=*/true).empty());
  return 0;
}
