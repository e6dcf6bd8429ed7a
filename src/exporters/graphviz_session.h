// Private: serialized access to cgraph/gvc, which keep global state (the
// error handler, the string pool of the parser) and are not thread safe.
#ifndef COOPGRAPH_EXPORTERS_GRAPHVIZ_SESSION_H_
#define COOPGRAPH_EXPORTERS_GRAPHVIZ_SESSION_H_

#include <graphviz/cgraph.h>

#include <mutex>
#include <string>

namespace coopgraph::exporters::internal {

// While alive: holds the process-wide Graphviz lock and collects Graphviz's
// warnings and errors instead of letting them reach stderr.
class GraphvizSession {
 public:
  GraphvizSession();
  ~GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  // The messages so far, on one line ("" when none), and clears them.
  std::string TakeMessages();

 private:
  std::unique_lock<std::mutex> lock_;
  agusererrf previous_;
};

// Parses DOT text with a cgraph discipline whose object ids follow creation
// order. cgraph's default ids are the addresses of the name strings, and
// agwrite and the layout walk subgraphs in id order: with them, the same
// graph would give different DOT and SVG from run to run. nullptr when it
// does not parse (the reason goes to the session's messages).
Agraph_t* ReadDot(const std::string& text);

// cgraph's setters take char* but do not write through them.
inline char* Mutable(const char* s) { return const_cast<char*>(s); }

}  // namespace coopgraph::exporters::internal

#endif  // COOPGRAPH_EXPORTERS_GRAPHVIZ_SESSION_H_
