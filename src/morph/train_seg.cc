#include "morph/train_seg.h"

#include <algorithm>
#include <fstream>
#include <unordered_map>

#include "rasd/input.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace rasd {
namespace {

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool IsProclitic(const std::string& seg, const std::string& tag) {
  static const char* kForms[] = {"و", "ف", "ب", "ل", "ك", "س"};
  if (tag != "CONJ" && tag != "PREP" && tag != "FUT_PART") return false;
  return std::any_of(std::begin(kForms), std::end(kForms),
                     [&](const char* f) { return seg == f; });
}

bool IsEnclitic(const std::string& seg, const std::string& tag) {
  static const char* kForms[] = {"ه",  "ها",  "هم", "هما", "هن", "ك",
                                 "كم", "كما", "كن", "نا",  "ني", "ي"};
  if (tag != "PRON") return false;
  return std::any_of(std::begin(kForms), std::end(kForms),
                     [&](const char* f) { return seg == f; });
}

}  // namespace

Status CountLexicon(const std::vector<std::string>& inputs, uint32_t min_count,
                    WordModelData* model, uint64_t* documents,
                    std::vector<std::string>* words) {
  std::unordered_map<std::string, uint32_t> counts;
  auto reader = InputReader::Open(inputs, InputOptions());
  InputItem item;
  Normalized norm;
  std::vector<Token> tokens;
  *documents = 0;
  while (reader->Next(&item)) {
    if (!item.ok) continue;
    ++*documents;
    Normalize(item.doc.text, &norm);
    tokens.clear();
    Tokenize(item.doc.text, norm, &tokens);
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kArabic || t.norm.empty()) continue;
      ++counts[norm.text.substr(t.norm.begin, t.norm.size())];
    }
    item = InputItem();
  }
  model->counts.clear();
  for (const auto& [word, n] : counts) {
    if (n < min_count) continue;
    model->counts.emplace_back(HashKey(word), n);
    if (words) words->push_back(word);
  }
  std::sort(model->counts.begin(), model->counts.end());
  return Status::Ok();
}

namespace {

// A Farasa line mapped to UD: the proclitic letters, the host (with its
// article and inflectional suffixes) and the pronoun, as written. False for
// a header, a malformed line or a line with no host.
struct UdWord {
  std::string prefix, host, suffix;
};
bool MapFarasaLine(std::string line, UdWord* w) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const size_t tab = line.find('\t');
  if (tab == std::string::npos) return false;
  const std::vector<std::string> segs = SplitOn(line.substr(0, tab), '+');
  const std::vector<std::string> tags = SplitOn(line.substr(tab + 1), '+');
  if (segs.size() != tags.size() || segs.empty()) return false;
  size_t first = 0;
  while (first + 1 < segs.size() && IsProclitic(segs[first], tags[first]))
    ++first;
  size_t last = segs.size();
  // A final pronoun splits off when a host or a proclitic stays before it.
  if ((last - first >= 2 || (first > 0 && last - first == 1)) &&
      IsEnclitic(segs.back(), tags.back())) {
    --last;
  }
  *w = UdWord();
  for (size_t i = 0; i < segs.size(); ++i) {
    // ل + ال is written لل: the article loses its alef.
    std::string seg = segs[i];
    if (seg == "ال" && i > 0 && segs[i - 1] == "ل" && i == first) seg = "ل";
    (i < first ? w->prefix : i < last ? w->host : w->suffix) += seg;
  }
  return !w->host.empty() || (!w->prefix.empty() && !w->suffix.empty());
}

}  // namespace

Result<std::vector<SegExample>> ReadFarasaSegmentation(
    const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<SegExample> out;
  std::string line;
  UdWord w;
  while (std::getline(in, line)) {
    if (!MapFarasaLine(line, &w)) continue;
    SegExample ex;
    const std::string p = NormalizeString(w.prefix),
                      h = NormalizeString(w.host),
                      x = NormalizeString(w.suffix);
    ex.word = p + h + x;
    ex.ta_marbuta = x.empty() && h.size() >= 2 && w.host.size() >= 2 &&
                    w.host.compare(w.host.size() - 2, 2, "ة") == 0;
    if (ex.word.find_first_of("0123456789") != std::string::npos ||
        p.size() > 6 || x.size() > 8)
      continue;
    ex.split = {static_cast<uint8_t>(p.size()), static_cast<uint8_t>(x.size())};
    out.push_back(std::move(ex));
  }
  return out;
}

Result<std::vector<ConlluSentence>> ReadFarasaAsConllu(
    const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  std::string line;
  UdWord w;
  auto add_word = [&](std::string_view form) {
    if (form.empty()) return;
    const auto begin = static_cast<uint32_t>(s.text.size());
    s.text += form;
    s.words.push_back({begin, static_cast<uint32_t>(s.text.size())});
  };
  while (std::getline(in, line)) {
    if (!MapFarasaLine(line, &w)) continue;
    if (!s.text.empty()) s.text += ' ';
    // Proclitics are single letters: two bytes each.
    for (size_t i = 0; i + 1 < w.prefix.size(); i += 2)
      add_word(std::string_view(w.prefix).substr(i, 2));
    add_word(w.host);
    add_word(w.suffix);
    if (w.host == "." || w.host == "؟" || w.host == "!") {
      s.id = std::to_string(out.size() + 1);
      out.push_back(std::move(s));
      s = ConlluSentence();
    }
  }
  if (!s.text.empty()) {
    s.id = std::to_string(out.size() + 1);
    out.push_back(std::move(s));
  }
  return out;
}

void ExamplesFromConllu(const std::vector<ConlluSentence>& sentences, int folds,
                        int hold_out, std::vector<SegExample>* out) {
  static const std::string_view kProclitics[] = {"و", "ف", "ب", "ل", "ك", "س"};
  static const std::string_view kPronouns[] = {
      "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ني", "ي"};
  auto in = [](std::string_view w, const auto& list) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  Normalized norm;
  std::vector<Token> tokens;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (folds > 0 && static_cast<int>(i % folds) == hold_out) continue;
    const ConlluSentence& s = sentences[i];
    Normalize(s.text, &norm);
    tokens.clear();
    Tokenize(s.text, norm, &tokens);
    size_t w = 0;
    for (const Token& t : tokens) {
      while (w < s.words.size() && s.words[w].end <= t.span.begin) ++w;
      if (t.kind != TokenKind::kArabic || w >= s.words.size() ||
          s.words[w].begin != t.span.begin)
        continue;
      size_t end = w;
      while (end < s.words.size() && s.words[end].end < t.span.end) ++end;
      if (end >= s.words.size() || s.words[end].end != t.span.end) continue;
      auto form = [&](size_t k) {
        return std::string_view(s.text).substr(s.words[k].begin,
                                               s.words[k].size());
      };
      size_t first = w;  // first word of the host
      while (first < end && in(form(first), kProclitics)) ++first;
      size_t last = end;  // last word of the host
      if (last > first && in(form(last), kPronouns)) --last;
      if (first != last) continue;  // مما = م + ما and the like: no host
      // Byte boundaries in the normalised token.
      auto norm_at = [&](uint32_t raw) {
        uint32_t n = t.norm.begin;
        while (n < t.norm.end && norm.to_raw[n] < raw) ++n;
        return n;
      };
      const uint32_t host_begin = norm_at(s.words[first].begin);
      const uint32_t host_end = norm_at(s.words[last].end);
      SegExample ex;
      ex.word = norm.text.substr(t.norm.begin, t.norm.size());
      if (ex.word.empty() || host_begin - t.norm.begin > 6 ||
          t.norm.end - host_end > 8)
        continue;
      ex.split = {static_cast<uint8_t>(host_begin - t.norm.begin),
                  static_cast<uint8_t>(t.norm.end - host_end)};
      const std::string_view raw =
          std::string_view(s.text).substr(t.span.begin, t.span.size());
      ex.ta_marbuta = ex.split.suffix == 0 && raw.size() >= 2 &&
                      raw.substr(raw.size() - 2) == "ة";
      out->push_back(std::move(ex));
    }
  }
}

void CountVariants(const std::vector<std::string>& words,
                   WordModelData* model) {
  std::unordered_map<uint64_t, uint32_t> variants;
  std::vector<Split> candidates;
  char buf[256];
  for (const std::string& w : words) {
    Segmenter::Candidates(w, false, &candidates);
    for (const Split& s : candidates) {
      if (s.prefix + s.suffix == 0) continue;
      const uint64_t a = HashKey(Segmenter::HostForm(w, s, buf, sizeof buf));
      const uint64_t b =
          HashKey(Segmenter::HostForm(w, s, buf, sizeof buf, false));
      ++variants[a];
      if (b != a) ++variants[b];
    }
  }
  model->variants.assign(variants.begin(), variants.end());
  std::sort(model->variants.begin(), model->variants.end());
}

void CacheDecisions(const std::vector<std::string>& words,
                    WordModelData* model) {
  model->splits.clear();
  Segmenter seg(*model);
  for (const std::string& w : words) {
    for (bool ta : {false, true}) {
      if (ta && !(w.size() >= 2 && w.compare(w.size() - 2, 2, "ه") == 0))
        continue;
      if (w.size() > 250) continue;  // stem offsets must fit a byte
      const Split s = seg.Decide(w, ta);
      const uint32_t packed = Segmenter::Pack({s, seg.HostStem(w, s)});
      model->splits.emplace_back(Segmenter::DecisionKey(w, ta), packed);
    }
  }
  std::sort(model->splits.begin(), model->splits.end());
}

void TrainSegmenter(const std::vector<SegExample>& examples, int epochs,
                    WordModelData* model) {
  std::unordered_map<uint64_t, float> w,
      total;                                // weights and their running sums
  std::unordered_map<uint64_t, int> stamp;  // last update step, for averaging
  WordModelData counts_only = *model;
  counts_only.weights.clear();
  Segmenter seg(counts_only);
  int step = 0;
  std::vector<Split> candidates;
  std::vector<Feature> feats;
  auto score = [&](const std::string& word, Split s) {
    feats.clear();
    seg.Features(word, s, &feats);
    float sc = 0;
    for (const Feature& f : feats) {
      auto it = w.find(f.hash);
      if (it != w.end()) sc += it->second * f.value;
    }
    return sc;
  };
  auto update = [&](const std::string& word, Split s, float delta) {
    feats.clear();
    seg.Features(word, s, &feats);
    for (const Feature& f : feats) {
      total[f.hash] += w[f.hash] * static_cast<float>(step - stamp[f.hash]);
      stamp[f.hash] = step;
      w[f.hash] += delta * f.value;
    }
  };
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (const SegExample& ex : examples) {
      ++step;
      Segmenter::Candidates(ex.word, ex.ta_marbuta, &candidates);
      if (candidates.size() < 2) continue;
      if (std::find(candidates.begin(), candidates.end(), ex.split) ==
          candidates.end())
        continue;
      Split best = candidates[0];
      float best_score = score(ex.word, best);
      for (size_t i = 1; i < candidates.size(); ++i) {
        const float s = score(ex.word, candidates[i]);
        if (s > best_score) best_score = s, best = candidates[i];
      }
      if (best == ex.split) continue;
      update(ex.word, ex.split, 1);
      update(ex.word, best, -1);
    }
  }
  model->weights.clear();
  for (auto& [h, v] : w) {
    const float sum = total[h] + v * static_cast<float>(step - stamp[h]);
    const float avg = sum / static_cast<float>(std::max(step, 1));
    if (avg != 0) model->weights.emplace_back(h, avg);
  }
  std::sort(model->weights.begin(), model->weights.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

}  // namespace rasd
