// The analysis pipeline: an explicit list of named steps that each read the
// layers earlier steps made and add their own (normalise → tokenise →
// sentences → ... as later stages land). The list lives in one place,
// src/pipeline/pipeline.cc.
//
// Thread-safety: built once by Create(), then immutable; one Pipeline is
// shared by all worker threads. Per-call scratch lives on the stack.
#ifndef RASD_PIPELINE_H_
#define RASD_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

class Step;

struct PipelineOptions {
  // Where the models live: $RASD_MODEL_DIR, else models/ of the source tree.
  std::string model_dir;
  // Where the data files (knowledge base, lexicons) live: $RASD_DATA_DIR,
  // else data/ of the source tree.
  std::string data_dir;
  // Stop after the step of this name ("words" gives the word layer alone,
  // e.g. to key knowledge-base names the way documents are keyed); empty
  // runs every step.
  std::string until;
  // Knowledge-base files or directories of *.tsv read after data_dir/kb;
  // their rows override earlier rows with the same key (--kb).
  std::vector<std::string> kb_files;
};

// The data directory a pipeline made with these options reads.
std::string DataDir(const PipelineOptions& options = {});

// Time spent in each step, for benchmarks: nanoseconds by step index.
struct StepTimes {
  std::vector<uint64_t> ns;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(
      const PipelineOptions& options = {});
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Clears the analysis layers of *doc and runs every step on it. An error
  // names the step and the document.
  Status Run(Document* doc, StepTimes* times = nullptr) const;

  std::vector<std::string_view> StepNames() const;

 private:
  explicit Pipeline(std::vector<std::unique_ptr<const Step>> steps);
  std::vector<std::unique_ptr<const Step>> steps_;
};

}  // namespace rasd

#endif  // RASD_PIPELINE_H_
