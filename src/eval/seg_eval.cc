#include "eval/seg_eval.h"

#include <set>
#include <utility>

namespace rasd {

Prf ScoreSegmentation(const Pipeline& pipeline,
                      const std::vector<ConlluSentence>& gold,
                      size_t max_errors, std::vector<SegError>* errors) {
  Prf prf;
  Document doc;
  for (const ConlluSentence& s : gold) {
    doc = Document();
    doc.text = s.text;
    if (!pipeline.Run(&doc).ok()) continue;
    std::set<std::pair<uint32_t, uint32_t>> want;
    for (const Span& w : s.words) want.insert({w.begin, w.end});
    uint64_t tp = 0;
    for (const Word& w : doc.words)
      tp += want.count({w.span.begin, w.span.end});
    prf.tp += tp;
    prf.system += doc.words.size();
    prf.gold += s.words.size();
    if (errors && errors->size() < max_errors &&
        (tp != s.words.size() || tp != doc.words.size())) {
      SegError e{s.id, "", ""};
      for (const Span& w : s.words) e.gold += std::string(doc.Text(w)) + " ";
      for (const Word& w : doc.words)
        e.system += std::string(doc.Text(w.span)) + " ";
      errors->push_back(std::move(e));
    }
  }
  return prf;
}

}  // namespace rasd
