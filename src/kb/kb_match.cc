// Matching knowledge-base phrases over a document's words, and office
// holders by date.
//
// A phrase may start at any host or whole word; the proclitics before it
// (و ب in وبموسكو) stay outside the hit, unless the listed name itself
// begins with the same clitic (the word layer splits some names: سيرجي →
// س + يرجي, واس → و + اس, in the knowledge base as in documents): phrases
// are indexed by their first host, and such clitics must stand before it
// in the document (the host alone, اس، ام، ال, is another word) and are
// taken into the hit. Candidates come
// from one lookup on the first word's matching key (a string_view into the
// document's normalised text: no allocation per word; kb/phrase_index.h) and
// are checked word by word. At one start the longest phrase wins, then the
// closer level (form over stem over key), then the kind (name over metonym over
// adjective over title); the next search starts after the hit. A title
// does not swallow the first words of a longer name (قائد الجيش الوطني
// الليبي: قائد + the army), unless what stands past it is a name or nisba
// of its own (أمير دولة قطر، رئيس الحكومة اليمنية).
#include <algorithm>
#include <atomic>

#include "kb/kb.h"
#include "kb/names.h"
#include "kb/word_view.h"

namespace rasd {
namespace {

// How closely a document word meets a phrase word.
enum Level : int { kNone = 0, kKey = 1, kStem = 2, kForm = 3 };

// A nisba: the stem ends in ي (روسي from الروسية, الروسيين).
bool IsNisba(std::string_view stem) {
  return stem.size() >= 6 && stem.substr(stem.size() - 2) == "\xD9\x8A";
}

// A sound feminine plural (الحكومات) against a listed singular (الحكومة):
// the same stem, another referent (الحكومات الشرعية is no government).
bool PluralOfSingular(std::string_view doc_form, std::string_view listed) {
  constexpr std::string_view kAt = "\xD8\xA7\xD8\xAA";  // ات
  return doc_form.ends_with(kAt) && !listed.ends_with(kAt);
}

// A word that is a listed name word without its final ة (صعد against
// صعدة, normalised صعده): another word, a verb or a masculine noun, since
// a name is not written without its ة.
bool LacksTaMarbuta(std::string_view doc_form, std::string_view listed) {
  constexpr std::string_view kHa = "\xD9\x87";  // ه (ة normalised)
  return listed.size() == doc_form.size() + kHa.size() &&
         listed.ends_with(kHa) && listed.starts_with(doc_form);
}

// A word that is a listed word with ة added (الرياضة against الرياض,
// وفاة against وفا): another word, a noun of its own, unless the listed
// word is a nisba, whose feminine it is (الروسية against الروسي).
bool GainsTaMarbuta(std::string_view doc_form, std::string_view listed) {
  return LacksTaMarbuta(listed, doc_form) &&
         !listed.ends_with("\xD9\x8A");  // ي
}

// Whether word forms of one stem differ in number as sound feminine
// plural and singular, either way: الحكومات against الحكومة, الإمارة
// (an emirate) against الإمارات.
bool NumberDiffers(std::string_view doc_form, std::string_view listed) {
  return PluralOfSingular(doc_form, listed) ||
         PluralOfSingular(listed, doc_form);
}

// Whether the proclitics before document word i are the listed name's own
// (`lead`): واس، وام، وال are the agencies only with their و, which the
// word layer splits off as it would a conjunction's (the host alone, اس
// or ام، is another word).
bool LeadAgrees(const Document& doc, uint32_t i,
                const std::vector<std::string>& lead) {
  if (i < lead.size()) return false;
  const uint32_t b = i - static_cast<uint32_t>(lead.size());
  for (uint32_t k = 0; k < lead.size(); ++k) {
    const Word& w = doc.words[b + k];
    if (w.token != doc.words[i].token || w.role != WordRole::kProclitic ||
        doc.NormText(w.norm) != lead[k])
      return false;
  }
  return true;
}

int KindRank(NameKind k) {
  switch (k) {
    case NameKind::kName:
      return 3;
    case NameKind::kMetonym:
      return 2;
    case NameKind::kAdjective:
      return 1;
    case NameKind::kTitle:
      return 0;
  }
  return 0;
}

// What KnowledgeBase::MatchWords reads of a document, to tell whether it
// is asked twice about the same words.
struct MatchInput {
  uint64_t kb = 0;
  std::string norm;
  std::vector<Word> words;
  std::vector<TokenKind> kinds;

  bool Same(uint64_t kb_instance, const Document& doc) const {
    if (kb != kb_instance || words.size() != doc.words.size() ||
        kinds.size() != doc.tokens.size() || norm != doc.norm.text)
      return false;
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& a = words[i];
      const Word& b = doc.words[i];
      if (a.norm != b.norm || a.stem != b.stem || a.token != b.token ||
          a.role != b.role)
        return false;
    }
    for (size_t t = 0; t < kinds.size(); ++t)
      if (kinds[t] != doc.tokens[t].kind) return false;
    return true;
  }
  void Set(uint64_t kb_instance, const Document& doc) {
    kb = kb_instance;
    norm = doc.norm.text;
    words = doc.words;
    kinds.resize(doc.tokens.size());
    for (size_t t = 0; t < kinds.size(); ++t) kinds[t] = doc.tokens[t].kind;
  }
};

uint64_t NewInstance() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

}  // namespace

KnowledgeBase::KnowledgeBase() : instance_(NewInstance()) {}

void KnowledgeBase::Match(const Document& doc, std::vector<KbHit>* hits) const {
  if (phrases_.empty()) return;
  thread_local MatchInput last_input;
  thread_local std::vector<KbHit> last_hits;
  if (!last_input.Same(instance_, doc)) {
    last_hits.clear();
    MatchWords(doc, &last_hits);
    last_input.Set(instance_, doc);
  }
  hits->insert(hits->end(), last_hits.begin(), last_hits.end());
}

bool KnowledgeBase::BestAt(const Document& doc, uint32_t i, size_t max_len,
                           KbHit* hit) const {
  const auto n = static_cast<uint32_t>(doc.words.size());
  {
    if (doc.words[i].role == WordRole::kProclitic ||
        doc.words[i].role == WordRole::kEnclitic)
      return false;
    const WordView first = View(doc, i);
    if (first.skip || first.key.empty()) return false;
    const std::span<const uint32_t> listed = by_first_.Find(first.key);
    if (listed.empty()) return false;

    // The phrases that match here, on the stack (the few beyond the
    // capacity are all shorter than the first ones, listed longest first).
    struct Candidate {
      const Phrase* phrase;
      size_t len;
      int level;
      NameKind kind;
      bool article_agrees;  // written with the article as the document is
    };
    Candidate found[16];
    size_t count = 0;
    for (uint32_t pi : listed) {
      if (count == std::size(found)) break;
      const Phrase& p = phrases_[pi];
      const size_t len = p.words.size();
      if (count > 0 && len < found[0].len) break;  // longest first
      if (i + len > n || len > max_len) continue;
      if (!p.lead.empty() && !LeadAgrees(doc, i, p.lead)) continue;
      // The first word: form, stem, or (one-word phrases of an entry) the
      // key of a nisba.
      int level = kNone;
      NameKind kind = p.kind;
      const PhraseWord& pw0 = p.words[0];
      // A name does not gain an article (the alias سورية is Syria;
      // السورية is its nisba), and a one-word name keeps its own:
      // السعودية, الجزيرة without it are an adjective (محكمة سعودية) or a
      // common noun (جزيرة نائية). (A longer name's first word may lose
      // it in the construct state: الخارجية الروسية, خارجية روسيا.)
      const bool article_differs =
          p.kind == NameKind::kName &&
          (first.article ? !pw0.article : pw0.article && len == 1);
      if (first.clitic != pw0.clitic) {
        // no match
      } else if (!article_differs && first.form == pw0.form) {
        level = kForm;
      } else if (!article_differs && !first.clitic && first.stem == pw0.stem &&
                 !NumberDiffers(first.form, pw0.form) &&
                 !LacksTaMarbuta(first.form, pw0.form) &&
                 (p.kind == NameKind::kTitle ||
                  !GainsTaMarbuta(first.form, pw0.form))) {
        level = kStem;
      } else if (!first.clitic && len == 1 && p.kind != NameKind::kTitle &&
                 IsNisba(first.stem)) {
        level = kKey;
        kind = NameKind::kAdjective;
      }
      for (size_t j = 1; j < len && level != kNone; ++j) {
        const PhraseWord& pw = p.words[j];
        const uint32_t k = i + static_cast<uint32_t>(j);
        const WordView v = View(doc, k);
        if (v.skip || v.clitic != pw.clitic ||
            StartsToken(doc, k) != pw.new_token) {
          level = kNone;
        } else if (v.form == pw.form) {
          // keeps the level
        } else if (!pw.clitic && v.stem == pw.stem &&
                   !NumberDiffers(v.form, pw.form) &&
                   !LacksTaMarbuta(v.form, pw.form) &&
                   (p.kind == NameKind::kTitle ||
                    !GainsTaMarbuta(v.form, pw.form))) {
          level = std::min(level, static_cast<int>(kStem));
        } else if (!pw.clitic && p.kind == NameKind::kName &&
                   SameNameWord(v.form, pw.form)) {
          // A later word of a name spelt another way: دونالد ترمب.
          level = std::min(level, static_cast<int>(kStem));
        } else {
          level = kNone;
        }
      }
      if (level != kNone)
        found[count++] = {&p, len, level, kind, first.article == pw0.article};
    }
    if (count == 0) return false;
    const Candidate* best = &found[0];
    for (size_t c = 1; c < count; ++c) {
      const Candidate& x = found[c];
      // (Between names alike but for the article, the one written as the
      // document writes it: دوما the Syrian town, الدوما the Russian
      // parliament.)
      const bool same = x.len == best->len && x.level == best->level;
      if (x.len > best->len || (x.len == best->len && x.level > best->level) ||
          (same && x.article_agrees && !best->article_agrees) ||
          (same && x.article_agrees == best->article_agrees &&
           KindRank(x.kind) > KindRank(best->kind))) {
        best = &x;
      }
    }
    int32_t metonym_of = -1;
    if (best->kind == NameKind::kName) {
      for (size_t c = 0; c < count; ++c) {
        const Candidate& x = found[c];
        if (x.len == best->len && x.kind == NameKind::kMetonym &&
            x.phrase->id != best->phrase->id) {
          metonym_of = x.phrase->id;
          break;
        }
      }
    }
    KbHit h;
    // The listed name's own leading clitics (LeadAgrees) are in the hit.
    h.begin = i - static_cast<uint32_t>(best->phrase->lead.size());
    h.end = i + static_cast<uint32_t>(best->len);
    h.kind = best->kind;
    h.id = best->phrase->id;
    h.metonym_of = metonym_of;
    h.local = best->phrase->local;
    *hit = h;
    return true;
  }
}

void KnowledgeBase::MatchWords(const Document& doc,
                               std::vector<KbHit>* hits) const {
  const auto n = static_cast<uint32_t>(doc.words.size());
  for (uint32_t i = 0; i < n; ++i) {
    KbHit h;
    if (!BestAt(doc, i, SIZE_MAX, &h)) continue;
    // A title does not swallow the first words of a longer name: قائد
    // الجيش الوطني الليبي is قائد + the army, رئيس حكومة الوفاق is رئيس +
    // the government. The hit shrinks to end before the name, or is none
    // if nothing shorter fits.
    for (uint32_t j = i + 1; h.kind == NameKind::kTitle && j < h.end; ++j) {
      KbHit name;
      if (!BestAt(doc, j, SIZE_MAX, &name) || name.end <= h.end ||
          (name.kind != NameKind::kName && name.kind != NameKind::kMetonym))
        continue;
      // What stands past the title is a name or nisba of its own (رئيس
      // الحكومة اليمنية، أمير دولة قطر): the title and it read as the
      // office of that state, as without the longer name.
      KbHit rest;
      if (BestAt(doc, h.end, SIZE_MAX, &rest) && rest.end == name.end &&
          rest.kind != NameKind::kTitle)
        break;
      KbHit shorter;
      if (BestAt(doc, i, j - i, &shorter) && shorter.end <= j) {
        h = shorter;
      } else {
        h.id = -1;  // dropped below
      }
      break;
    }
    if (h.id < 0) continue;
    hits->push_back(h);
    i = h.end - 1;
  }
  // A local alias (الجيش الوطني for Libya's army) stands for its entry
  // only where the document names that entry's country by something else:
  // the country, a city, a nisba, a body or a person of it.
  std::vector<std::string_view> named;
  for (const KbHit& h : *hits)
    if (!h.local && h.kind != NameKind::kTitle && h.id >= 0)
      named.push_back(entries_[h.id].country);
  std::erase_if(*hits, [&](const KbHit& h) {
    if (!h.local) return false;
    const std::string& c = entries_[h.id].country;
    return c.empty() || std::find(named.begin(), named.end(), c) == named.end();
  });
}

int32_t KnowledgeBase::RoleHolder(std::string_view role,
                                  std::string_view country,
                                  std::string_view date) const {
  // "other" groups offices that are not one seat (ambassadors, ministers
  // of anything): السفير الروسي is not whoever holds some other role.
  if (date.empty() || role == "other") return -1;
  int32_t found = -1;
  std::string_view found_from;
  for (const KbRole& r : roles_) {
    if (r.role != role || r.country != country) continue;
    // A period holds `date` if it started at or before it and, when over,
    // ended at or after it, each compared at the coarser precision.
    const size_t nf = std::min(r.from.size(), date.size());
    if (std::string_view(r.from).substr(0, nf) > date.substr(0, nf)) continue;
    const size_t nt = std::min(r.to.size(), date.size());
    if (!r.to.empty() &&
        std::string_view(r.to).substr(0, nt) < date.substr(0, nt))
      continue;
    if (found < 0 || r.from > found_from) {
      found = r.actor;
      found_from = r.from;
    }
  }
  return found;
}

}  // namespace rasd
