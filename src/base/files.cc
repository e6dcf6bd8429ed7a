#include "coopgraph/base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <memory>

#include "base/temp_files.h"

namespace coopgraph {

std::size_t LineOf(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

StatusOr<std::string> ReadFileBytes(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    return NotFoundError(path + ": " + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return InvalidArgumentError(path + ": is a directory");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path + ": cannot open for reading: " + std::strerror(errno));
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[65536];
  for (;;) {  // to the end, whatever the size said: the file may grow, or be a pipe
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string err = std::strerror(errno);
      ::close(fd);
      return IoError(path + ": read failed: " + err);
    }
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return bytes;
}

Status CreateDirectories(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (fs::exists(st) && !fs::is_directory(st)) return IoError(dir + ": exists and is not a directory");
  fs::create_directories(dir, ec);
  if (ec) return IoError(dir + ": cannot create directory: " + ec.message());
  return Status::Ok();
}
namespace {

// One temporary file being written; removed unless committed.
class TempFile {
 public:
  explicit TempFile(const std::string& path)
      : path_(path), temp_(internal::TempPathFor(path)), slot_(internal::RegisterTempFile(temp_)) {}
  ~TempFile() {
    if (!renamed_) ::unlink(temp_.c_str());
    internal::UnregisterTempFile(slot_);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  // Writes, flushes and closes the temporary file.
  Status Write(const std::vector<std::string_view>& pieces) {
    const int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return IoError(path_ + ": cannot create: " + std::strerror(errno));
    for (std::string_view piece : pieces) {
      const char* p = piece.data();
      std::size_t left = piece.size();
      while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
          if (errno == EINTR) continue;
          const std::string err = std::strerror(errno);
          ::close(fd);
          return IoError(path_ + ": write failed: " + err);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
      }
    }
    if (::fsync(fd) != 0) {
      const std::string err = std::strerror(errno);
      ::close(fd);
      return IoError(path_ + ": flush failed: " + err);
    }
    if (::close(fd) != 0) return IoError(path_ + ": flush failed: " + std::strerror(errno));
    return Status::Ok();
  }

  Status Commit() {
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
      return IoError(path_ + ": rename failed: " + std::strerror(errno));
    }
    renamed_ = true;
    return Status::Ok();
  }

 private:
  std::string path_;
  std::string temp_;
  int slot_;
  bool renamed_ = false;
};

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  return WriteFilesAtomically({{path, {contents}}});
}

Status WriteFileAtomically(const std::string& path, const std::vector<std::string_view>& pieces) {
  return WriteFilesAtomically({{path, pieces}});
}

Status WriteFilesAtomically(const std::vector<FileContents>& files) {
  // A directory in the way would fail the rename after others are done.
  for (const FileContents& file : files) {
    struct stat st;
    if (::stat(file.path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      return IoError(file.path + ": is a directory");
    }
  }
  std::vector<std::unique_ptr<TempFile>> temps;
  for (const FileContents& file : files) {
    temps.push_back(std::make_unique<TempFile>(file.path));
    if (Status s = temps.back()->Write(file.pieces); !s.ok()) return s;
  }
  const internal::DeferSignals defer;
  for (auto& temp : temps) {
    if (Status s = temp->Commit(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace coopgraph
