// Status and Result<T>: how rasd reports failures a user can cause.
//
// Library code never throws across its API and never exits; it returns a
// Status (ok, or a code plus a one-line message that names the input and the
// place) or a Result<T> (a value or a Status). Bugs are assertions, not
// statuses. Thread-safety: plain values, safe to copy between threads.
#ifndef RASD_STATUS_H_
#define RASD_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace rasd {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a usage error: bad option, unknown name
  kBadInput,         // input that could not be processed (binary, malformed)
  kNotFound,
  kIoError,
  kCorruption,  // stored data that fails its own checks
  kInternal,
};

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status BadInput(std::string msg) {
    return Status(StatusCode::kBadInput, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(StatusCode::kNotFound, std::move(msg));
  }
  static Status IoError(std::string msg) {
    return Status(StatusCode::kIoError, std::move(msg));
  }
  static Status Corruption(std::string msg) {
    return Status(StatusCode::kCorruption, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(StatusCode::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  Status(StatusCode code, std::string msg)
      : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "a Result built from a Status must be an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace rasd

#endif  // RASD_STATUS_H_
