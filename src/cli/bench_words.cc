// rasd bench words: the word layer (normalise, tokenise, segment clitics,
// stem) side by side with two reference points, in one run, on one thread,
// over the same in-memory texts:
//
//   snowball  a plain tokeniser followed by Snowball's Arabic stemmer
//             (libstemmer), the usual cheap baseline of Arabic search
//             engines. It normalises and stems but splits no clitics and
//             keeps no offsets, so it is the bar rasd should clear.
//   icu       ICU's word BreakIterator over a UText on the UTF-8 text (no
//             UTF-16 copy), counting word segments. It neither normalises
//             nor stems: a well-tuned segmenter, the bar to approach.
//
// The rasd figure is the time of the steps that make the word layer
// (normalize, tokenize, words), as Pipeline::Run measures them with
// StepTimes, in a pipeline that stops after "words" (the sentence step runs
// too; it is shown on its own line and in a wall-clock row that also counts
// clearing and freeing each document's layers).
//
// MB/s is of the UTF-8 text. Figures only: no target is asserted here.
#include "cli/bench_words.h"

#include <fmt/format.h>
#include <libstemmer.h>
#include <spdlog/spdlog.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "cli/bench_load.h"
#include "cli/common.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

// The steps whose time is the word-layer figure; any other step is shown
// apart.
bool InWordLayer(std::string_view step) {
  return step == "normalize" || step == "tokenize" || step == "words";
}

struct Contender {
  std::string name;
  double seconds = 0;
  uint64_t words = 0;  // what the contender calls a word, over all passes
};

// ---- rasd

struct RasdRun {
  double wall_seconds = 0;  // every step, plus clearing and freeing layers
  std::vector<uint64_t> step_ns;
  uint64_t tokens = 0;  // Arabic and Latin tokens
  uint64_t words = 0;   // CountLetterWords; 0 until the words step lands
  uint64_t failures = 0;
};

// Words of Arabic and Latin tokens: the layer also holds a word for each
// number and punctuation mark, which neither Snowball's tokens nor ICU's
// word segments (bar numbers) count.
uint64_t CountLetterWords(const Document& d) {
  uint64_t n = 0;
  for (const Word& w : d.words) {
    const TokenKind k = d.tokens[w.token].kind;
    n += k == TokenKind::kArabic || k == TokenKind::kLatin;
  }
  return n;
}

// Each Time* function makes one pass over the documents and adds its
// figures to *r.
void TimeRasd(const Pipeline& pipeline, std::vector<Document>& docs,
              RasdRun* r) {
  StepTimes times;
  times.ns = std::move(r->step_ns);
  const auto start = std::chrono::steady_clock::now();
  for (Document& d : docs) {
    if (Status s = pipeline.Run(&d, &times); !s.ok()) {
      ++r->failures;
      spdlog::debug("{}", s.message());
    }
    r->tokens += CountWordTokens(d);
    r->words += CountLetterWords(d);
    Release(d);
  }
  r->wall_seconds += SecondsSince(start);
  r->step_ns = std::move(times.ns);
}

// ---- Snowball

// Bytes that end a token by themselves: ASCII other than letters and digits.
constexpr std::array<bool, 128> kAsciiSeparator = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
                       (c >= 'a' && c <= 'z');
    t[c] = !alnum;
  }
  return t;
}();

// Length of the separator starting at p[0] (a byte >= 0x80), or 0. The
// separators are the no-break space and ، ؛ ؟ « » “ ”; every other
// non-ASCII byte is a letter. `n` is the number of bytes left from p.
size_t NonAsciiSeparator(const unsigned char* p, size_t n) {
  if (n >= 2 && p[0] == 0xD8) {  // U+060C ، U+061B ؛ U+061F ؟
    return p[1] == 0x8C || p[1] == 0x9B || p[1] == 0x9F ? 2 : 0;
  }
  if (n >= 2 && p[0] == 0xC2) {  // U+00A0 no-break space, U+00AB «, U+00BB »
    return p[1] == 0xA0 || p[1] == 0xAB || p[1] == 0xBB ? 2 : 0;
  }
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80) {  // U+201C “ U+201D ”
    return p[2] == 0x9C || p[2] == 0x9D ? 3 : 0;
  }
  return 0;
}

// Calls f(token) for each maximal run of bytes between separators: the
// plain tokeniser a search engine puts in front of a stemmer.
template <typename F>
void ForEachPlainToken(std::string_view text, F&& f) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t begin = 0;
  for (size_t i = 0; i < n;) {
    const size_t sep =
        p[i] < 0x80 ? kAsciiSeparator[p[i]] : NonAsciiSeparator(p + i, n - i);
    if (sep == 0) {
      ++i;
      continue;
    }
    if (i > begin) f(text.substr(begin, i - begin));
    i += sep;
    begin = i;
  }
  if (n > begin) f(text.substr(begin));
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

struct SnowballRun {
  double seconds = 0;
  uint64_t tokens = 0;
  uint64_t stem_bytes = 0;  // a checksum, so the work cannot be skipped
};

void TimeSnowball(sb_stemmer* stemmer, const std::vector<Document>& docs,
                  SnowballRun* r) {
  // Longer "tokens" (runs of unsegmented bytes) are counted, not stemmed:
  // sb_stemmer_stem takes an int length, and no word is this long.
  constexpr size_t kMaxStemmed = 1 << 16;
  uint64_t tokens = 0, stem_bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const Document& d : docs) {
    ForEachPlainToken(d.text, [&](std::string_view token) {
      ++tokens;
      if (token.size() > kMaxStemmed) return;
      const sb_symbol* stem = sb_stemmer_stem(
          stemmer, reinterpret_cast<const sb_symbol*>(token.data()),
          static_cast<int>(token.size()));
      if (stem != nullptr) stem_bytes += sb_stemmer_length(stemmer);
    });
  }
  r->seconds += SecondsSince(start);
  r->tokens += tokens;
  r->stem_bytes += stem_bytes;
}

// ---- ICU

struct IcuRun {
  double seconds = 0;
  uint64_t words = 0;  // segments whose rule status is not UBRK_WORD_NONE
};

void TimeIcu(icu::BreakIterator* breaker, const std::vector<Document>& docs,
             IcuRun* r) {
  UText text = UTEXT_INITIALIZER;
  uint64_t words = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const Document& d : docs) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text, d.text.data(), static_cast<int64_t>(d.text.size()),
                   &status);
    breaker->setText(&text, status);
    if (U_FAILURE(status)) continue;  // not reached for valid UTF-8 text
    breaker->first();
    while (breaker->next() != icu::BreakIterator::DONE) {
      if (breaker->getRuleStatus() != UBRK_WORD_NONE) ++words;
    }
  }
  r->seconds += SecondsSince(start);
  r->words += words;
  utext_close(&text);
}

// ---- report

std::string Millions(double x) { return fmt::format("{:.2f}M", x / 1e6); }

void PrintTable(const std::vector<Contender>& rows, double total_mb,
                const Contender& snowball, const Contender& icu) {
  fmt::print("{:<18} {:>8} {:>8} {:>10} {:>12} {:>8}\n", "contender", "seconds",
             "MB/s", "words/s", "vs snowball", "vs icu");
  for (const Contender& c : rows) {
    const double s = std::max(c.seconds, 1e-9);
    fmt::print("{:<18} {:>8.3f} {:>8.1f} {:>10} {:>11.2f}x {:>7.2f}x\n", c.name,
               c.seconds, total_mb / s, Millions(c.words / s),
               snowball.seconds / s, icu.seconds / s);
  }
}

int RunBenchWords(const CorpusFlags& f) {
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("arabic", "UTF_8"));
  if (stemmer == nullptr) {
    SetUpLogging(f.verbosity);
    spdlog::error(
        "libstemmer has no 'arabic' algorithm for UTF_8 (Snowball 2.0 or "
        "later is needed)");
    return kExitBadInput;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
  if (U_FAILURE(status)) {
    SetUpLogging(f.verbosity);
    spdlog::error("ICU word BreakIterator for 'ar': {}", u_errorName(status));
    return kExitBadInput;
  }

  Session session;
  BenchCorpus corpus;
  if (int code = LoadCorpus(f, &session, &corpus); code != kExitOk) return code;
  // The word layer alone: later steps (the tagger's model, the knowledge
  // base) would evict its tables from the caches between documents.
  Result<std::unique_ptr<Pipeline>> word_layer =
      Pipeline::Create({.until = "words"});
  if (!word_layer.ok()) {
    spdlog::error("{}", word_layer.status().message());
    return kExitBadInput;
  }
  const Pipeline& pipeline = **word_layer;
  const int repeat = f.repeat;
  const double total_mb = static_cast<double>(corpus.bytes) * repeat / 1e6;
  const double rss_loaded = PeakRssMb();
  fmt::print(
      "bench words single thread; each contender makes {} pass{} (taking "
      "turns) over the same {} of in-memory text ({} documents)\n",
      repeat, repeat == 1 ? "" : "es",
      FormatMb(static_cast<double>(corpus.bytes)), corpus.docs.size());
  // Wall-clock figures: other work on the machine lowers them all, which
  // the load average shows; the ratios suffer less (passes take turns).
  double load = 0;
  if (getloadavg(&load, 1) == 1) {
    fmt::print("machine     {} CPUs, load average {:.2f} before the run\n",
               std::thread::hardware_concurrency(), load);
  }
  fmt::print("\n");

  // Passes interleave (rasd, snowball, icu, rasd, ...) so that a change in
  // the machine's load during the run weighs on every contender alike.
  RasdRun rasd;
  SnowballRun sb;
  IcuRun icu;
  for (int pass = 0; pass < repeat; ++pass) {
    TimeRasd(pipeline, corpus.docs, &rasd);
    TimeSnowball(stemmer.get(), corpus.docs, &sb);
    TimeIcu(breaker.get(), corpus.docs, &icu);
  }

  const std::vector<std::string_view> names = pipeline.StepNames();
  uint64_t layer_ns = 0;
  bool has_words_step = false;
  for (size_t i = 0; i < names.size() && i < rasd.step_ns.size(); ++i) {
    if (InWordLayer(names[i])) layer_ns += rasd.step_ns[i];
    has_words_step = has_words_step || names[i] == "words";
  }
  // Before the words step lands, a rasd word is an Arabic or Latin token.
  const uint64_t rasd_words = rasd.words > 0 ? rasd.words : rasd.tokens;
  const Contender snowball{"snowball arabic", sb.seconds, sb.tokens};
  const Contender icu_row{"icu word break", icu.seconds, icu.words};
  const std::vector<Contender> rows = {
      {"rasd word layer", layer_ns / 1e9, rasd_words},
      {"rasd all steps", rasd.wall_seconds, rasd_words},
      snowball,
      icu_row,
  };
  PrintTable(rows, total_mb, snowball, icu_row);

  fmt::print("\nrasd steps (summed over documents; the word layer is {})\n",
             has_words_step ? "normalize + tokenize + words"
                            : "normalize + tokenize: no words step yet");
  for (size_t i = 0; i < names.size() && i < rasd.step_ns.size(); ++i) {
    const double s = rasd.step_ns[i] / 1e9;
    fmt::print("  {:<12} {:7.3f} s {:9.1f} MB/s  {}\n", names[i], s,
               s > 0 ? total_mb / s : 0.0,
               InWordLayer(names[i]) ? "word layer" : "not in the word layer");
  }
  if (rasd.failures > 0) {
    spdlog::warn("{} pipeline runs failed (see --verbose)", rasd.failures);
  }

  fmt::print("\nwords per pass\n");
  if (rasd.words > 0) {
    fmt::print(
        "  rasd      {} words (clitics split) from {} Arabic and Latin "
        "tokens\n",
        rasd.words / repeat, rasd.tokens / repeat);
  } else {
    fmt::print("  rasd      {} Arabic and Latin tokens (no words layer)\n",
               rasd.tokens / repeat);
  }
  fmt::print(
      "  snowball  {} tokens stemmed (stems total {} bytes), plain "
      "tokeniser\n",
      sb.tokens / repeat, sb.stem_bytes / repeat);
  fmt::print("  icu       {} word segments (rule status not none)\n",
             icu.words / repeat);
  fmt::print("\npeak RSS    {:.0f} MB (after loading: {:.0f} MB)\n",
             PeakRssMb(), rss_loaded);
  return kExitOk;
}

}  // namespace

Runner SetUpBenchWords(CLI::App* app) {
  auto f = std::make_shared<CorpusFlags>();
  app->footer(
      R"(Loads the documents into memory first, then times, on one thread and over
the same texts: rasd's word layer (normalize + tokenize + words steps),
a plain tokeniser + Snowball's Arabic stemmer, and ICU's word BreakIterator.
Prints seconds, MB/s, words/s and the ratios, then rasd's per-step times.
Examples:
  rasd bench words ../shared/data/news/ant_multisource_4outlets.tar.gz
  rasd bench words ../shared/data/news/ant_jawharafm.tar.gz --max-mb 20 --repeat 3
)");
  AddCorpusOptions(app, f.get());
  AddVerbosityOptions(app, &f->verbosity);
  return [f] { return RunBenchWords(*f); };
}

}  // namespace rasd::cli
