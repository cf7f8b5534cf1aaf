// Little helpers for the project's binary model files: raw values written
// in host byte order, and a bounds-checked reader over the file's bytes.
#ifndef RASD_UTIL_BINARY_IO_H_
#define RASD_UTIL_BINARY_IO_H_

#include <cstddef>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
  // Bytes not read yet: a count of records read from the data can be
  // checked against it before anything is allocated for them.
  size_t Left() const { return data_.size() - pos_; }
  // A u32 count, then that many (first, second) records: false if the
  // count claims more records than bytes are left (nothing is allocated
  // then) or the data is truncated.
  template <typename A, typename B>
  bool GetPairs(std::vector<std::pair<A, B>>* out) {
    uint32_t n = 0;
    if (!Get(&n) || n > Left() / (sizeof(A) + sizeof(B))) return false;
    out->resize(n);
    for (auto& [a, b] : *out)
      if (!Get(&a) || !Get(&b)) return false;
    return true;
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace rasd

#endif  // RASD_UTIL_BINARY_IO_H_
