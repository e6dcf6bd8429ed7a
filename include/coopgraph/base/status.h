// Errors as values: every library function that can fail returns a Status or
// a StatusOr<T>. No exception crosses the public API.
#ifndef COOPGRAPH_BASE_STATUS_H_
#define COOPGRAPH_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace coopgraph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input given by the caller (usage, a missing path)
  kNotFound,
  kDataLoss,         // input that could not be decoded or parsed
  kIoError,          // the file system failed
  kInternal,
};

// A success or an error with a message that names the file, line or span.
// Thread safety: a value type; distinct objects may be used concurrently.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>" style text for one line on stderr.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

Status InvalidArgumentError(std::string message);
Status NotFoundError(std::string message);
Status DataLossError(std::string message);
Status IoError(std::string message);
Status InternalError(std::string message);

// Either a value or a non-ok Status.
// REQUIRES: value() only when ok().
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit
    assert(!status_.ok());
  }
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  // From a temporary, the value itself (moved out), not a reference into the
  // temporary: `for (x : Find().value())` and `*Find()` then stay valid.
  T value() && { assert(ok()); return std::move(*value_); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  T operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

// A non-fatal problem with one input (a bad file among good ones).
struct Warning {
  std::string file;     // path or record name the warning is about
  std::string message;  // what happened, with line or offset when known
};

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_STATUS_H_
