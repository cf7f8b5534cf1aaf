// One named pipeline step. A step reads the layers earlier steps made and
// appends its own; it never rewrites another step's layer. Steps are
// immutable after construction and shared by threads.
#ifndef RASD_PIPELINE_STEP_H_
#define RASD_PIPELINE_STEP_H_

#include <string_view>

#include "rasd/document.h"
#include "rasd/status.h"

namespace rasd {

class Step {
 public:
  virtual ~Step() = default;
  virtual std::string_view name() const = 0;
  virtual Status Run(Document& doc) const = 0;
};

}  // namespace rasd

#endif  // RASD_PIPELINE_STEP_H_
