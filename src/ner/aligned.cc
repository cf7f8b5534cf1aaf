#include "ner/aligned.h"

namespace rasd {

Status AlignSentence(const Pipeline& pipeline, const ConllSentence& sentence,
                     AlignedSentence* out) {
  Document& doc = out->doc;
  doc.text.clear();
  std::vector<uint32_t> starts;
  starts.reserve(sentence.tokens.size() + 1);
  for (const std::string& t : sentence.tokens) {
    if (!doc.text.empty()) doc.text.push_back(' ');
    starts.push_back(static_cast<uint32_t>(doc.text.size()));
    doc.text.append(t);
  }
  starts.push_back(static_cast<uint32_t>(doc.text.size()) + 1);
  if (Status s = pipeline.Run(&doc); !s.ok()) return s;
  out->first_token.assign(sentence.tokens.size(), -1);
  out->input_of.assign(doc.tokens.size(), 0);
  size_t in = 0;
  for (size_t t = 0; t < doc.tokens.size(); ++t) {
    const uint32_t b = doc.tokens[t].span.begin;
    while (in + 1 < sentence.tokens.size() && starts[in + 1] <= b) ++in;
    out->input_of[t] = static_cast<int32_t>(in);
    if (out->first_token[in] < 0)
      out->first_token[in] = static_cast<int32_t>(t);
  }
  return Status::Ok();
}

}  // namespace rasd
