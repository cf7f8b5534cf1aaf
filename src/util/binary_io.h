// Little helpers for the project's binary model files: raw values written
// in host byte order, and a bounds-checked reader over the file's bytes.
#ifndef RASD_UTIL_BINARY_IO_H_
#define RASD_UTIL_BINARY_IO_H_

#include <cstddef>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>

namespace rasd {

template <typename T>
void PutRaw(std::ofstream& out, T v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}

// Reads values off a byte string; every read fails (false) rather than run
// past the end, so a truncated file is an error, never a crash.
class ByteReader {
 public:
  explicit ByteReader(std::string_view data) : data_(data) {}
  template <typename T>
  bool Get(T* v) {
    if (sizeof(T) > data_.size() - pos_) return false;
    std::memcpy(v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetBytes(size_t n, std::string* s) {
    if (n > data_.size() - pos_) return false;
    s->assign(data_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool AtEnd() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace rasd

#endif  // RASD_UTIL_BINARY_IO_H_
