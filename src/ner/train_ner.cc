#include "ner/train_ner.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <random>
#include <unordered_map>

#include "ner/aligned.h"
#include "ner/conll.h"
#include "ner/tags.h"

namespace rasd {
namespace {

namespace fs = std::filesystem;

Result<std::vector<std::string>> ListFiles(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return std::vector<std::string>{path};
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(path, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt")
      out.push_back(e.path().string());
  }
  if (ec) return Status::IoError(path + ": " + ec.message());
  std::sort(out.begin(), out.end());
  if (out.empty()) return Status::NotFound(path + ": no .txt files");
  return out;
}

// Everything the trainer keeps of the corpora, flat, by global token.
struct Data {
  std::vector<uint32_t> ids;       // feature ids
  std::vector<uint32_t> start{0};  // by token: its first id
  std::vector<uint8_t> bio;        // 0 O, 1 B, 2 I
  std::vector<TagMap::Target> target;
  std::vector<uint64_t> key;
  std::vector<int8_t> trigger;
  std::vector<uint8_t> gold;  // native tag, once places are resolved
  struct Example {
    uint32_t begin, end;  // global tokens
    bool dev;
    bool evidence_only;
  };
  std::vector<Example> examples;
};

// Splits "B-PERS" into (1, "PERS"); anything else is O.
uint8_t SplitTag(std::string_view tag, std::string_view* label) {
  if (tag.size() > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I')) {
    *label = tag.substr(2);
    return tag[0] == 'B' ? 1 : 2;
  }
  return 0;
}

// The sentences of a corpus (all its files, in order).
Result<std::vector<ConllSentence>> ReadCorpus(const NerCorpus& corpus) {
  Result<std::vector<std::string>> files = ListFiles(corpus.path);
  if (!files.ok()) return files.status();
  std::vector<ConllSentence> all;
  for (const std::string& file : *files) {
    Result<std::vector<ConllSentence>> sents = ReadConllFile(file);
    if (!sents.ok()) return sents.status();
    for (ConllSentence& s : *sents) all.push_back(std::move(s));
  }
  return all;
}

// The gazetteer type of a corpus label: places of unknown kind count as
// GPE (the commonest kind; the anercorp tagset folds them together anyway),
// labels that are no entity for rasd as outside any name.
int GazType(const TagMap& tagmap, const std::string& corpus,
            std::string_view tag) {
  std::string_view label;
  if (SplitTag(tag, &label) == 0) return -1;
  const TagMap::Target t = tagmap.Find(corpus, label);
  if (t.kind == TagMap::kPlace) return static_cast<int>(EntityType::kGpe);
  if (t.kind == TagMap::kType) return static_cast<int>(t.type);
  return -1;
}

// Counts the words of `corpus` by their label into *all and, when `folds`
// is not empty, into folds[k] for the sentences of run k. Sentences are
// numbered as LoadCorpus numbers them (empty ones skipped); `is_dev(i)`
// ones are not counted. *fold_of gets each sentence's run (-1: none).
Status CountCorpus(const NerCorpus& corpus, const TagMap& tagmap,
                   const Pipeline& pipeline, const FeatureExtractor& extractor,
                   const std::function<bool(uint64_t, uint64_t)>& is_dev,
                   GazetteerCounts* all, std::vector<GazetteerCounts>* folds,
                   std::vector<int8_t>* fold_of) {
  Result<std::vector<ConllSentence>> sents = ReadCorpus(corpus);
  if (!sents.ok()) return sents.status();
  AlignedSentence aligned;
  std::vector<uint32_t> words_of;
  std::vector<std::pair<uint64_t, int>> words;  // of the non-empty sentences
  std::vector<uint32_t> sentence_start;
  for (const ConllSentence& s : *sents) {
    if (Status st = AlignSentence(pipeline, s, &aligned); !st.ok()) return st;
    const Document& doc = aligned.doc;
    if (doc.tokens.empty()) continue;
    IndexTokenWords(doc, &words_of);
    sentence_start.push_back(static_cast<uint32_t>(words.size()));
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      const std::string& tag = s.tags[aligned.input_of[t]];
      words.emplace_back(extractor.Facts(doc, words_of, t).key_hash,
                         GazType(tagmap, corpus.name, tag));
    }
  }
  const uint64_t n = sentence_start.size();
  sentence_start.push_back(static_cast<uint32_t>(words.size()));
  fold_of->assign(n, -1);
  const uint64_t k = folds->size();
  for (uint64_t i = 0; i < n; ++i) {
    if (is_dev(i, n)) continue;
    GazetteerCounts* fold = nullptr;
    if (k > 0) {
      (*fold_of)[i] = static_cast<int8_t>(i * k / n);
      fold = &(*folds)[(*fold_of)[i]];
    }
    for (uint32_t w = sentence_start[i]; w < sentence_start[i + 1]; ++w) {
      all->Add(words[w].first, words[w].second);
      if (fold) fold->Add(words[w].first, words[w].second);
    }
  }
  return Status::Ok();
}

// Marks the words of every name of the knowledge base (its canonical name
// and aliases) with the entry's type.
Status CountKb(const KnowledgeBase& kb, const Pipeline& pipeline,
               const FeatureExtractor& extractor, GazetteerCounts* counts) {
  AlignedSentence aligned;
  std::vector<uint32_t> words_of;
  ConllSentence s;
  auto add = [&](const std::string& name, EntityType type) -> Status {
    s.tokens.clear();
    size_t b = 0;
    while (b < name.size()) {
      size_t e = name.find(' ', b);
      if (e == std::string::npos) e = name.size();
      if (e > b) s.tokens.push_back(name.substr(b, e - b));
      b = e + 1;
    }
    s.tags.assign(s.tokens.size(), "O");
    if (s.tokens.empty()) return Status::Ok();
    if (Status st = AlignSentence(pipeline, s, &aligned); !st.ok()) return st;
    const Document& doc = aligned.doc;
    IndexTokenWords(doc, &words_of);
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      const TokenKind kind = doc.tokens[t].kind;
      if (kind == TokenKind::kPunct || kind == TokenKind::kSymbol) continue;
      counts->AddKb(extractor.Facts(doc, words_of, t).key_hash,
                    static_cast<int>(type));
    }
    return Status::Ok();
  };
  for (const KbEntry& e : kb.entries()) {
    if (Status st = add(e.name_ar, e.type); !st.ok()) return st;
    for (const std::string& a : e.aliases)
      if (Status st = add(a, e.type); !st.ok()) return st;
  }
  return Status::Ok();
}

Status LoadCorpus(
    const NerCorpus& corpus, bool dev_split, int dev_every,
    const TagMap& tagmap, const Pipeline& pipeline,
    const std::function<const FeatureExtractor&(uint64_t)>& extractor_of,
    const ExtraFeatureSource& extra_source,
    const std::vector<uint8_t>* predicted, Data* data, uint64_t* sentences) {
  DocMemory memory;
  Result<std::vector<std::string>> files = ListFiles(corpus.path);
  if (!files.ok()) return files.status();
  AlignedSentence aligned;
  std::vector<uint32_t> words_of;
  std::vector<TokenFacts> facts;
  SeqFeatures features;
  ExtraFeatures extra;
  uint64_t index = 0;
  for (const std::string& file : *files) {
    Result<std::vector<ConllSentence>> sents = ReadConllFile(file);
    if (!sents.ok()) return sents.status();
    for (const ConllSentence& s : *sents) {
      if (Status st = AlignSentence(pipeline, s, &aligned); !st.ok()) return st;
      const Document& doc = aligned.doc;
      const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
      if (n == 0) continue;
      IndexTokenWords(doc, &words_of);
      features.Clear();
      extra = {};
      if (extra_source) extra_source(doc, &extra);
      extractor_of(index).Extract(
          doc, words_of, 0, n, &extra, &facts, &features, nullptr,
          predicted ? &memory : nullptr, static_cast<uint32_t>(index));
      if (predicted) {
        const size_t first = data->bio.size();
        for (uint32_t t = 0; t < n; ++t) {
          const uint8_t tag = (*predicted)[first + t];
          if (tag != kTagO)
            memory.Add(facts[t].key_hash, static_cast<int>(TagType(tag)),
                       static_cast<uint32_t>(index));
        }
      }
      const uint32_t first = static_cast<uint32_t>(data->bio.size());
      for (uint32_t t = 0; t < n; ++t) {
        const int32_t in = aligned.input_of[t];
        std::string_view label;
        uint8_t bio = SplitTag(s.tags[in], &label);
        if (bio == 1 && aligned.first_token[in] != static_cast<int32_t>(t))
          bio = 2;  // a later piece of the same input token
        TagMap::Target target;
        if (bio != 0) {
          target = tagmap.Find(corpus.name, label);
          if (target.kind == TagMap::kUnknown) {
            return Status::BadInput(file + ":" + std::to_string(s.line + in) +
                                    ": label '" + std::string(label) +
                                    "' is not in the tag map for corpus '" +
                                    corpus.name + "'");
          }
          if (target.kind == TagMap::kNone) bio = 0;
        }
        data->bio.push_back(bio);
        data->target.push_back(target);
        data->key.push_back(facts[t].key_hash);
        data->trigger.push_back(static_cast<int8_t>(facts[t].trigger));
        const uint32_t base = static_cast<uint32_t>(data->ids.size());
        data->ids.insert(data->ids.end(),
                         features.ids.begin() + features.start[t],
                         features.ids.begin() + features.start[t + 1]);
        data->start.push_back(base + features.start[t + 1] - features.start[t]);
      }
      const bool dev = dev_split && dev_every > 0 && index % dev_every == 0;
      data->examples.push_back({first, first + n, dev, corpus.evidence_only});
      ++index;
    }
  }
  *sentences = index;
  return Status::Ok();
}

// Types every token: places of unknown kind from trigger heads, then from
// WikiFANE-style statistics of typed places sharing their words.
void ResolveGold(const Triggers* triggers, Data* d) {
  const size_t n = d->bio.size();
  auto place_index = [](EntityType t) {
    return t == EntityType::kGpe ? 0 : t == EntityType::kLoc ? 1 : 2;
  };
  const EntityType kPlaces[3] = {EntityType::kGpe, EntityType::kLoc,
                                 EntityType::kFac};
  std::unordered_map<uint64_t, std::array<uint32_t, 3>> stats;
  for (size_t i = 0; i < n; ++i) {
    const TagMap::Target& t = d->target[i];
    if (d->bio[i] != 0 && t.kind == TagMap::kType &&
        (t.type == EntityType::kGpe || t.type == EntityType::kLoc ||
         t.type == EntityType::kFac))
      ++stats[d->key[i]][place_index(t.type)];
  }
  int head_type[3] = {-1, -1, -1};  // trigger class index of GPE/LOC/FAC heads
  if (triggers) {
    const auto& cls = triggers->classes();
    for (int c = 0; c < static_cast<int>(cls.size()); ++c) {
      if (cls[c] == "GPE_HEAD") head_type[0] = c;
      if (cls[c] == "LOC_HEAD") head_type[1] = c;
      if (cls[c] == "FAC_HEAD") head_type[2] = c;
    }
  }
  d->gold.assign(n, kTagO);
  for (size_t i = 0; i < n;) {
    if (d->bio[i] == 0) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && d->bio[j] == 2 && d->target[j].kind == d->target[i].kind &&
           d->target[j].type == d->target[i].type)
      ++j;
    EntityType type = d->target[i].type;
    if (d->target[i].kind == TagMap::kPlace) {
      int pick = -1;
      for (int k = 0; k < 3; ++k)
        if (head_type[k] >= 0 && d->trigger[i] == head_type[k]) pick = k;
      if (pick < 0) {
        std::array<uint32_t, 3> sum{};
        for (size_t k = i; k < j; ++k) {
          auto it = stats.find(d->key[k]);
          if (it == stats.end()) continue;
          for (int c = 0; c < 3; ++c) sum[c] += it->second[c];
        }
        pick = static_cast<int>(std::max_element(sum.begin(), sum.end()) -
                                sum.begin());  // ties and no evidence: GPE
      }
      type = kPlaces[pick];
    }
    d->gold[i] = BeginTag(type);
    for (size_t k = i + 1; k < j; ++k) d->gold[k] = InsideTag(type);
    i = j;
  }
}

void Emissions(const Data& d, const Data::Example& e, const NerModel& m,
               std::vector<float>* emit) {
  emit->assign((e.end - e.begin) * kTagStride, 0.0f);
  for (uint32_t t = e.begin; t < e.end; ++t) {
    float* out = &(*emit)[(t - e.begin) * kTagStride];
    for (uint32_t k = d.start[t]; k < d.start[t + 1]; ++k) {
      const float* w = m.row(d.ids[k]);
      for (int x = 0; x < kTagStride; ++x) out[x] += w[x];
    }
  }
}

// Entity F1 over the dev examples in the anercorp tagset (what the public
// benchmark scores), on rasd tokens.
double DevF1(const Data& d, const NerModel& m) {
  std::vector<float> emit, scratch;
  std::vector<uint8_t> tags;
  uint64_t tp = 0, sys = 0, gold = 0;
  for (const Data::Example& e : d.examples) {
    if (!e.dev) continue;
    Emissions(d, e, m, &emit);
    Viterbi(emit.data(), e.end - e.begin, m, &scratch, &tags);
    std::vector<std::string> g, s;
    for (uint32_t t = e.begin; t < e.end; ++t) {
      g.push_back(TagName(d.gold[t], Tagset::kAnercorp));
      s.push_back(TagName(tags[t - e.begin], Tagset::kAnercorp));
    }
    const std::vector<Chunk> gc = Chunks(g), sc = Chunks(s);
    gold += gc.size();
    sys += sc.size();
    for (const Chunk& c : sc) tp += std::count(gc.begin(), gc.end(), c);
  }
  const double p = sys ? double(tp) / sys : 0, r = gold ? double(tp) / gold : 0;
  return p + r > 0 ? 200 * p * r / (p + r) : 0;
}

// The averaged perceptron over the examples in `order` (shuffled each
// epoch); `log` gets a line per epoch, with the dev F1 when `dev` > 0.
NerModel Learn(const Data& d, std::vector<uint32_t> order,
               const NerTrainOptions& o, size_t dev,
               const std::function<void(const std::string&)>& log) {
  NerModel cur(o.bits);
  std::vector<float> acc(size_t{kTagStride} << o.bits, 0.0f);
  std::vector<float> acc_trans((kNumTags + 1) * kNumTags, 0.0f);
  double c = 1;
  auto update = [&](uint32_t t, uint8_t tag, float delta) {
    for (uint32_t k = d.start[t]; k < d.start[t + 1]; ++k) {
      cur.row(d.ids[k])[tag] += delta;
      acc[size_t{d.ids[k]} * kTagStride + tag] += static_cast<float>(c * delta);
    }
  };
  auto update_trans = [&](int prev, int tag, float delta) {
    cur.trans(prev, tag) += delta;
    acc_trans[prev * kNumTags + tag] += static_cast<float>(c * delta);
  };
  auto averaged = [&] {
    NerModel m(o.bits);
    for (size_t b = 0; b < (size_t{1} << o.bits); ++b)
      for (int t = 0; t < kNumTags; ++t)
        m.row(static_cast<uint32_t>(b))[t] =
            cur.row(static_cast<uint32_t>(b))[t] -
            static_cast<float>(acc[b * kTagStride + t] / c);
    for (int p = 0; p <= kNumTags; ++p)
      for (int t = 0; t < kNumTags; ++t)
        m.trans(p, t) = cur.trans(p, t) -
                        static_cast<float>(acc_trans[p * kNumTags + t] / c);
    return m;
  };

  std::mt19937_64 rng(o.seed);
  std::vector<float> emit, scratch;
  std::vector<uint8_t> tags;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    uint64_t wrong = 0, total = 0;
    for (uint32_t ex : order) {
      const Data::Example& e = d.examples[ex];
      const uint32_t n = e.end - e.begin;
      Emissions(d, e, cur, &emit);
      Viterbi(emit.data(), n, cur, &scratch, &tags);
      total += n;
      int gp = kNumTags, sp = kNumTags;
      for (uint32_t i = 0; i < n; ++i) {
        const uint8_t g = d.gold[e.begin + i], s = tags[i];
        if (g != s) {
          ++wrong;
          update(e.begin + i, g, 1);
          update(e.begin + i, s, -1);
        }
        if (g != s || gp != sp) {
          update_trans(gp, g, 1);
          update_trans(sp, s, -1);
        }
        gp = g;
        sp = s;
      }
      c += 1;
    }
    std::string line = "epoch " + std::to_string(epoch) + ": " +
                       std::to_string(wrong) + " of " + std::to_string(total) +
                       " training tokens wrong";
    if (dev > 0) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.2f", DevF1(d, averaged()));
      line += std::string("; dev F1 ") + buf;
    }
    log(line);
  }
  return averaged();
}

}  // namespace

Result<NerModel> TrainNer(const NerTrainOptions& o, const Pipeline& pipeline,
                          const Triggers* triggers, const Clusters* clusters,
                          const std::function<void(const std::string&)>& log) {
  Result<TagMap> tagmap = TagMap::Load(o.tagmap_path);
  if (!tagmap.ok()) return tagmap.status();
  const FeatureExtractor plain(triggers, clusters, o.bits);
  // Gazetteers: [0] all the evidence, [1 + k] all but training run k's.
  std::vector<Gazetteer> gaz;
  std::vector<FeatureExtractor> extractors;
  std::vector<std::vector<int8_t>> fold_of(o.corpora.size());
  if (o.gazetteer) {
    GazetteerCounts all;
    std::vector<GazetteerCounts> folds(std::max(o.gaz_folds, 0));
    std::vector<int8_t> unused;
    std::vector<GazetteerCounts> no_folds;
    for (const NerCorpus& c : o.gaz_corpora) {
      if (Status s = CountCorpus(
              c, *tagmap, pipeline, plain,
              [](uint64_t, uint64_t) { return false; }, &all, &no_folds,
              &unused);
          !s.ok())
        return s;
      log("gazetteer evidence: " + c.name + " from " + c.path);
    }
    if (o.kb) {
      if (Status s = CountKb(*o.kb, pipeline, plain, &all); !s.ok()) return s;
      log("gazetteer evidence: knowledge base, " +
          std::to_string(o.kb->entries().size()) + " entries");
    }
    for (size_t c = 0; c < o.corpora.size() && !folds.empty(); ++c) {
      if (o.corpora[c].evidence_only) continue;
      auto is_dev = [&](uint64_t i, uint64_t n) {
        if (c != 0) return false;
        if (o.dev_every > 0) return i % o.dev_every == 0;
        return o.dev_tail > 0 && i >= n * (100 - o.dev_tail) / 100;
      };
      if (Status s = CountCorpus(o.corpora[c], *tagmap, pipeline, plain, is_dev,
                                 &all, &folds, &fold_of[c]);
          !s.ok())
        return s;
    }
    gaz.push_back(all.Build());
    for (const GazetteerCounts& f : folds) gaz.push_back(all.Build(&f));
    extractors.reserve(gaz.size());
    for (const Gazetteer& g : gaz)
      extractors.emplace_back(triggers, clusters, o.bits, &g);
    log("gazetteer: " + std::to_string(gaz[0].size()) + " words, " +
        std::to_string(folds.size()) + " jackknife runs");
  }
  // Loads every corpus into *d; with `predicted` (stage-one tags by global
  // token), each sentence also reads a document memory of the tags of the
  // sentences before it.
  auto load_all = [&](const std::vector<uint8_t>* predicted, Data* d,
                      bool quiet) -> Status {
    for (size_t c = 0; c < o.corpora.size(); ++c) {
      uint64_t sentences = 0;
      const size_t tokens_before = d->bio.size();
      auto extractor_of = [&](uint64_t i) -> const FeatureExtractor& {
        if (extractors.empty()) return plain;
        const std::vector<int8_t>& fo = fold_of[c];
        return i < fo.size() && fo[i] >= 0 ? extractors[1 + fo[i]]
                                           : extractors[0];
      };
      if (Status s =
              LoadCorpus(o.corpora[c], c == 0, o.dev_every, *tagmap, pipeline,
                         extractor_of, o.extra, predicted, d, &sentences);
          !s.ok())
        return s;
      if (c == 0 && o.dev_tail > 0) {
        const size_t keep = d->examples.size() * (100 - o.dev_tail) / 100;
        for (size_t i = keep; i < d->examples.size(); ++i)
          d->examples[i].dev = true;
      }
      if (!quiet) {
        log(std::string(o.corpora[c].evidence_only ? "evidence " : "") +
            o.corpora[c].name + ": " + std::to_string(sentences) +
            " sentences, " + std::to_string(d->bio.size() - tokens_before) +
            " tokens from " + o.corpora[c].path);
      }
    }
    ResolveGold(triggers, d);
    return Status::Ok();
  };
  Data d;
  if (Status s = load_all(nullptr, &d, false); !s.ok()) return s;
  size_t dev = 0;
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < d.examples.size(); ++i) {
    dev += d.examples[i].dev;
    if (!d.examples[i].dev && !d.examples[i].evidence_only) order.push_back(i);
  }
  if (o.memory) {
    // Stage one: tags for every sentence from a model that did not train
    // on it (runs of consecutive sentences, jackknifed; dev sentences from
    // a model of all the training ones), as the document memory's input.
    // Runs are cut over the training sentences in corpus order (`order`
    // is still sorted), not over all examples: evidence-only corpora
    // would otherwise leave most training sentences in the first run.
    const int k = std::max(o.memory_folds, 2);
    const size_t total = d.examples.size();
    std::vector<int> fold_of_example(total, -1);
    for (size_t p = 0; p < order.size(); ++p)
      fold_of_example[order[p]] = static_cast<int>(p * k / order.size());
    auto fold = [&](uint32_t ex) { return fold_of_example[ex]; };
    std::vector<uint8_t> predicted(d.bio.size(), kTagO);
    std::vector<float> emit, scratch;
    std::vector<uint8_t> tags;
    auto predict = [&](const NerModel& m, uint32_t ex) {
      const Data::Example& e = d.examples[ex];
      Emissions(d, e, m, &emit);
      Viterbi(emit.data(), e.end - e.begin, m, &scratch, &tags);
      std::copy(tags.begin(), tags.end(), predicted.begin() + e.begin);
    };
    for (int f = 0; f < k; ++f) {
      std::vector<uint32_t> rest;
      for (uint32_t ex : order)
        if (fold(ex) != f) rest.push_back(ex);
      const NerModel m = Learn(d, rest, o, 0, [](const std::string&) {});
      for (uint32_t ex : order)
        if (fold(ex) == f) predict(m, ex);
    }
    if (dev > 0) {
      const NerModel m = Learn(d, order, o, 0, [](const std::string&) {});
      for (uint32_t ex = 0; ex < total; ++ex)
        if (d.examples[ex].dev) predict(m, ex);
    }
    log("memory: stage-one tags from " + std::to_string(k) + " jackknife runs");
    Data with_memory;
    if (Status s = load_all(&predicted, &with_memory, true); !s.ok()) return s;
    d = std::move(with_memory);
  }
  log("features: " + std::to_string(d.ids.size()) + " ids over " +
      std::to_string(d.bio.size()) + " tokens; " + std::to_string(dev) +
      " dev sentences");
  NerModel out = Learn(d, order, o, dev, log);
  if (clusters) out.needs.push_back("clusters");
  if (o.memory) out.needs.push_back("memory");
  if (o.gazetteer) {
    out.needs.push_back("gazetteer");
    if (o.gazetteer_out) *o.gazetteer_out = std::move(gaz[0]);
  }
  return out;
}

}  // namespace rasd
