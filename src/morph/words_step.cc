#include "morph/words_step.h"

#include <algorithm>

#include "morph/segmenter.h"
#include "morph/stemmer.h"

namespace rasd {
namespace {

class WordsStep : public Step {
 public:
  explicit WordsStep(std::unique_ptr<Segmenter> segmenter)
      : segmenter_(std::move(segmenter)) {}
  std::string_view name() const override { return "words"; }

  // Tokens go in blocks, two passes each. The first hashes every Arabic
  // token and starts loading its slot of the model's table of cached
  // analyses; the second reads the analyses, by then in cache, and adds the
  // words. The table is larger than a core's cache: looked up one word at a
  // time, most words would wait on memory.
  Status Run(Document& doc) const override {
    const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
    doc.words.reserve(n + n / 4);
    constexpr uint32_t kBlock = 256;
    uint64_t keys[kBlock];
    for (uint32_t begin = 0; begin < n; begin += kBlock) {
      const uint32_t end = std::min(n, begin + kBlock);
      for (uint32_t i = begin; i < end; ++i) {
        const Token& t = doc.tokens[i];
        if (t.kind != TokenKind::kArabic) continue;
        const uint64_t key = Segmenter::DecisionKey(
            doc.NormText(t.norm), EndsInTaMarbuta(doc.Text(t.span)));
        segmenter_->PrefetchLookup(key);
        keys[i - begin] = key;
      }
      for (uint32_t i = begin; i < end; ++i) AddWords(doc, i, keys[i - begin]);
    }
    return Status::Ok();
  }

 private:
  // Adds the words of token i; `key` is its DecisionKey if it is Arabic.
  void AddWords(Document& doc, uint32_t i, uint64_t key) const {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kArabic) {
      const Span stem = t.kind == TokenKind::kLatin ? t.norm : Span{};
      doc.words.push_back({t.span, t.norm, stem, i, WordRole::kWhole});
      return;
    }
    const uint32_t packed = segmenter_->Lookup(key);
    const Analysis a =
        packed != 0 ? Segmenter::Unpack(packed)
                    : segmenter_->Analyze(doc.NormText(t.norm),
                                          EndsInTaMarbuta(doc.Text(t.span)));
    if (a.split.prefix == 0 && a.split.suffix == 0) {
      doc.words.push_back(
          {t.span, t.norm, Narrow(t.norm, a.stem), i, WordRole::kWhole});
      return;
    }
    AddPieces(doc, i, a);
  }

  // ة, possibly followed by harakat (U+064B..U+065F are D9 8B..D9 9F).
  static bool EndsInTaMarbuta(std::string_view raw) {
    size_t n = raw.size();
    while (n >= 2 && raw[n - 2] == '\xD9' &&
           static_cast<unsigned char>(raw[n - 1]) >= 0x8B &&
           static_cast<unsigned char>(raw[n - 1]) <= 0x9F) {
      n -= 2;
    }
    return n >= 2 && raw.substr(n - 2, 2) == "\xD8\xA9";
  }

  static Span Narrow(Span within, StemRange r) {
    return {within.begin + r.begin, within.begin + r.end};
  }

  // Splits token i at the norm offsets of the analysis; every proclitic
  // letter is a word of its own (a fused preposition, مما, is one). Falls back
  // to the whole token if a piece would be empty in the raw text (a ligature
  // holding two letters).
  static void AddPieces(Document& doc, uint32_t i, const Analysis& a) {
    const Token& t = doc.tokens[i];
    const Split s = a.split;
    const auto& to_raw = doc.norm.to_raw;
    uint32_t cuts[8];
    int n = 0;
    cuts[n++] = t.norm.begin;
    const uint32_t step =
        Segmenter::IsFused(doc.NormText(t.norm)) ? s.prefix : 2;
    for (uint32_t p = step; p <= s.prefix; p += step)
      cuts[n++] = t.norm.begin + p;
    if (s.suffix > 0 && t.norm.end - s.suffix > cuts[n - 1])
      cuts[n++] = t.norm.end - s.suffix;
    cuts[n++] = t.norm.end;
    const size_t first = doc.words.size();
    for (int k = 0; k + 1 < n; ++k) {
      const uint32_t nb = cuts[k], ne = cuts[k + 1];
      const uint32_t rb = k == 0 ? t.span.begin : to_raw[nb];
      const uint32_t re = k + 2 == n ? t.span.end : to_raw[ne];
      if (rb >= re) {
        doc.words.resize(first);
        const Span stem = Narrow(t.norm, LightStem(doc.NormText(t.norm)));
        doc.words.push_back({t.span, t.norm, stem, i, WordRole::kWhole});
        return;
      }
      const bool is_prefix = nb < t.norm.begin + s.prefix;
      const bool is_suffix = s.suffix > 0 && k + 2 == n;
      const WordRole role = is_prefix   ? WordRole::kProclitic
                            : is_suffix ? WordRole::kEnclitic
                                        : WordRole::kHost;
      const Span stem =
          role == WordRole::kHost ? Narrow({nb, ne}, a.stem) : Span{};
      doc.words.push_back({{rb, re}, {nb, ne}, stem, i, role});
    }
  }

  std::unique_ptr<Segmenter> segmenter_;
};

}  // namespace

Result<std::unique_ptr<const Step>> MakeWordsStep(
    const std::string& model_path) {
  Result<std::unique_ptr<Segmenter>> seg = Segmenter::Load(model_path);
  if (!seg.ok()) return seg.status();
  return std::unique_ptr<const Step>(new WordsStep(std::move(seg).value()));
}

}  // namespace rasd
