// Whether a word of the text completes a listed phrase's word
// (PhraseWord): the matching FindTriggers does after a phrase's first
// word (شطبت روسيا ديونا ليبية، دفع الجيش بقواته، ألقى باللائمة).
//
// Part of the event coder: see coder.h and the top of extract.cc.

#include <string>

#include "events/coder.h"
#include "events/lexicon.h"

namespace rasd {
namespace events_internal {
namespace {

constexpr std::string_view kAlif = "\xD8\xA7";            // ا
constexpr std::string_view kDualIn = "\xD9\x8A\xD9\x86";  // ين
constexpr std::string_view kDualAn = "\xD8\xA7\xD9\x86";  // ان

// `word` is `stem`, or `stem` with the accusative ending the stemmer
// leaves on (ديونا) or a dual's (صاروخين، صاروخان).
bool StemWithEnding(std::string_view word, std::string_view stem) {
  if (word == stem) return true;
  if (word.size() <= stem.size() || !word.starts_with(stem)) return false;
  const std::string_view end = word.substr(stem.size());
  return end == kAlif || end == kDualIn || end == kDualAn;
}

}  // namespace

// The phrase's word `rest` is the light stem of the word as listed
// (`listed`), with any proclitic the row writes on it (دفع بقوات: بقو).
// The text's word is compared on its light stem and, as the row's word
// was, on the light stem of its proclitics and host written together: the
// stemmer reads a host whose pronoun was split off differently (بقواته:
// قوات, while بقوات is بقو); so compared, a word with ة is no plural
// listed with ات (دفع مبالغ بقوة السلاح: by force, not بقوات).
bool Coder::PhraseWord(const Item& it, std::string_view rest,
                       std::string_view listed) const {
  if (it.punct || it.stem.empty()) return false;
  if (StemWithEnding(it.stem, rest)) return true;
  // (Only here a ة tells a word from a plural with ات: بقوات and بقوة
  // share the stem بقو; on the host alone قطع المساعدة is قطع المساعدات.)
  if (listed.ends_with("\xD8\xA7\xD8\xAA") && TaMarbuta(it))  // ات
    return false;
  const std::string whole =
      StemOf(std::string(it.procl) + std::string(it.norm));
  return StemWithEnding(whole, rest);
}

// The k-th word after the first of a listed phrase (k from 0).
std::string_view Coder::PhraseListedWord(std::string_view listed, size_t k) {
  for (size_t n = 0; n <= k; ++n) {
    const size_t sp = listed.find(' ');
    if (sp == std::string_view::npos) return {};
    listed.remove_prefix(sp + 1);
  }
  return listed.substr(0, listed.find(' '));
}

}  // namespace events_internal
}  // namespace rasd
