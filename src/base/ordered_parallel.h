// Private to the library: ordered parallel work. Items 0..n-1 are made on a
// few threads and handed on strictly in index order, so the result is the
// same bytes whatever the number of threads. Used by ingest (files), the
// pipeline (extraction feeding the resolver) and the JSON-LD writer (chunks
// of nodes).
#ifndef COOPGRAPH_SRC_BASE_ORDERED_PARALLEL_H_
#define COOPGRAPH_SRC_BASE_ORDERED_PARALLEL_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "coopgraph/base/status.h"

namespace coopgraph {

namespace internal {

// The untyped core of OrderedParallel: make(i) stores item i, take(i) hands
// it on (in index order, one call at a time).
Status RunOrdered(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& make,
                  const std::function<Status(std::size_t)>& take);

}  // namespace internal

// The threads OrderedParallel uses for `threads` (0: one per core).
unsigned ThreadsOrCores(unsigned threads);

// Calls make(i) for every i in [0, n) on up to `threads` threads (the calling
// thread is one of them; 0: one per core; never more threads than items), and
// take(i, std::move(result)) in index order, one call at a time, on whichever
// of those threads is free once item i and every item before it are made:
// taking overlaps making, and a made item is dropped as soon as it is taken.
// `make` runs concurrently with itself and with `take`; it must not throw.
// Returns the first error of `take` in index order; after it no item is
// taken, and the threads claim no further item (one claimed just before may
// still be made, then dropped). Zero items: Ok, nothing called.
template <typename Make, typename Take>
Status OrderedParallel(std::size_t n, unsigned threads, Make make, Take take) {
  using Item = decltype(make(std::size_t{0}));
  std::vector<std::optional<Item>> made(n);
  return internal::RunOrdered(
      n, threads, [&](std::size_t i) { made[i].emplace(make(i)); },
      [&](std::size_t i) {
        Status status = take(i, std::move(*made[i]));
        made[i].reset();
        return status;
      });
}

// The results of f(0), ..., f(n-1) in index order, made on up to `threads`
// threads (0: one per core). f returns StatusOr<T>. Errors: the error of the
// first item (by index) that fails, as OrderedParallel stops at it.
template <typename T, typename F>
StatusOr<std::vector<T>> OrderedMap(std::size_t n, unsigned threads, F f) {
  std::vector<T> out;
  out.reserve(n);
  Status status = OrderedParallel(n, threads, f, [&out](std::size_t, StatusOr<T> item) {
    if (!item.ok()) return item.status();
    out.push_back(std::move(*item));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return out;
}

}  // namespace coopgraph

#endif  // COOPGRAPH_SRC_BASE_ORDERED_PARALLEL_H_
