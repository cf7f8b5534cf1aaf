#include "morph/segmenter.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rasd {
namespace {

// Normalised Arabic letters, UTF-8.
constexpr std::string_view kWaw = "\xD9\x88";   // و
constexpr std::string_view kFa = "\xD9\x81";    // ف
constexpr std::string_view kBa = "\xD8\xA8";    // ب
constexpr std::string_view kLam = "\xD9\x84";   // ل
constexpr std::string_view kKaf = "\xD9\x83";   // ك
constexpr std::string_view kSin = "\xD8\xB3";   // س
constexpr std::string_view kAlef = "\xD8\xA7";  // ا
constexpr std::string_view kTa = "\xD8\xAA";    // ت
constexpr std::string_view kHa = "\xD9\x87";  // ه (also ة after normalisation)
constexpr std::string_view kYa = "\xD9\x8A";   // ي
constexpr std::string_view kNun = "\xD9\x86";  // ن

// Enclitic pronouns, normalised. Order matters only for readability.
constexpr std::string_view kSuffixes[] = {
    "\xD9\x87",                  // ه
    "\xD9\x87\xD8\xA7",          // ها
    "\xD9\x87\xD9\x85",          // هم
    "\xD9\x87\xD9\x85\xD8\xA7",  // هما
    "\xD9\x87\xD9\x86",          // هن
    "\xD9\x83",                  // ك
    "\xD9\x83\xD9\x85",          // كم
    "\xD9\x83\xD9\x85\xD8\xA7",  // كما
    "\xD9\x83\xD9\x86",          // كن
    "\xD9\x86\xD8\xA7",          // نا
    "\xD9\x86\xD9\x8A",          // ني
    "\xD9\x8A",                  // ي
};

constexpr size_t kMinHost = 4;  // two letters

// Prepositions fused with ما / من, split as UD does (مما → م + ما). The
// first part is not one of the proclitic letters, so no candidate yields it.
// (فيما stays whole: UD treats it mostly as the conjunction "while".)
struct Fused {
  std::string_view word;
  uint8_t prefix;
};
constexpr Fused kFused[] = {
    {"\xD9\x85\xD9\x85\xD8\xA7", 2},          // مما
    {"\xD9\x85\xD9\x85\xD9\x86", 2},          // ممن
    {"\xD9\x85\xD9\x86\xD9\x85\xD9\x86", 4},  // منمن
    {"\xD8\xB9\xD9\x86\xD9\x85\xD8\xA7", 4},  // عنما
    {"\xD8\xB9\xD9\x86\xD9\x85\xD9\x86", 4},  // عنمن
};

bool StartsWith(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Imperfect-verb person prefixes that may follow the future particle س.
bool ImperfectStart(std::string_view host) {
  return StartsWith(host, kYa) || StartsWith(host, kTa) ||
         StartsWith(host, kNun) || StartsWith(host, kAlef);
}

}  // namespace

std::string_view Segmenter::HostForm(std::string_view word, Split s, char* buf,
                                     size_t cap, bool restore_ta) {
  std::string_view host =
      word.substr(s.prefix, word.size() - s.prefix - s.suffix);
  size_t n = 0;
  auto put = [&](std::string_view part) {
    if (n + part.size() > cap) return false;
    if (!part.empty()) std::memcpy(buf + n, part.data(), part.size());
    n += part.size();
    return true;
  };
  const bool restore_article =
      s.prefix > 0 && word.substr(s.prefix - 2, 2) == kLam &&
      StartsWith(host, kLam) && !StartsWith(host.substr(2), kLam);
  const bool ta = restore_ta && s.suffix > 0 && EndsWith(host, kTa);
  if (!restore_article && !ta) return host;
  if (restore_article && !put(kAlef)) return host;
  if (ta) {
    if (!put(host.substr(0, host.size() - 2)) || !put(kHa)) return host;
  } else if (!put(host)) {
    return host;
  }
  return std::string_view(buf, n);
}

namespace {

// The words besides the host forms whose lexicon counts the features of a
// candidate read (Segmenter::Features says why); each is written into
// `buf` (of `cap` bytes), and is empty when the feature does not apply or
// the word would not fit.

// ارتداؤه → ارتداء: the host with its final و or ي (a hamza's seat before a
// pronoun) replaced by ء.
std::string_view HamzaForm(std::string_view host, Split s, char* buf,
                           size_t cap) {
  if (s.suffix == 0 || host.size() < 6 || host.size() > cap ||
      !(EndsWith(host, kWaw) || EndsWith(host, kYa)))
    return {};
  std::memcpy(buf, host.data(), host.size() - 2);
  std::memcpy(buf + host.size() - 2, "\xD8\xA1", 2);  // ء
  return std::string_view(buf, host.size());
}

// عربي → عربيه: the word after its proclitics, with ه added, if it ends in ي.
std::string_view FeminineForm(std::string_view word, Split s, char* buf,
                              size_t cap) {
  if (!EndsWith(word, kYa) || word.size() - s.prefix + 2 > cap) return {};
  const std::string_view stem = word.substr(s.prefix);
  std::memcpy(buf, stem.data(), stem.size());
  std::memcpy(buf + stem.size(), kHa.data(), 2);
  return std::string_view(buf, stem.size() + 2);
}

// The host followed by `tail`.
std::string_view WithTail(std::string_view host, std::string_view tail,
                          char* buf, size_t cap) {
  if (host.size() > cap || tail.size() > cap - host.size()) return {};
  std::memcpy(buf, host.data(), host.size());
  std::memcpy(buf + host.size(), tail.data(), tail.size());
  return std::string_view(buf, host.size() + tail.size());
}

// The two tails of a host before a pronoun: another pronoun, and the
// past-tense plural ending. (هم rather than ها, which is also ه + the
// accusative alef: جنيها.)
constexpr std::string_view kHum = "\xD9\x87\xD9\x85";      // هم
constexpr std::string_view kHaAlef = "\xD9\x87\xD8\xA7";   // ها
constexpr std::string_view kWawAlef = "\xD9\x88\xD8\xA7";  // وا
std::string_view OtherPronoun(std::string_view suffix) {
  return suffix == kHum ? kHaAlef : kHum;
}

// Feature hashing: a template id, two small parts and an optional string.
uint64_t F(uint32_t id, std::string_view a = {}, std::string_view b = {},
           uint32_t n = 0) {
  char buf[64];
  size_t len = 0;
  std::memcpy(buf, &id, 4);
  len = 4;
  std::memcpy(buf + len, &n, 4);
  len += 4;
  for (std::string_view part : {a, b}) {
    const size_t k = std::min(part.size(), sizeof(buf) - len - 1);
    if (k > 0) std::memcpy(buf + len, part.data(), k);
    len += k;
    buf[len++] = '|';
  }
  return HashKey(std::string_view(buf, len));
}

}  // namespace

Segmenter::Segmenter(const WordModelData& data) {
  counts_.Build(data.counts);
  weights_.Build(data.weights);
  splits_.Build(data.splits);
  variants_.Build(data.variants);
}

Result<std::unique_ptr<Segmenter>> Segmenter::Load(const std::string& path) {
  Result<WordModelData> data = ReadWordModel(path);
  if (!data.ok()) return data.status();
  return std::make_unique<Segmenter>(*data);
}

void Segmenter::Candidates(std::string_view word, bool ta_marbuta,
                           std::vector<Split>* out) {
  out->clear();
  out->push_back({0, 0});
  // A preposition with a pronoun and nothing between: له بها لكم.
  if (word.size() >= 4 && (StartsWith(word, kBa) || StartsWith(word, kLam) ||
                           StartsWith(word, kKaf))) {
    const std::string_view rest = word.substr(2);
    for (std::string_view x : kSuffixes) {
      if (rest == x && !(ta_marbuta && x == kHa)) {
        out->push_back({2, static_cast<uint8_t>(x.size())});
      }
    }
  }
  if (word.size() < kMinHost + 2) return;
  // Proclitic chains: [و|ف]? then [ب|ل|ك|س]?
  uint8_t prefixes[3];
  int np = 0;
  prefixes[np++] = 0;
  const bool conj = StartsWith(word, kWaw) || StartsWith(word, kFa);
  if (conj) prefixes[np++] = 2;
  for (size_t c = 0; c <= (conj ? 2u : 0u); c += 2) {
    const std::string_view rest = word.substr(c);
    if (StartsWith(rest, kBa) || StartsWith(rest, kLam) ||
        StartsWith(rest, kKaf) ||
        (StartsWith(rest, kSin) && ImperfectStart(rest.substr(2)))) {
      prefixes[np++] = static_cast<uint8_t>(c + 2);
    }
  }
  for (int i = 0; i < np; ++i) {
    const size_t p = prefixes[i];
    for (size_t k = 0; k <= std::size(kSuffixes); ++k) {
      const size_t x = k == 0 ? 0 : kSuffixes[k - 1].size();
      if (p == 0 && x == 0) continue;
      if (p + x + kMinHost > word.size()) continue;
      if (x > 0 && !EndsWith(word, kSuffixes[k - 1])) continue;
      if (x > 0 && ta_marbuta && EndsWith(kSuffixes[k - 1], kHa)) continue;
      out->push_back({static_cast<uint8_t>(p), static_cast<uint8_t>(x)});
    }
  }
}

void Segmenter::Features(std::string_view word, Split s,
                         std::vector<Feature>* out) const {
  char buf[256];
  const std::string_view host =
      word.substr(s.prefix, word.size() - s.prefix - s.suffix);
  const std::string_view prefix = word.substr(0, s.prefix);
  const std::string_view suffix = word.substr(word.size() - s.suffix);
  const float whole = std::log1p(static_cast<float>(Count(word)));
  uint32_t host_count = 0, host_variants = 0, as_ta = 0, as_written = 0;
  for (bool restore_ta : {true, false}) {
    const uint64_t key =
        HashKey(HostForm(word, s, buf, sizeof buf, restore_ta));
    const uint32_t n = counts_.Get(key);
    (restore_ta ? as_ta : as_written) = n;
    host_count = std::max(host_count, n);
    host_variants = std::max(host_variants, variants_.Get(key));
  }
  // ارتداؤه: a final hamza sits on و or ي before a pronoun (normalised to
  // the bare letter); the lexicon knows the word with ء (ارتداء).
  if (const std::string_view hamza = HamzaForm(host, s, buf, sizeof buf);
      !hamza.empty()) {
    host_count = std::max(host_count, counts_.Get(HashKey(hamza)));
  }
  // حياتي: the host is a ة-word (حياه) better attested than as written.
  const bool ta_host =
      s.suffix > 0 && EndsWith(host, kTa) && as_ta > as_written;
  // عربي vs حياتي: a nisba adjective has a feminine (عربيه) of its own.
  float feminine = 0;
  if (const std::string_view fem = FeminineForm(word, s, buf, sizeof buf);
      !fem.empty()) {
    feminine = std::log1p(static_cast<float>(Count(fem)));
  }
  const float lex = std::log1p(static_cast<float>(host_count));
  const uint32_t letters =
      static_cast<uint32_t>(std::min<size_t>(host.size() / 2, 7));
  const std::string_view first = host.substr(0, 2);
  const std::string_view last =
      host.size() >= 2 ? host.substr(host.size() - 2) : host;
  const bool split = s.prefix + s.suffix > 0;
  out->push_back({F(1), split ? lex - whole : 0.f});
  out->push_back({F(2, prefix, suffix), 1});
  out->push_back({F(3, prefix, suffix), split ? lex : whole});
  out->push_back({F(4, prefix, suffix, host_count == 0), 1});
  out->push_back({F(5, prefix, first), 1});
  out->push_back({F(6, suffix, last), 1});
  out->push_back({F(7, prefix, suffix, letters), 1});
  out->push_back({F(8, prefix, {}, StartsWith(host, "\xD8\xA7\xD9\x84")),
                  1});  // host has ال
  out->push_back({F(9, prefix, suffix, static_cast<uint32_t>(whole > 0)), 1});
  out->push_back({F(10, prefix, suffix,
                    static_cast<uint32_t>(ImperfectStart(host)) * 8 + letters),
                  1});
  out->push_back({F(12, prefix, host.substr(0, 4)), 1});
  out->push_back(
      {F(13, suffix, host.size() >= 4 ? host.substr(host.size() - 4) : host),
       1});
  out->push_back(
      {F(14, prefix, suffix, static_cast<uint32_t>(std::min(whole, 12.f))), 1});
  out->push_back({F(17, prefix, suffix, ta_host), 1});
  // Letter trigrams at the host's edges: foreign names have their own
  // (بويمر، وولمار).
  out->push_back({F(21, prefix, host.substr(0, 6)), 1});
  out->push_back(
      {F(22, suffix, host.size() >= 6 ? host.substr(host.size() - 6) : host),
       1});
  if (s.suffix > 0) {
    // Another pronoun on the same host (حياتي → حياتهم) says the host takes
    // pronouns; a past-tense plural (طلبنا → طلبوا) says it is a verb, whose
    // نا is its subject, not a clitic.
    auto log_count_with = [&](std::string_view tail) {
      const std::string_view w = WithTail(host, tail, buf, sizeof buf);
      return w.empty() ? 0.f : std::log1p(static_cast<float>(Count(w)));
    };
    out->push_back({F(19, suffix), log_count_with(OtherPronoun(suffix))});
    out->push_back({F(20, suffix), log_count_with(kWawAlef)});
  }
  out->push_back({F(18, prefix, suffix), feminine});
  // How productive the host is behind clitics (types), and the whole word.
  const float variety = std::log1p(static_cast<float>(host_variants));
  out->push_back({F(15, prefix, suffix), split ? variety : 0.f});
  out->push_back(
      {F(16, prefix, suffix, std::min<uint32_t>(host_variants, 12)), 1});
  // How much likelier the host is than the whole word, bucketed per clitic.
  const int ratio = split ? static_cast<int>(std::lround(lex - whole)) : 0;
  out->push_back({F(11, prefix, suffix,
                    static_cast<uint32_t>(std::clamp(ratio, -4, 4) + 4)),
                  1});
}

float Segmenter::Score(std::string_view word, Split s) const {
  thread_local std::vector<Feature> features;
  features.clear();
  Features(word, s, &features);
  float score = 0;
  for (const Feature& f : features) score += weights_.Get(f.hash) * f.value;
  return score;
}

uint32_t Segmenter::Pack(const Analysis& a) {
  return (static_cast<uint32_t>(a.stem.end) << 24 | a.stem.begin << 16 |
          static_cast<uint32_t>(a.split.prefix) << 8 | a.split.suffix) +
         1;
}

Analysis Segmenter::Analyze(std::string_view word, bool ta_marbuta) const {
  if (const uint32_t packed = Lookup(DecisionKey(word, ta_marbuta)))
    return Unpack(packed);
  const Split s = Decide(word, ta_marbuta);
  return {s, HostStem(word, s)};
}

StemRange Segmenter::HostStem(std::string_view word, Split s) const {
  const std::string_view host =
      word.substr(s.prefix, word.size() - s.prefix - s.suffix);
  if (host.empty()) return {};
  HostContext ctx;
  ctx.before_enclitic = s.suffix > 0;
  if (s.prefix > 0 && word.substr(s.prefix - 2, 2) == kLam &&
      StartsWith(host, kLam)) {
    char buf[256];
    const std::string_view with_article = HostForm(word, s, buf, sizeof buf);
    ctx.lam_article = Count(with_article) >= Count(host);
  }
  return LightStem(host, ctx);
}

bool Segmenter::IsFused(std::string_view word) {
  for (const Fused& f : kFused)
    if (word == f.word) return true;
  return false;
}

Split Segmenter::Decide(std::string_view word, bool ta_marbuta) const {
  for (const Fused& f : kFused)
    if (word == f.word) return {f.prefix, 0};
  thread_local std::vector<Split> candidates;
  Candidates(word, ta_marbuta, &candidates);
  if (candidates.size() == 1) return candidates[0];
  // Scoring looks up the word and every candidate host in the lexicon,
  // whose tables are larger than the cache: start loading them all at once.
  counts_.Prefetch(HashKey(word));
  char buf[256];
  for (const Split& c : candidates) {
    for (bool restore_ta : {true, false}) {
      const uint64_t key =
          HashKey(HostForm(word, c, buf, sizeof buf, restore_ta));
      counts_.Prefetch(key);
      variants_.Prefetch(key);
    }
    const std::string_view host =
        word.substr(c.prefix, word.size() - c.prefix - c.suffix);
    auto prefetch = [&](std::string_view form) {
      if (!form.empty()) counts_.Prefetch(HashKey(form));
    };
    prefetch(HamzaForm(host, c, buf, sizeof buf));
    prefetch(FeminineForm(word, c, buf, sizeof buf));
    if (c.suffix > 0) {
      const std::string_view suffix = word.substr(word.size() - c.suffix);
      prefetch(WithTail(host, OtherPronoun(suffix), buf, sizeof buf));
      prefetch(WithTail(host, kWawAlef, buf, sizeof buf));
    }
  }
  Split best = candidates[0];
  float best_score = Score(word, best);
  for (size_t i = 1; i < candidates.size(); ++i) {
    const float s = Score(word, candidates[i]);
    if (s > best_score) {
      best_score = s;
      best = candidates[i];
    }
  }
  return best;
}

}  // namespace rasd
