#include "base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
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

bool IsDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

namespace {

// Reads from `fd` until `limit` bytes or the end, whatever a size said (the
// file may grow, or be a pipe), appending to *bytes; closes `fd`.
Status ReadAndClose(int fd, const std::string& path, std::size_t limit, std::string* bytes) {
  char chunk[65536];
  while (bytes->size() < limit) {
    const ssize_t n = ::read(fd, chunk, std::min(sizeof chunk, limit - bytes->size()));
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string err = std::strerror(errno);
      ::close(fd);
      return IoError(path + ": read failed: " + err);
    }
    bytes->append(chunk, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return Status::Ok();
}

}  // namespace

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
  if (Status s = ReadAndClose(fd, path, std::string().max_size(), &bytes); !s.ok()) return s;
  return bytes;
}

StatusOr<std::string> ReadFileRange(const std::string& path, std::uint64_t offset, std::size_t size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT) return NotFoundError(path + ": " + std::strerror(err));
    return IoError(path + ": cannot open for reading: " + std::strerror(err));
  }
  if (::lseek(fd, static_cast<off_t>(offset), SEEK_SET) < 0) {
    const std::string err = std::strerror(errno);
    ::close(fd);
    return IoError(path + ": cannot read at byte " + std::to_string(offset) + ": " + err);
  }
  std::string bytes;
  bytes.reserve(size);
  if (Status s = ReadAndClose(fd, path, size, &bytes); !s.ok()) return s;
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
// One temporary file being written; removed unless renamed.
class AtomicFileSet::Entry {
 public:
  explicit Entry(const std::string& path)
      : path_(path), temp_(internal::TempPathFor(path)), slot_(internal::RegisterTempFile(temp_)) {}
  ~Entry() {
    if (fd_ >= 0) ::close(fd_);
    if (!renamed_) ::unlink(temp_.c_str());
    internal::UnregisterTempFile(slot_);
  }
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;

  Status Open() {
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0) return Fail("cannot create", errno);
    return Status::Ok();
  }

  Status Append(std::string_view bytes) {
    if (fd_ < 0) return failed_ ? IoError(path_ + ": an earlier write failed") : IoError(path_ + ": written after close");
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
      const ssize_t n = ::write(fd_, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        return Fail("write failed", errno);
      }
      p += n;
      left -= static_cast<std::size_t>(n);
    }
    written_ += bytes.size();
    // Starts the disk writes of what is done, so the flush at the end waits
    // for the last stretch only.
    if (written_ - flushed_from_ >= kWritebackStep) {
      ::sync_file_range(fd_, static_cast<off_t>(flushed_from_), static_cast<off_t>(written_ - flushed_from_),
                        SYNC_FILE_RANGE_WRITE);
      flushed_from_ = written_;
    }
    return Status::Ok();
  }

  Status Close() {
    if (closed_) return Status::Ok();
    if (fd_ < 0) return IoError(path_ + ": an earlier write failed");
    if (::fsync(fd_) != 0) return Fail("flush failed", errno);
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return Fail("flush failed", errno);
    closed_ = true;
    return Status::Ok();
  }

  Status Rename() {
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
      return IoError(path_ + ": rename failed: " + std::strerror(errno));
    }
    renamed_ = true;
    return Status::Ok();
  }

 private:
  static constexpr std::size_t kWritebackStep = std::size_t{8} << 20;

  Status Fail(const char* what, int err) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    failed_ = true;
    return IoError(path_ + ": " + what + ": " + std::strerror(err));
  }

  std::string path_;
  std::string temp_;
  int slot_;
  int fd_ = -1;
  std::size_t written_ = 0;
  std::size_t flushed_from_ = 0;
  bool failed_ = false;
  bool closed_ = false;
  bool renamed_ = false;
};

AtomicFileSet::AtomicFileSet() = default;
AtomicFileSet::~AtomicFileSet() = default;

StatusOr<std::size_t> AtomicFileSet::Add(const std::string& path) {
  // A directory in the way would fail the rename after others are done.
  if (IsDirectory(path)) return IoError(path + ": is a directory");
  auto entry = std::make_unique<Entry>(path);
  if (Status s = entry->Open(); !s.ok()) return s;
  files_.push_back(std::move(entry));
  return files_.size() - 1;
}

Status AtomicFileSet::Append(std::size_t index, std::string_view bytes) {
  if (index >= files_.size()) return InvalidArgumentError("AtomicFileSet: no file " + std::to_string(index));
  return files_[index]->Append(bytes);
}

Status AtomicFileSet::Close(std::size_t index) {
  if (index >= files_.size()) return InvalidArgumentError("AtomicFileSet: no file " + std::to_string(index));
  return files_[index]->Close();
}

Status AtomicFileSet::Commit() {
  for (auto& file : files_) {
    if (Status s = file->Close(); !s.ok()) return s;
  }
  const internal::DeferSignals defer;
  for (auto& file : files_) {
    if (Status s = file->Rename(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  return WriteFilesAtomically({{path, {contents}}});
}

Status WriteFileAtomically(const std::string& path, const std::vector<std::string_view>& pieces) {
  return WriteFilesAtomically({{path, pieces}});
}

Status WriteFilesAtomically(const std::vector<FileContents>& files) {
  AtomicFileSet set;  // a path it refuses removes the temporary files made before
  for (const FileContents& file : files) {
    StatusOr<std::size_t> index = set.Add(file.path);
    if (!index.ok()) return index.status();
    for (std::string_view piece : file.pieces) {
      if (Status s = set.Append(*index, piece); !s.ok()) return s;
    }
  }
  return set.Commit();
}

StatusOr<std::unique_ptr<SpillFile>> SpillFile::Create(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // A file system without O_TMPFILE: a named file, unlinked at once.
    std::string name = (std::filesystem::path(dir) / ".coopgraph-spill-XXXXXX").string();
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) ::unlink(name.c_str());
  }
  if (fd < 0) return IoError(dir + ": cannot make a temporary file: " + std::strerror(errno));
  return std::unique_ptr<SpillFile>(new SpillFile(dir, fd));
}

SpillFile::~SpillFile() { ::close(fd_); }

StatusOr<SpillFile::Extent> SpillFile::Append(std::string_view bytes) {
  const Extent extent{size_, bytes.size()};
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::pwrite(fd_, p, left, static_cast<off_t>(size_));
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError(dir_ + ": writing a temporary file failed: " + std::strerror(errno));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
    size_ += static_cast<std::uint64_t>(n);
  }
  return extent;
}

StatusOr<std::string> SpillFile::Read(Extent extent) const {
  std::string bytes(extent.size, '\0');
  std::size_t done = 0;
  while (done < extent.size) {
    const ssize_t n = ::pread(fd_, bytes.data() + done, extent.size - done, static_cast<off_t>(extent.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return IoError(dir_ + ": reading a temporary file failed: " + (n < 0 ? std::strerror(errno) : "cut short"));
    done += static_cast<std::size_t>(n);
  }
  return bytes;
}

}  // namespace coopgraph
