// Byte streams under the input formats.
//
// A ByteSource is anything that yields bytes once, in order: a file, stdin,
// an archive member, a charset converter over another source. A
// StreamBuffer sits on a source and gives the parsers a window of unread
// bytes they can look into before consuming, so format sniffing, line
// splitting and <DOC> scanning work without holding the whole input:
// memory is bounded by what a parser asks to see at once.
// Thread-safety: one stream per thread.
#ifndef RASD_IO_STREAM_H_
#define RASD_IO_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/transcode.h"
#include "rasd/status.h"

namespace rasd {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`: the count read, 0 at the end.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// A file, or stdin for "-", read with read(2).
class FileSource : public ByteSource {
 public:
  // Errors carry the system's text: "No such file or directory".
  static Result<std::unique_ptr<FileSource>> Open(const std::string& path);
  ~FileSource() override;
  Result<size_t> Read(char* buf, size_t n) override;

  int64_t size() const { return size_; }  // -1 unless a regular file
  uint64_t consumed() const { return consumed_; }

 private:
  FileSource(int fd, bool owned, int64_t size)
      : fd_(fd), owned_(owned), size_(size) {}
  int fd_;
  bool owned_;
  int64_t size_;
  uint64_t consumed_ = 0;
};

// Bytes held in memory (tests, converted text).
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::string data_;
  size_t pos_ = 0;
};

// UTF-8 from another source in some other charset (UTF-16 in practice).
class TranscodingSource : public ByteSource {
 public:
  TranscodingSource(ByteSource* from, std::unique_ptr<Transcoder> transcoder)
      : from_(from), transcoder_(std::move(transcoder)) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  ByteSource* from_;
  std::unique_ptr<Transcoder> transcoder_;
  std::string out_;
  size_t out_pos_ = 0;
  bool done_ = false;
};

// A look-ahead window over a source. data() is the unread part of the
// window; Fill and FillMore extend it, Consume drops its front.
class StreamBuffer : public ByteSource {
 public:
  static constexpr size_t kChunk = 64 * 1024;

  explicit StreamBuffer(ByteSource* source) : source_(source) {}

  // Reads until at least `n` bytes are unread or the input ends; true if
  // there are `n`.
  bool Fill(size_t n);
  // Reads one more chunk; false once the input has ended (or failed).
  bool FillMore();
  std::string_view data() const { return std::string_view(buf_).substr(pos_); }
  void Consume(size_t n) { pos_ += std::min(n, buf_.size() - pos_); }
  bool ended() const { return ended_; }
  // The read error that ended the input, if any.
  const Status& error() const { return error_; }

  // Drains the window, then reads the source directly.
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  ByteSource* source_;
  std::string buf_;
  size_t pos_ = 0;
  bool ended_ = false;
  Status error_;
};

}  // namespace rasd

#endif  // RASD_IO_STREAM_H_
