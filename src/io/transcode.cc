#include "io/transcode.h"

#include <unicode/ucnv_cb.h>

#include <iterator>
#include <string>

namespace rasd {
namespace {

// ICU calls this for each invalid or unmappable sequence: write U+FFFD in
// its place and count it.
void ReplaceAndCount(const void* context, UConverterToUnicodeArgs* args,
                     const char* /*code_units*/, int32_t /*length*/,
                     UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
  ++*static_cast<uint64_t*>(const_cast<void*>(context));
}

}  // namespace

Result<std::unique_ptr<Transcoder>> Transcoder::Open(std::string_view charset) {
  std::unique_ptr<Transcoder> t(new Transcoder());
  const std::string name(charset);
  UErrorCode err = U_ZERO_ERROR;
  t->from_ = ucnv_open(name.c_str(), &err);
  if (U_FAILURE(err) || t->from_ == nullptr) {
    t->from_ = nullptr;
    return Status::InvalidArgument("unknown charset '" + name + "'");
  }
  err = U_ZERO_ERROR;
  t->utf8_ = ucnv_open("UTF-8", &err);
  if (U_FAILURE(err) || t->utf8_ == nullptr) {
    t->utf8_ = nullptr;
    return Status::Internal("ICU has no UTF-8 converter");
  }
  err = U_ZERO_ERROR;
  ucnv_setToUCallBack(t->from_, ReplaceAndCount, &t->replaced_, nullptr,
                      nullptr, &err);
  return t;
}

Transcoder::~Transcoder() {
  if (from_ != nullptr) ucnv_close(from_);
  if (utf8_ != nullptr) ucnv_close(utf8_);
}

const char* Transcoder::name() const {
  UErrorCode err = U_ZERO_ERROR;
  const char* n = ucnv_getName(from_, &err);
  return U_SUCCESS(err) && n != nullptr ? n : "?";
}

Status Transcoder::Convert(std::string_view in, bool last, std::string* out) {
  const char* source = in.data();
  const char* source_end = in.data() + in.size();
  // Bytes of UTF-8 per input byte: at most 3 (one byte of a legacy charset
  // to a BMP character); grow on overflow anyway.
  size_t room = in.size() * 3 / 2 + 64;
  while (true) {
    const size_t old_size = out->size();
    out->resize(old_size + room);
    char* target = out->data() + old_size;
    char* target_end = out->data() + out->size();
    UErrorCode err = U_ZERO_ERROR;
    ucnv_convertEx(utf8_, from_, &target, target_end, &source, source_end,
                   pivot_, &pivot_source_, &pivot_target_,
                   pivot_ + std::size(pivot_), reset_, last, &err);
    reset_ = false;
    out->resize(target - out->data());
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      room *= 2;
      continue;
    }
    if (U_FAILURE(err)) {
      return Status::BadInput(std::string("charset conversion failed: ") +
                              u_errorName(err));
    }
    return Status::Ok();
  }
}

Result<std::string> TranscodeToUtf8(std::string_view bytes,
                                    std::string_view charset,
                                    uint64_t* replaced) {
  auto t = Transcoder::Open(charset);
  if (!t.ok()) return t.status();
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  Status s = (*t)->Convert(bytes, /*last=*/true, &out);
  if (!s.ok()) return s;
  if (replaced != nullptr) *replaced = (*t)->replaced();
  return out;
}

}  // namespace rasd
