#include "morph/words_step.h"

#include <cstring>

#include "morph/segmenter.h"
#include "morph/stemmer.h"

namespace rasd {
namespace {

class WordsStep : public Step {
 public:
  explicit WordsStep(std::unique_ptr<Segmenter> segmenter)
      : segmenter_(std::move(segmenter)) {}
  std::string_view name() const override { return "words"; }

  Status Run(Document& doc) const override {
    doc.words.reserve(doc.tokens.size() + doc.tokens.size() / 4);
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      const Token& t = doc.tokens[i];
      if (t.kind != TokenKind::kArabic || t.norm.size() < 4) {
        doc.words.push_back(
            {t.span, t.norm, WholeStem(doc, t), i, WordRole::kWhole});
        continue;
      }
      const Split s = segmenter_->Best(doc.NormText(t.norm),
                                       EndsInTaMarbuta(doc.Text(t.span)));
      if (s.prefix == 0 && s.suffix == 0) {
        doc.words.push_back(
            {t.span, t.norm, WholeStem(doc, t), i, WordRole::kWhole});
        continue;
      }
      AddPieces(doc, i, s, *segmenter_);
    }
    return Status::Ok();
  }

 private:
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

  // The light stem of an unsplit token (its whole form for Latin words).
  static Span WholeStem(const Document& doc, const Token& t) {
    if (t.kind == TokenKind::kLatin) return t.norm;
    if (t.kind != TokenKind::kArabic) return Span{};
    return Narrow(t.norm, LightStem(doc.NormText(t.norm)));
  }

  static Span Narrow(Span within, StemRange r) {
    return {within.begin + r.begin, within.begin + r.end};
  }

  // Whether a host after the preposition ل (written لل) begins with what is
  // left of the article: ال + the rest of the host is the likelier word.
  static bool LamArticle(std::string_view host, const Segmenter& seg) {
    constexpr std::string_view kLam = "\xD9\x84", kAlef = "\xD8\xA7";
    if (host.substr(0, 2) != kLam) return false;
    char buf[128];
    if (host.size() + 2 > sizeof buf) return true;
    std::memcpy(buf, kAlef.data(), 2);
    std::memcpy(buf + 2, host.data(), host.size());
    return seg.Count(std::string_view(buf, host.size() + 2)) >= seg.Count(host);
  }

  // Splits token i at the norm offsets of `s`; every proclitic letter is a
  // word of its own. Falls back to the whole token if a piece would be
  // empty in the raw text (a ligature holding two letters).
  static void AddPieces(Document& doc, uint32_t i, Split s,
                        const Segmenter& seg) {
    const Token& t = doc.tokens[i];
    const auto& to_raw = doc.norm.to_raw;
    uint32_t cuts[8];
    int n = 0;
    cuts[n++] = t.norm.begin;
    for (uint32_t p = 2; p <= s.prefix; p += 2) cuts[n++] = t.norm.begin + p;
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
        doc.words.push_back(
            {t.span, t.norm, WholeStem(doc, t), i, WordRole::kWhole});
        return;
      }
      const bool is_prefix = nb < t.norm.begin + s.prefix;
      const bool is_suffix = s.suffix > 0 && k + 2 == n;
      const WordRole role = is_prefix   ? WordRole::kProclitic
                            : is_suffix ? WordRole::kEnclitic
                                        : WordRole::kHost;
      Span stem;
      if (role == WordRole::kHost) {
        const std::string_view host = doc.NormText({nb, ne});
        HostContext ctx;
        ctx.before_enclitic = s.suffix > 0;
        ctx.lam_article = s.prefix > 0 &&
                          doc.NormText({nb - 2, nb}) == "\xD9\x84" &&
                          LamArticle(host, seg);
        stem = Narrow({nb, ne}, LightStem(host, ctx));
      }
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
