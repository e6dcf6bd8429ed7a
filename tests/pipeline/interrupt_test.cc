// An interrupted build (Ctrl-C: SIGINT; a kill: SIGTERM) leaves the previous
// outputs as they were and no temporary file: the CLI removes the temporary
// files of the writes in progress and ends by the signal, and the outputs are
// renamed as one set with signals held back.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cerrno>
#include <map>
#include <string>
#include <vector>

#include "common/generated_corpus.h"
#include "pipeline_test_util.h"

extern char** environ;

namespace coopgraph::pipeline {
namespace {

using testing::ReadAll;
using testing::RunCli;
using testing::TempDir;
namespace fs = testing::fs;

// Every file in `dir` with its bytes.
std::map<std::string, std::string> Snapshot(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) files[entry.path().filename().string()] = ReadAll(entry.path());
  return files;
}

std::vector<std::string> TempFiles(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp.") != std::string::npos) names.push_back(name);
  }
  return names;
}

// Starts the coopgraph binary with stderr to `err`; returns its pid.
pid_t Spawn(const std::vector<std::string>& args, const std::string& err) {
  std::vector<std::string> argv_storage = {COOPGRAPH_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(rc == 0);
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Blocks until a file whose name holds ".tmp." is created in the watched
// directory (or a minute passes); true when one was.
bool AwaitTempFile(int inotify_fd) {
  alignas(inotify_event) char buffer[4096];
  pollfd p{inotify_fd, POLLIN, 0};
  while (::poll(&p, 1, 60000) > 0) {
    const ssize_t n = ::read(inotify_fd, buffer, sizeof buffer);
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
      if (event->len > 0 && std::string(event->name).find(".tmp.") != std::string::npos) return true;
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
  return false;
}

// A first build of one article: the outputs an interrupted build must keep.
std::map<std::string, std::string> PreviousOutputs(const TempDir& tmp, const std::string& out) {
  const std::string input = tmp.Write("first/good.txt", testing::GoodArticle());
  auto first = RunCli({"build", "--out", out, input}, tmp);
  REQUIRE(first.exit_code == 0);
  auto files = Snapshot(out);
  REQUIRE(files.size() == 4);  // articles.jsonl, graph.jsonld, graph.dot, graph.svg
  return files;
}

TEST_CASE("SIGINT while the outputs are being written keeps the previous outputs", "[pipeline][interrupt]") {
  TempDir tmp;
  const std::string out = tmp.Sub("out");
  const auto before = PreviousOutputs(tmp, out);
  const std::string corpus = coopgraph::testing::WriteGeneratedCorpus(tmp, "corpus", 300);

  // The signal goes as soon as the first temporary output file appears, so
  // it lands while the new graph is being written. A build that still wins
  // the race must have written a complete new set; then it is tried again.
  bool interrupted = false;
  for (int attempt = 0; attempt < 3 && !interrupted; ++attempt) {
    const int watch = ::inotify_init1(IN_CLOEXEC);
    REQUIRE(watch >= 0);
    REQUIRE(::inotify_add_watch(watch, out.c_str(), IN_CREATE) >= 0);
    const pid_t pid = Spawn({"build", "--no-svg", "--threads", "2", "--out", out, corpus}, tmp.Sub("err.txt"));
    const bool saw_temp = AwaitTempFile(watch);
    ::kill(pid, SIGINT);
    const int status = Wait(pid);
    ::close(watch);
    INFO("attempt " << attempt << ", stderr: " << ReadAll(tmp.Sub("err.txt")));
    CHECK(saw_temp);
    CHECK(TempFiles(out).empty());
    if (WIFSIGNALED(status)) {
      CHECK(WTERMSIG(status) == SIGINT);
      CHECK(Snapshot(out) == before);
      interrupted = true;
    } else {
      REQUIRE(WIFEXITED(status));
      REQUIRE(WEXITSTATUS(status) == 0);
      const auto after = Snapshot(out);
      CHECK(after.at("graph.jsonld") != before.at("graph.jsonld"));
      CHECK(after.at("graph.dot") != before.at("graph.dot"));
      for (const auto& [name, bytes] : before) testing::fs::remove(out + "/" + name);
      for (const auto& [name, bytes] : before) tmp.Write("out/" + name, bytes);
    }
  }
  CHECK(interrupted);
}

TEST_CASE("SIGTERM at any moment of a build leaves either the old outputs or the new ones", "[pipeline][interrupt]") {
  TempDir tmp;
  const std::string out = tmp.Sub("out");
  const auto before = PreviousOutputs(tmp, out);
  const std::string corpus = coopgraph::testing::WriteGeneratedCorpus(tmp, "corpus", 200);
  for (const int delay_ms : {50, 300, 1000}) {
    const pid_t pid = Spawn({"build", "--no-svg", "--out", out, corpus}, tmp.Sub("err.txt"));
    ::usleep(static_cast<useconds_t>(delay_ms) * 1000);
    ::kill(pid, SIGTERM);
    const int status = Wait(pid);
    INFO("after " << delay_ms << " ms, stderr: " << ReadAll(tmp.Sub("err.txt")));
    CHECK(TempFiles(out).empty());
    const auto after = Snapshot(out);
    // The old set when the signal came before the renames; the whole new set
    // when it came after them (the build may be killed while it exits).
    const bool old_set = after == before;
    const bool new_set =
        after.at("graph.jsonld") != before.at("graph.jsonld") && after.at("graph.dot") != before.at("graph.dot");
    if (WIFSIGNALED(status)) {
      CHECK(WTERMSIG(status) == SIGTERM);
      CHECK((old_set || new_set));
      if (new_set) break;
    } else {
      CHECK(WEXITSTATUS(status) == 0);
      CHECK(after.at("graph.jsonld") != before.at("graph.jsonld"));
      break;
    }
  }
}

}  // namespace
}  // namespace coopgraph::pipeline
