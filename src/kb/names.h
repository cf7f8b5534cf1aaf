// When two written names are one name: spelling variants of transliterated
// names (ترامب/ترمب, كوزنيتسوف/كوزنيستوف/كوزينتسوف) without merging distinct
// names that differ by a letter (محمد/محمود, سلمان/سليمان, سعد/سعيد).
//
// Words are compared normalised (text/normalize.h) and without the
// article. Two words are variants if
//   - they are equal; or
//   - they differ only in where they write alef (not counting a first
//     letter) and four letters or more remain without it: ترامب/ترمب; or
//   - both have five letters or more and one substitution or one swap of
//     neighbouring letters turns one into the other: كوزنيتسوف/كوزنيستوف.
// An inserted or deleted letter other than alef is not a variant: it is
// what separates سلمان from سليمان and محمد from محمود.
//
// Thread-safety: pure functions.
#ifndef RASD_KB_NAMES_H_
#define RASD_KB_NAMES_H_

#include <string_view>

namespace rasd {

bool SameNameWord(std::string_view a, std::string_view b);

}  // namespace rasd

#endif  // RASD_KB_NAMES_H_
