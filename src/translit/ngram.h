// Estimates the graphone n-gram model: interpolated absolute discounting
// (Ney, Essen & Kneser 1994), written in backoff form so that decoding needs
// one lookup for a seen n-gram and one more per backoff step:
//
//   p(g | h) = (max(c(h g) - D, 0) + D · N1+(h ·) · p(g | h')) / c(h ·)
//
// where h' drops the oldest id of h, c(h ·) counts h as a history and
// N1+(h ·) the distinct ids seen after it. An n-gram seen in training stores
// this interpolated value; its backoff weight D · N1+(h ·) / c(h ·) is what an
// unseen continuation pays before asking the shorter history. Higher-order
// n-grams seen fewer than `min_count` times are dropped (their mass stays
// with the backoff) to keep the model file small.
#ifndef RASD_TRANSLIT_NGRAM_H_
#define RASD_TRANSLIT_NGRAM_H_

#include <cstdint>
#include <vector>

#include "translit/model_file.h"

namespace rasd {

// `sequences` hold graphone ids without the markers; each is scored as
// BOS ids... EOS. `vocabulary` is the number of graphone ids.
std::vector<NgramEntry> EstimateNgrams(
    const std::vector<std::vector<uint16_t>>& sequences, uint32_t order,
    uint32_t min_count, uint32_t vocabulary);

}  // namespace rasd

#endif  // RASD_TRANSLIT_NGRAM_H_
