// Fuzzes name transliteration: any bytes, repaired to UTF-8 as the input
// layer does, are spelled by the committed model; the output must be valid
// UTF-8 of bounded length (a violation aborts). Also feeds the raw bytes to
// the model-file reader, which must fail cleanly on anything malformed.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "text/utf8.h"
#include "translit/model_file.h"
#include "translit/translit.h"

namespace {

const rasd::Transliterator& GetModel() {
  static const rasd::Transliterator* t =
      rasd::Transliterator::Load(rasd::DefaultTranslitModelPath())
          .value()
          .release();
  return *t;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string text;
  for (size_t i = 0; i < bytes.size();) {
    uint32_t len;
    rasd::AppendUtf8(rasd::DecodeUtf8(bytes, i, &len), &text);
    i += len;
  }
  const std::string out = GetModel().ToEnglish(text);
  // Each input code point yields at most a space, "al-" and 3 letters per
  // Arabic letter, or a copied code point (at most 4 bytes).
  Check(out.size() <= 8 * text.size() + 8);
  for (size_t i = 0; i < out.size();) {
    uint32_t len;
    Check(rasd::DecodeUtf8(out, i, &len) != rasd::kReplacementChar);
    i += len;
  }

  // The model reader on arbitrary bytes: an error or a model, never a crash.
  char path[] = "/tmp/rasd_translit_fuzz_XXXXXX";
  const int fd = mkstemp(path);
  if (fd >= 0) {
    Check(write(fd, data, size) == static_cast<ssize_t>(size));
    close(fd);
    rasd::Result<std::unique_ptr<const rasd::Transliterator>> t =
        rasd::Transliterator::Load(path);
    if (t.ok()) (*t)->ToEnglish(text);
    unlink(path);
  }
  return 0;
}
