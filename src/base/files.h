// File helpers shared by every stage: whole-file reads and atomic writes. Internal.
#ifndef COOPGRAPH_SRC_BASE_FILES_H_
#define COOPGRAPH_SRC_BASE_FILES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/interrupts.h"
#include "coopgraph/base/status.h"

namespace coopgraph {

// The 1-based line of a byte offset in a file's text, for messages that name
// where a file is bad.
std::size_t LineOf(std::string_view text, std::size_t offset);

// True when `path` names a directory (a link to one too); false when it does
// not exist or cannot be examined.
bool IsDirectory(const std::string& path);

// Reads the whole file as bytes. Errors (the message names the path):
// kNotFound when it does not exist, kInvalidArgument when it is a directory,
// kIoError when it cannot be read.
StatusOr<std::string> ReadFileBytes(const std::string& path);

// Reads `size` bytes from `offset` (fewer at the end of the file). Errors
// as ReadFileBytes's.
StatusOr<std::string> ReadFileRange(const std::string& path, std::uint64_t offset, std::size_t size);

// Creates `dir` and its missing parents. Errors: kIoError naming the path
// when it exists and is not a directory, or cannot be created.
Status CreateDirectories(const std::string& dir);

// Writes `contents` to a temporary file beside `path` ("<path>.tmp.<pid>.<n>"),
// flushes it and renames it over `path`, so readers see the old file or the
// new one, never a part. Errors: kIoError naming the path (the directory is
// missing or unwritable); the temporary file is removed.
Status WriteFileAtomically(const std::string& path, std::string_view contents);
// The same for contents given as consecutive pieces (written without joining them).
Status WriteFileAtomically(const std::string& path, const std::vector<std::string_view>& pieces);

// One file of a set written together: its path and its contents in pieces.
struct FileContents {
  std::string path;
  std::vector<std::string_view> pieces;
};

// Writes several files as one change: every temporary file first, then the
// renames one after the other with interrupts held back (see
// RemoveTempFilesOnSignal), so an interrupted run leaves every old file or
// every new one. Errors: kIoError naming the path; then no file is replaced
// and no temporary file is left.
Status WriteFilesAtomically(const std::vector<FileContents>& files);

// Files replaced as one change whose contents are written as they are made:
// each file goes to a temporary file beside its path ("<path>.tmp.<pid>.<n>"),
// and Commit flushes what is still open and renames them all in a row with
// interrupts held back, so readers see every old file or every new one.
// Destroyed before Commit succeeds, the set removes its temporary files and
// replaces nothing. Thread safety: Add from one thread before writing; after
// that, each file may be written and closed from its own thread (one writer
// per file); Commit once every writer is done.
class AtomicFileSet {
 public:
  AtomicFileSet();
  ~AtomicFileSet();
  AtomicFileSet(const AtomicFileSet&) = delete;
  AtomicFileSet& operator=(const AtomicFileSet&) = delete;

  // Creates the temporary file of `path` and returns its index in the set.
  // Errors: kIoError naming the path (it is a directory, or the temporary
  // file cannot be created).
  [[nodiscard]] StatusOr<std::size_t> Add(const std::string& path);
  // Appends bytes to the file `index`. Errors: kIoError naming the path
  // (also when the file was closed or an earlier write failed);
  // kInvalidArgument for an index Add did not return.
  [[nodiscard]] Status Append(std::size_t index, std::string_view bytes);
  // Flushes the file `index` to disk and closes it; lets a writer thread
  // finish its own file while others still write. Errors: kIoError.
  [[nodiscard]] Status Close(std::size_t index);
  // Closes the files still open, then renames every temporary file over its
  // path. Errors: kIoError naming the path; a failed flush replaces nothing.
  [[nodiscard]] Status Commit();

 private:
  class Entry;
  std::vector<std::unique_ptr<Entry>> files_;
};

// Bytes set aside on disk while a run needs them later: an unnamed temporary
// file in a directory (O_TMPFILE; gone when closed or the process ends, so
// nothing is left behind even on a crash). Append from one thread; Read from
// any number of threads at once, after the appends.
class SpillFile {
 public:
  struct Extent {
    std::uint64_t offset = 0;
    std::size_t size = 0;
  };
  // Errors: kIoError naming `dir` when no temporary file can be made there.
  static StatusOr<std::unique_ptr<SpillFile>> Create(const std::string& dir);
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  // Errors: kIoError (e.g. the disk is full), naming the directory.
  StatusOr<Extent> Append(std::string_view bytes);
  StatusOr<std::string> Read(Extent extent) const;

 private:
  SpillFile(std::string dir, int fd) : dir_(std::move(dir)), fd_(fd) {}
  std::string dir_;
  int fd_;
  std::uint64_t size_ = 0;
};

}  // namespace coopgraph

#endif  // COOPGRAPH_SRC_BASE_FILES_H_
