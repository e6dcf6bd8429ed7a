// OrderedParallel and OrderedMap: items made on several threads are handed
// on in index order, so the result does not depend on the number of threads;
// the first error in index order stops the run.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/ordered_parallel.h"

namespace coopgraph {
namespace {

// Item i takes longer the smaller i is, so on several threads later items
// are made first and must wait for their turn.
std::string SlowFirst(std::size_t i, std::size_t n) {
  std::this_thread::sleep_for(std::chrono::microseconds(50 * (n - i)));
  return std::to_string(i * i) + ";";
}

std::string Joined(std::size_t n, unsigned threads) {
  std::string out;
  const Status status = OrderedParallel(
      n, threads, [n](std::size_t i) { return SlowFirst(i, n); },
      [&out](std::size_t, std::string piece) {
        out += piece;
        return Status::Ok();
      });
  REQUIRE(status.ok());
  return out;
}

TEST_CASE("OrderedParallel gives the same output for any number of threads", "[base]") {
  for (std::size_t n : {1u, 2u, 3u, 64u, 200u}) {
    CAPTURE(n);
    const std::string one = Joined(n, 1);
    std::string expected;
    for (std::size_t i = 0; i < n; ++i) expected += std::to_string(i * i) + ";";
    CHECK(one == expected);
    for (unsigned threads : {2u, 7u, 0u}) {
      CAPTURE(threads);
      CHECK(Joined(n, threads) == one);
    }
  }
}

TEST_CASE("OrderedParallel takes items in index order, one at a time", "[base]") {
  const std::size_t n = 300;
  std::vector<std::size_t> order;
  std::atomic<int> inside{0};
  bool overlapped = false;
  std::set<std::thread::id> makers;
  std::mutex makers_mutex;
  const Status status = OrderedParallel(
      n, 4,
      [&](std::size_t i) {
        {
          std::lock_guard<std::mutex> lock(makers_mutex);
          makers.insert(std::this_thread::get_id());
        }
        (void)SlowFirst(i % 7, 7);
        return i;
      },
      [&](std::size_t index, std::size_t item) {  // Catch's CHECK only on the test's thread
        overlapped = overlapped || inside.fetch_add(1) != 0 || index != item;
        order.push_back(item);
        inside.fetch_sub(1);
        return Status::Ok();
      });
  REQUIRE(status.ok());
  CHECK_FALSE(overlapped);
  REQUIRE(order.size() == n);
  for (std::size_t i = 0; i < n; ++i) CHECK(order[i] == i);
  CHECK(makers.size() <= 4);
}

TEST_CASE("OrderedParallel stops at the first error in index order", "[base]") {
  for (unsigned threads : {1u, 2u, 7u}) {
    CAPTURE(threads);
    std::vector<std::size_t> taken;
    std::atomic<std::size_t> made{0};
    const Status status = OrderedParallel(
        1000, threads,
        [&](std::size_t i) {
          ++made;
          return i;
        },
        [&](std::size_t, std::size_t item) {
          if (item == 5 || item == 9) return IoError("item " + std::to_string(item));
          taken.push_back(item);
          return Status::Ok();
        });
    CHECK(status.code() == StatusCode::kIoError);
    CHECK(status.message() == "item 5");
    CHECK(taken == std::vector<std::size_t>{0, 1, 2, 3, 4});
    // One thread makes nothing after the failing item; more may have made a
    // few more items (claimed before the error was seen), never taken.
    if (threads == 1) CHECK(made.load() == 6);
  }
}

TEST_CASE("OrderedParallel with zero items calls nothing", "[base]") {
  bool called = false;
  const Status status = OrderedParallel(
      0, 4,
      [&](std::size_t) {
        called = true;
        return 0;
      },
      [&](std::size_t, int) {
        called = true;
        return Status::Ok();
      });
  CHECK(status.ok());
  CHECK_FALSE(called);
}

TEST_CASE("OrderedParallel with more threads than items uses one thread per item at most", "[base]") {
  std::set<std::thread::id> makers;
  std::mutex mutex;
  std::vector<int> taken;
  const Status status = OrderedParallel(
      3, 16,
      [&](std::size_t i) {
        std::lock_guard<std::mutex> lock(mutex);
        makers.insert(std::this_thread::get_id());
        return static_cast<int>(i) * 10;
      },
      [&](std::size_t, int item) {
        taken.push_back(item);
        return Status::Ok();
      });
  CHECK(status.ok());
  CHECK(taken == std::vector<int>{0, 10, 20});
  CHECK(makers.size() <= 3);
}

TEST_CASE("OrderedMap collects results in index order or returns the first failure", "[base]") {
  struct Case {
    std::size_t n;
    std::size_t fail_at;  // n: none fails
    bool ok;
  };
  const Case cases[] = {{0, 0, true}, {1, 1, true}, {50, 50, true}, {50, 20, false}, {50, 0, false}};
  for (const Case& c : cases) {
    for (unsigned threads : {1u, 2u, 7u}) {
      CAPTURE(c.n, c.fail_at, threads);
      auto squares = OrderedMap<int>(c.n, threads, [&](std::size_t i) -> StatusOr<int> {
        if (i == c.fail_at || (c.fail_at < c.n && i == c.n - 1)) {
          return DataLossError("bad item " + std::to_string(i));
        }
        return static_cast<int>(i * i);
      });
      REQUIRE(squares.ok() == c.ok);
      if (!c.ok) {
        CHECK(squares.status().message() == "bad item " + std::to_string(c.fail_at));
        continue;
      }
      REQUIRE(squares->size() == c.n);
      for (std::size_t i = 0; i < c.n; ++i) CHECK((*squares)[i] == static_cast<int>(i * i));
    }
  }
}

}  // namespace
}  // namespace coopgraph
