// Private to base: the table of temporary files that the signal handlers of
// RemoveTempFilesOnSignal remove, and holding signals back during renames.
#ifndef COOPGRAPH_SRC_BASE_TEMP_FILES_H_
#define COOPGRAPH_SRC_BASE_TEMP_FILES_H_

#include <string>

namespace coopgraph::internal {

// A unique temporary name beside `path` in this process.
std::string TempPathFor(const std::string& path);

// Registers a temporary file before it is created, so a signal removes it;
// returns its slot, or -1 when the table is full (the file is then not
// removed on a signal). Async-signal-safe to remove; thread safe.
int RegisterTempFile(const std::string& path);
// After the file was renamed or removed.
void UnregisterTempFile(int slot);

// While one is alive (in any thread), a handled signal is held until the
// last one ends, then acted on.
class DeferSignals {
 public:
  DeferSignals();
  ~DeferSignals();
  DeferSignals(const DeferSignals&) = delete;
  DeferSignals& operator=(const DeferSignals&) = delete;
};

}  // namespace coopgraph::internal

#endif  // COOPGRAPH_SRC_BASE_TEMP_FILES_H_
