#include "base/ordered_parallel.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace coopgraph {

unsigned ThreadsOrCores(unsigned threads) {
  return threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
}

namespace internal {
namespace {

// The shared state of one RunOrdered call. Items are claimed from `next`;
// a made item is marked in `ready`; the thread that wins `taking` hands on
// every ready item that comes next. No thread ever waits for another: the
// one that makes the missing item hands it on.
class OrderedRun {
 public:
  OrderedRun(std::size_t n, const std::function<void(std::size_t)>& make,
             const std::function<Status(std::size_t)>& take)
      : n_(n), make_(make), take_(take), ready_(new std::atomic<bool>[n]) {
    for (std::size_t i = 0; i < n; ++i) ready_[i].store(false, std::memory_order_relaxed);
  }

  // Makes items until none is left, handing on what it can after each.
  void Work() {
    for (std::size_t i; !failed_.load() && (i = next_.fetch_add(1)) < n_;) {
      make_(i);
      ready_[i].store(true);
      TakeReady();
    }
  }

  // Called once every worker has stopped: hands on what is left.
  Status Finish() {
    TakeReady();
    return status_;
  }

 private:
  void TakeReady() {
    // seq_cst flag and marks: a thread that marks an item and then loses the
    // flag is sure the winner sees the mark after releasing the flag.
    while (!taking_.exchange(true)) {
      std::size_t i = taken_.load();
      for (; i < n_ && status_.ok() && ready_[i].load(); ++i) status_ = take_(i);
      taken_.store(i);
      if (!status_.ok()) failed_.store(true);
      taking_.store(false);
      if (failed_.load() || i == n_ || !ready_[i].load()) return;
    }
  }

  const std::size_t n_;
  const std::function<void(std::size_t)>& make_;
  const std::function<Status(std::size_t)>& take_;
  std::unique_ptr<std::atomic<bool>[]> ready_;
  std::atomic<std::size_t> next_{0};
  std::atomic<std::size_t> taken_{0};
  std::atomic<bool> taking_{false};
  std::atomic<bool> failed_{false};
  Status status_;  // written only by the thread holding `taking_`
};

}  // namespace

Status RunOrdered(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& make,
                  const std::function<Status(std::size_t)>& take) {
  if (n == 0) return Status::Ok();
  OrderedRun run(n, make, take);
  const std::size_t count = std::min<std::size_t>(ThreadsOrCores(threads), n);
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < count; ++t) pool.emplace_back([&run] { run.Work(); });
  run.Work();
  for (auto& t : pool) t.join();
  return run.Finish();
}

}  // namespace internal
}  // namespace coopgraph
