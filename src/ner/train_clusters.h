// Word clusters from unlabelled news, for the tagger's features.
//
// A fast distributional clustering rather than Brown's (which is quadratic
// in the number of clusters and takes hours): each of the V commonest words
// (by MatchKey, so inflections pool their evidence) is described by which of
// the C commonest words occur right before and right after it; the counts
// are reweighted by positive pointwise mutual information, projected to D
// dimensions with a fixed random Gaussian matrix (Johnson-Lindenstrauss:
// cosines survive), normalised, and grouped by spherical k-means at two
// granularities. Words that share neighbours share a cluster: given names,
// surnames, cities, ministries, months each gather together, which helps the
// tagger on names it never saw labelled.
//
// Deterministic for given inputs and options (fixed seeds, seeded by the
// commonest words). Thread-safety: single-threaded.
#ifndef RASD_NER_TRAIN_CLUSTERS_H_
#define RASD_NER_TRAIN_CLUSTERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ner/lexicons.h"
#include "rasd/pipeline.h"
#include "rasd/status.h"

namespace rasd {

struct ClusterOptions {
  std::vector<std::string> news;  // any input rasd reads
  uint32_t vocab = 40000;         // words clustered
  uint32_t contexts = 500;        // context words, each side
  uint32_t dims = 96;             // projected dimensions
  uint32_t coarse = 64;           // clusters
  uint32_t fine = 512;
  int iterations = 12;
  uint32_t min_count = 5;
};

// Reads the news through `words_pipeline` and returns one entry per word.
Result<std::vector<Clusters::Entry>> TrainClusters(
    const ClusterOptions& options, const Pipeline& words_pipeline,
    const std::function<void(const std::string&)>& log);

// Spherical k-means of the unit rows of `x` (n × dims) into k clusters,
// seeded by rows 0..k-1; returns each row's cluster. Exposed for tests.
std::vector<uint16_t> SphericalKMeans(const std::vector<float>& x, size_t n,
                                      uint32_t dims, uint32_t k,
                                      int iterations);

}  // namespace rasd

#endif  // RASD_NER_TRAIN_CLUSTERS_H_
