#include "ner/tagger.h"

#include <algorithm>
#include <atomic>

namespace rasd {
namespace {

uint64_t NewInstance() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

}  // namespace

Result<std::unique_ptr<NameTagger>> NameTagger::Load(
    const std::string& model_path, const std::string& triggers_path,
    const std::string& clusters_path, const std::string& gazetteer_path) {
  Result<NerModel> model = NerModel::Load(model_path);
  if (!model.ok()) return model.status();
  Result<Triggers> triggers = Triggers::Load(triggers_path);
  if (!triggers.ok()) return triggers.status();
  std::optional<Clusters> clusters;
  const auto& needs = model->needs;
  if (std::find(needs.begin(), needs.end(), "clusters") != needs.end()) {
    Result<Clusters> c = Clusters::Load(clusters_path);
    if (!c.ok()) return c.status();
    clusters = std::move(c).value();
  }
  std::optional<Gazetteer> gazetteer;
  if (std::find(needs.begin(), needs.end(), "gazetteer") != needs.end()) {
    Result<Gazetteer> g = Gazetteer::Load(gazetteer_path);
    if (!g.ok()) return g.status();
    gazetteer = std::move(g).value();
  }
  return std::make_unique<NameTagger>(
      std::move(model).value(), std::move(triggers).value(),
      std::move(clusters), std::move(gazetteer));
}

NameTagger::NameTagger(NerModel model, std::optional<Triggers> triggers,
                       std::optional<Clusters> clusters,
                       std::optional<Gazetteer> gazetteer)
    : model_(std::move(model)),
      triggers_(std::move(triggers)),
      clusters_(std::move(clusters)),
      gazetteer_(std::move(gazetteer)),
      extractor_(triggers_ ? &*triggers_ : nullptr,
                 clusters_ ? &*clusters_ : nullptr, model_.bits(),
                 gazetteer_ ? &*gazetteer_ : nullptr),
      memory_(std::find(model_.needs.begin(), model_.needs.end(), "memory") !=
              model_.needs.end()),
      instance_(NewInstance()) {}

void NameTagger::TagRange(const Document& doc, uint32_t begin, uint32_t end,
                          const ExtraFeatures* extra, Scratch* s) const {
  s->features.Clear();
  extractor_.Extract(doc, s->words_of, begin, end, extra, &s->facts,
                     &s->features, &s->hosts, memory_ ? &s->memory : nullptr,
                     s->sentence);
  model_.Decode(s->features, &s->decode, &s->tags);
  if (memory_) {
    for (size_t i = 0; i < s->tags.size(); ++i) {
      if (s->tags[i] != kTagO)
        s->memory.Add(s->facts[i].key_hash,
                      static_cast<int>(TagType(s->tags[i])), s->sentence);
    }
  }
  ++s->sentence;
}

void NameTagger::AddMentions(Document* doc, const ExtraFeatures* extra) const {
  thread_local Scratch s;
  thread_local uint64_t scratch_of = 0;
  if (scratch_of != instance_) {
    s = Scratch();
    scratch_of = instance_;
  }
  IndexTokenWords(*doc, &s.words_of);
  s.memory.Clear();
  s.sentence = 0;
  for (const Sentence& sent : doc->sentences) {
    if (sent.token_end <= sent.token_begin) continue;
    TagRange(*doc, sent.token_begin, sent.token_end, extra, &s);
    AppendMentions(s.words_of, sent.token_begin, s.tags, doc);
  }
}

void AppendMentions(const std::vector<uint32_t>& words_of, uint32_t begin,
                    const std::vector<uint8_t>& tags, Document* doc) {
  // A name neither starts nor ends with a punctuation mark, a bare
  // proclitic, a lone Arabic letter (the ل of لـ“..., a quote mark
  // opening the next name) or a word with tanween: the tagger sometimes
  // runs an entity over one, and the mention leaves it out.
  auto edge = [&](uint32_t t) {
    const Token& tok = doc->tokens[t];
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSymbol)
      return true;
    // One Arabic letter is two bytes of normalised text (tatweel removed).
    if (tok.kind == TokenKind::kArabic && tok.norm.end - tok.norm.begin <= 2)
      return true;
    // A word with tanween is an indefinite noun or adverb (شخصيًا), never
    // part of a name.
    const std::string_view raw = doc->Text(tok.span);
    for (const char* tanween : {"\xD9\x8B", "\xD9\x8C", "\xD9\x8D"})
      if (raw.find(tanween) != std::string_view::npos) return true;
    for (uint32_t w = words_of[t]; w < words_of[t + 1]; ++w)
      if (doc->words[w].role != WordRole::kProclitic) return false;
    return words_of[t] < words_of[t + 1];
  };
  auto emit = [&](uint32_t first, uint32_t last, EntityType type) {
    while (first < last && edge(first)) ++first;
    while (last > first && edge(last)) --last;
    if (edge(first)) return;
    // From the first non-proclitic word of the first token to the end of
    // the last non-enclitic word of the last token.
    uint32_t b = doc->tokens[first].span.begin;
    for (uint32_t w = words_of[first]; w < words_of[first + 1]; ++w) {
      if (doc->words[w].role != WordRole::kProclitic) {
        b = doc->words[w].span.begin;
        break;
      }
    }
    uint32_t e = doc->tokens[last].span.end;
    for (uint32_t w = words_of[last + 1]; w-- > words_of[last];) {
      if (doc->words[w].role != WordRole::kEnclitic) {
        e = doc->words[w].span.end;
        break;
      }
    }
    if (e > b) doc->mentions.push_back(Mention{Span{b, e}, type, -1});
  };
  int64_t open = -1;
  EntityType type = EntityType::kMisc;
  for (uint32_t i = 0; i <= tags.size(); ++i) {
    const uint8_t t = i < tags.size() ? tags[i] : kTagO;
    if (open >= 0 && IsInside(t) && TagType(t) == type) continue;
    if (open >= 0)
      emit(begin + static_cast<uint32_t>(open), begin + i - 1, type);
    open = -1;
    if (t != kTagO) {
      open = i;
      type = TagType(t);
    }
  }
}

}  // namespace rasd
