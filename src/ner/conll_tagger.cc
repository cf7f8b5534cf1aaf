#include "ner/conll_tagger.h"

namespace rasd {

Status TagConllSentence(const Pipeline& pipeline, const NameTagger& tagger,
                        const ConllSentence& s, AlignedSentence* aligned,
                        NameTagger::Scratch* scratch,
                        std::vector<uint8_t>* tags) {
  if (Status st = AlignSentence(pipeline, s, aligned); !st.ok()) return st;
  const Document& doc = aligned->doc;
  IndexTokenWords(doc, &scratch->words_of);
  tagger.TagRange(doc, 0, static_cast<uint32_t>(doc.tokens.size()), nullptr,
                  scratch);
  tags->assign(s.tokens.size(), kTagO);
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const int32_t t = aligned->first_token[i];
    uint8_t tag = t < 0 ? kTagO : scratch->tags[t];
    if (IsInside(tag)) {
      const uint8_t prev = i > 0 ? (*tags)[i - 1] : kTagO;
      if (prev == kTagO || TagType(prev) != TagType(tag))
        tag = BeginTag(TagType(tag));
    }
    (*tags)[i] = tag;
  }
  return Status::Ok();
}

void NerScore::Add(const std::vector<std::string>& gold,
                   const std::vector<std::string>& system) {
  const std::vector<Chunk> g = Chunks(gold), s = Chunks(system);
  for (const Chunk& c : g) {
    ++overall.gold;
    ++by_type[c.type].gold;
  }
  // Both lists are sorted by start and do not overlap: merge them.
  size_t j = 0;
  for (const Chunk& c : s) {
    ++overall.system;
    EntityCounts& t = by_type[c.type];
    ++t.system;
    while (j < g.size() && g[j].begin < c.begin) ++j;
    if (j < g.size() && g[j] == c) {
      ++overall.tp;
      ++t.tp;
    }
  }
}

}  // namespace rasd
