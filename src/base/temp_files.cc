#include "base/temp_files.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include "base/files.h"

namespace coopgraph {
namespace internal {
namespace {

// Fixed storage: the handler may only read memory and call unlink().
constexpr int kSlots = 64;
constexpr std::size_t kMaxPath = 4096;
enum SlotState : int { kFree, kFilling, kRegistered };
char g_paths[kSlots][kMaxPath];
std::atomic<int> g_state[kSlots];
std::atomic<int> g_deferring{0};
std::atomic<int> g_pending_signal{0};
std::atomic<unsigned long> g_counter{0};
constexpr int kHandled[] = {SIGINT, SIGTERM, SIGHUP};

// Removes every registered file and ends the process by `sig` (default
// action, raised again once the handler returns).
void RemoveAndDie(int sig) {
  for (int i = 0; i < kSlots; ++i) {
    if (g_state[i].load() == kRegistered) ::unlink(g_paths[i]);
  }
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  ::sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  ::raise(sig);
}

void OnSignal(int sig) {
  if (g_deferring.load() > 0) {
    g_pending_signal.store(sig);
    return;
  }
  RemoveAndDie(sig);
}

}  // namespace

std::string TempPathFor(const std::string& path) {
  return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(g_counter.fetch_add(1));
}

int RegisterTempFile(const std::string& path) {
  if (path.size() >= kMaxPath) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (g_state[i].compare_exchange_strong(expected, kFilling)) {
      std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
      g_state[i].store(kRegistered);
      return i;
    }
  }
  return -1;
}

void UnregisterTempFile(int slot) {
  if (slot >= 0) g_state[slot].store(kFree);
}

DeferSignals::DeferSignals() { g_deferring.fetch_add(1); }

DeferSignals::~DeferSignals() {
  if (g_deferring.fetch_sub(1) == 1) {
    if (const int sig = g_pending_signal.exchange(0); sig != 0) RemoveAndDie(sig);
  }
}

}  // namespace internal

void RemoveTempFilesOnSignal() {
  struct sigaction action {};
  action.sa_handler = internal::OnSignal;
  ::sigemptyset(&action.sa_mask);
  for (int sig : internal::kHandled) ::sigaddset(&action.sa_mask, sig);
  for (int sig : internal::kHandled) ::sigaction(sig, &action, nullptr);
}

}  // namespace coopgraph
