#include "io/stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rasd {

Result<std::unique_ptr<FileSource>> FileSource::Open(const std::string& path) {
  if (path == "-") {
    return std::unique_ptr<FileSource>(new FileSource(STDIN_FILENO, false, -1));
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(std::strerror(errno));
  struct stat st;
  int64_t size = -1;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd);
      return Status::IoError(std::strerror(EISDIR));
    }
    if (S_ISREG(st.st_mode)) size = st.st_size;
  }
  return std::unique_ptr<FileSource>(new FileSource(fd, true, size));
}

FileSource::~FileSource() {
  if (owned_) ::close(fd_);
}

Result<size_t> FileSource::Read(char* buf, size_t n) {
  while (true) {
    const ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) {
      consumed_ += got;
      return static_cast<size_t>(got);
    }
    if (errno != EINTR) return Status::IoError(std::strerror(errno));
  }
}

Result<size_t> StringSource::Read(char* buf, size_t n) {
  n = std::min(n, data_.size() - pos_);
  std::memcpy(buf, data_.data() + pos_, n);
  pos_ += n;
  return n;
}

Result<size_t> TranscodingSource::Read(char* buf, size_t n) {
  std::string chunk;
  while (out_pos_ == out_.size() && !done_) {
    out_.clear();
    out_pos_ = 0;
    chunk.resize(StreamBuffer::kChunk);
    auto got = from_->Read(chunk.data(), chunk.size());
    if (!got.ok()) return got.status();
    done_ = *got == 0;
    chunk.resize(*got);
    Status s = transcoder_->Convert(chunk, done_, &out_);
    if (!s.ok()) return s;
  }
  n = std::min(n, out_.size() - out_pos_);
  std::memcpy(buf, out_.data() + out_pos_, n);
  out_pos_ += n;
  return n;
}

bool StreamBuffer::FillMore() {
  if (ended_) return false;
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old_size = buf_.size();
  buf_.resize(old_size + kChunk);
  auto got = source_->Read(buf_.data() + old_size, kChunk);
  if (!got.ok()) {
    error_ = got.status();
    ended_ = true;
    buf_.resize(old_size);
    return false;
  }
  buf_.resize(old_size + *got);
  if (*got == 0) ended_ = true;
  return *got > 0;
}

bool StreamBuffer::Fill(size_t n) {
  while (buf_.size() - pos_ < n) {
    if (!FillMore()) return buf_.size() - pos_ >= n;
  }
  return true;
}

Result<size_t> StreamBuffer::Read(char* buf, size_t n) {
  if (pos_ < buf_.size()) {
    n = std::min(n, buf_.size() - pos_);
    std::memcpy(buf, buf_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  if (ended_) return error_.ok() ? Result<size_t>(size_t{0}) : error_;
  return source_->Read(buf, n);
}

}  // namespace rasd
