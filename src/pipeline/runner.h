// Runs a pipeline over a stream of inputs with N worker threads and hands
// the results back in input order.
//
// A reader thread pulls items from the InputReader and numbers them; workers
// analyse documents; the calling thread receives each item (an analysed
// document, or an input error) strictly in the order read. The reader may
// run at most `window` items ahead of the consumer, so memory stays flat
// whatever the input size. With threads == 1 everything runs on the calling
// thread.
// Thread-safety: RunInOrder is reentrant; the Pipeline is shared read-only.
#ifndef RASD_PIPELINE_RUNNER_H_
#define RASD_PIPELINE_RUNNER_H_

#include <functional>

#include "rasd/input.h"
#include "rasd/pipeline.h"

namespace rasd {

struct RunnerOptions {
  int threads = 1;
  int window = 0;  // items in flight; 0 = 16 per thread
};

// `sink` gets every item in input order; returning false stops the run.
void RunInOrder(InputReader& reader, const Pipeline& pipeline,
                const RunnerOptions& options,
                const std::function<bool(InputItem&)>& sink);

}  // namespace rasd

#endif  // RASD_PIPELINE_RUNNER_H_
