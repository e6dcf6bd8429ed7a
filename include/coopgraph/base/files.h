// File helpers shared by every stage: whole-file reads and atomic writes.
#ifndef COOPGRAPH_BASE_FILES_H_
#define COOPGRAPH_BASE_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "coopgraph/base/status.h"

namespace coopgraph {

// The 1-based line of a byte offset in a file's text, for messages that name
// where a file is bad.
std::size_t LineOf(std::string_view text, std::size_t offset);

// Reads the whole file as bytes. Errors (the message names the path):
// kNotFound when it does not exist, kInvalidArgument when it is a directory,
// kIoError when it cannot be read.
StatusOr<std::string> ReadFileBytes(const std::string& path);

// Creates `dir` and its missing parents. Errors: kIoError naming the path
// when it exists and is not a directory, or cannot be created.
Status CreateDirectories(const std::string& dir);

// Writes `contents` to a temporary file beside `path`, flushes it and renames
// it over `path`, so readers see the old file or the new one, never a part.
// Errors: kIoError naming the path (the directory is missing or unwritable).
Status WriteFileAtomically(const std::string& path, std::string_view contents);
// The same for contents given as consecutive pieces (written without joining them).
Status WriteFileAtomically(const std::string& path, const std::vector<std::string_view>& pieces);

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_FILES_H_
