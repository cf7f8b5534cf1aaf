// Fuzzes the input layer end to end: the bytes become an in-memory file
// (memfd), read by InputReader as auto-detected, text, JSONL, HTML or TREC
// (chosen by the first byte), decoded, analysed and written as rasd/1.
// Every item must be either a document or a one-line error.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "rasd/input.h"
#include "rasd/pipeline.h"
#include "rasd/record.h"

namespace {

const rasd::Pipeline& GetPipeline() {
  static const rasd::Pipeline* p = rasd::Pipeline::Create().value().release();
  return *p;
}

const rasd::InputFormat kFormats[] = {
    rasd::InputFormat::kAuto, rasd::InputFormat::kText,
    rasd::InputFormat::kJsonl, rasd::InputFormat::kHtml,
    rasd::InputFormat::kTrec};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int fd = memfd_create("rasd-fuzz", 0);
  if (fd < 0) return 0;
  const uint8_t* body = data + 1;
  size_t left = size - 1;
  while (left > 0) {
    const ssize_t n = write(fd, body, left);
    if (n <= 0) break;
    body += n;
    left -= static_cast<size_t>(n);
  }
  rasd::InputOptions options;
  options.format = kFormats[data[0] % 5];
  options.max_doc_bytes = 1 << 20;
  auto reader =
      rasd::InputReader::Open({"/proc/self/fd/" + std::to_string(fd)}, options);
  rasd::InputItem item;
  while (reader->Next(&item)) {
    if (item.ok) {
      if (!GetPipeline().Run(&item.doc).ok()) std::abort();
      if (rasd::ToRecordJson(item.doc).empty()) std::abort();
    } else if (item.error.message().find('\n') != std::string::npos) {
      std::abort();  // errors are one line
    }
    item = rasd::InputItem();
  }
  close(fd);
  return 0;
}
