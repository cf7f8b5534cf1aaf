// Streaming conversion of bytes in a named charset to UTF-8, with ICU.
//
// A Transcoder keeps ICU's state between calls, so input may arrive in
// chunks split anywhere (inside a UTF-16 surrogate pair, for instance).
// Bytes that are invalid in the source charset become U+FFFD; they are
// counted, never fatal.
// Thread-safety: one Transcoder per thread.
#ifndef RASD_IO_TRANSCODE_H_
#define RASD_IO_TRANSCODE_H_

#include <unicode/ucnv.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "rasd/status.h"

namespace rasd {

class Transcoder {
 public:
  // Fails with InvalidArgument when ICU does not know `charset`.
  static Result<std::unique_ptr<Transcoder>> Open(std::string_view charset);
  ~Transcoder();
  Transcoder(const Transcoder&) = delete;
  Transcoder& operator=(const Transcoder&) = delete;

  // Appends the UTF-8 for `in` to *out. `last` flushes a sequence that the
  // input left incomplete (it becomes U+FFFD).
  Status Convert(std::string_view in, bool last, std::string* out);

  // Invalid byte sequences replaced by U+FFFD so far.
  uint64_t replaced() const { return replaced_; }
  // ICU's canonical name of the source charset, e.g. "ibm-5352_P100-1998".
  const char* name() const;

 private:
  Transcoder() = default;

  UConverter* from_ = nullptr;
  UConverter* utf8_ = nullptr;
  UChar pivot_[1024];
  UChar* pivot_source_ = pivot_;
  UChar* pivot_target_ = pivot_;
  bool reset_ = true;
  uint64_t replaced_ = 0;
};

// One-shot conversion of a whole buffer; `*replaced` (optional) receives the
// count of invalid sequences.
Result<std::string> TranscodeToUtf8(std::string_view bytes,
                                    std::string_view charset,
                                    uint64_t* replaced = nullptr);

}  // namespace rasd

#endif  // RASD_IO_TRANSCODE_H_
