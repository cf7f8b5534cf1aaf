// Runs a pipeline over a stream of inputs with N worker threads and hands
// the results back in input order.
//
// A reader thread pulls items from the InputReader and numbers them; workers
// analyse documents and, if asked to, render each one (its JSON record, say)
// so that this work runs in parallel too; the calling thread receives each
// item (an analysed document with its rendering, or an input error) strictly
// in the order read. The reader may
// run at most `window` items ahead of the consumer, so memory stays flat
// whatever the input size. With threads == 1 everything runs on the calling
// thread.
// Thread-safety: RunInOrder is reentrant; the Pipeline is shared read-only.
#ifndef RASD_PIPELINE_RUNNER_H_
#define RASD_PIPELINE_RUNNER_H_

#include <functional>
#include <string>

#include "rasd/input.h"
#include "rasd/pipeline.h"

namespace rasd {

// Turns an analysed item into output text on a worker thread; called only
// for items without error, and concurrently from several threads.
using RenderFn = std::function<void(const InputItem& item, std::string* out)>;

struct RunnerOptions {
  int threads = 1;
  int window = 0;   // items in flight; 0 = 16 per thread
  RenderFn render;  // optional
};

// `sink` gets every item in input order, with what options.render made of
// it (empty without a render function or for an error); returning false
// stops the run.
void RunInOrder(InputReader& reader, const Pipeline& pipeline,
                const RunnerOptions& options,
                const std::function<bool(InputItem&, std::string&)>& sink);

// The same without rendering.
void RunInOrder(InputReader& reader, const Pipeline& pipeline,
                const RunnerOptions& options,
                const std::function<bool(InputItem&)>& sink);

}  // namespace rasd

#endif  // RASD_PIPELINE_RUNNER_H_
