#include "exporters/graphviz_session.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace coopgraph::exporters::internal {
namespace {

std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

// Written only while a session holds the lock.
std::string& Collected() {
  static std::string text;
  return text;
}

// cgraph calls this in pieces: "Error", ": ", then the formatted message.
int CollectMessage(char* piece) {
  if (piece != nullptr) Collected() += piece;
  return 0;
}

// Ids in creation order. Names are pool strings (agstrdup: cgraph's writer
// reads flags stored in front of them) held until the graph closes, keyed
// here rather than in cgraph's internal map, whose entries agclose does not
// free (Graphviz 2.42).
struct IdState {
  Agraph_t* root = nullptr;
  IDTYPE next = 1;
  std::unordered_map<const char*, IDTYPE> ids;  // by pool string
  std::unordered_map<IDTYPE, char*> names;
};

void* IdOpen(Agraph_t* root, Agdisc_t*) {
  auto* state = new IdState;
  state->root = root;
  return state;
}
long IdMap(void* state, int, char* name, IDTYPE* id, int createflag) {
  auto* ids = static_cast<IdState*>(state);
  if (name == nullptr) {  // an anonymous object
    *id = ids->next++;
    return 1;
  }
  if (const char* pooled = agstrbind(ids->root, name)) {
    if (auto it = ids->ids.find(pooled); it != ids->ids.end()) {
      *id = it->second;
      return 1;
    }
  }
  if (!createflag) return 0;
  char* pooled = agstrdup(ids->root, name);
  if (pooled == nullptr) return 0;
  *id = ids->next++;
  ids->ids.emplace(pooled, *id);
  ids->names.emplace(*id, pooled);
  return 1;
}
long IdAlloc(void*, int, IDTYPE) { return 0; }  // callers may not choose ids
void IdFree(void*, int, IDTYPE) {}              // the pool goes with the graph
char* IdPrint(void* state, int, IDTYPE id) {
  const auto& names = static_cast<IdState*>(state)->names;
  auto it = names.find(id);
  return it == names.end() ? nullptr : it->second;
}
void IdClose(void* state) { delete static_cast<IdState*>(state); }
void IdRegister(void*, int, void*) {}

Agiddisc_t kOrderedIds = {IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};

struct MemoryReader {
  const std::string* text;
  std::size_t pos;
};

// Hands cgraph's lexer one line at a time, as agmemread does.
int ReadLine(void* chan, char* buf, int bufsize) {
  auto* reader = static_cast<MemoryReader*>(chan);
  const std::string& text = *reader->text;
  if (bufsize <= 0 || reader->pos >= text.size()) return 0;
  std::size_t end = text.find('\n', reader->pos);
  end = end == std::string::npos ? text.size() : end + 1;
  const std::size_t n = std::min(end - reader->pos, static_cast<std::size_t>(bufsize));
  std::memcpy(buf, text.data() + reader->pos, n);
  reader->pos += n;
  return static_cast<int>(n);
}

}  // namespace

Agraph_t* ReadDot(const std::string& text) {
  static Agiodisc_t io = {ReadLine, AgIoDisc.putstr, AgIoDisc.flush};
  Agdisc_t disc = {&AgMemDisc, &kOrderedIds, &io};
  MemoryReader reader{&text, 0};
  return agread(&reader, &disc);
}

GraphvizSession::GraphvizSession() : lock_(GraphvizMutex()) {
  Collected().clear();
  previous_ = agseterrf(&CollectMessage);
}

GraphvizSession::~GraphvizSession() {
  agseterrf(previous_);
  Collected().clear();
}

std::string GraphvizSession::TakeMessages() {
  std::string text;
  for (char c : Collected()) {
    if (c == '\n' || c == '\r') {
      if (!text.empty() && text.back() != ' ') text += "; ";
    } else {
      text += c;
    }
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == ';')) text.pop_back();
  Collected().clear();
  return text;
}

}  // namespace coopgraph::exporters::internal
