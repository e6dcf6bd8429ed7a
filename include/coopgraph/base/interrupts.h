// Interrupted runs leave no temporary files: the library writes every output
// atomically (a temporary file renamed over the old one), and a program that
// links it asks once for the temporaries to be removed on a signal.
#ifndef COOPGRAPH_BASE_INTERRUPTS_H_
#define COOPGRAPH_BASE_INTERRUPTS_H_

namespace coopgraph {

// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary
// files of the writes in progress and then end the process by the same
// signal (its default action: the shell sees 128 + the signal number). A
// signal that comes while a set of outputs is renamed into place waits until
// the set is complete. Call once, early in main, before starting threads. Without
// it the signals keep their default action, which can leave "*.tmp.*" files
// (but never a partly written output). SIGKILL cannot be handled.
void RemoveTempFilesOnSignal();

}  // namespace coopgraph

#endif  // COOPGRAPH_BASE_INTERRUPTS_H_
