// Status and StatusOr: one readable line per code, and values or errors.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "coopgraph/base/status.h"

namespace coopgraph {
namespace {

struct ToStringCase {
  Status status;
  StatusCode code;
  std::string text;
};

TEST_CASE("Status::ToString prefixes the message with its code", "[base]") {
  const std::vector<ToStringCase> cases = {
      {Status::Ok(), StatusCode::kOk, "ok"},
      {Status(), StatusCode::kOk, "ok"},
      {InvalidArgumentError("/nonexistent: no such file"), StatusCode::kInvalidArgument,
       "invalid argument: /nonexistent: no such file"},
      {NotFoundError("data/titles.tsv"), StatusCode::kNotFound, "not found: data/titles.tsv"},
      {DataLossError("a.json:3: bad JSON"), StatusCode::kDataLoss, "data loss: a.json:3: bad JSON"},
      {IoError("out/graph.dot: rename failed"), StatusCode::kIoError,
       "i/o error: out/graph.dot: rename failed"},
      {InternalError("unreachable"), StatusCode::kInternal, "internal error: unreachable"},
      {IoError("Hà Nội.txt: mất"), StatusCode::kIoError, "i/o error: Hà Nội.txt: mất"},
  };
  for (const ToStringCase& c : cases) {
    CAPTURE(c.text);
    CHECK(c.status.code() == c.code);
    CHECK(c.status.ok() == (c.code == StatusCode::kOk));
    CHECK(c.status.ToString() == c.text);
  }
}

TEST_CASE("an ok Status has no message", "[base]") {
  CHECK(Status::Ok().message().empty());
  CHECK(Status(StatusCode::kDataLoss, "x.txt").message() == "x.txt");
}

TEST_CASE("StatusOr holds a value or an error", "[base]") {
  StatusOr<std::string> value = std::string("graph");
  REQUIRE(value.ok());
  CHECK(value.status().ok());
  CHECK(*value == "graph");
  CHECK(value->size() == 5);

  StatusOr<std::string> error = NotFoundError("x");
  CHECK_FALSE(error.ok());
  CHECK(error.status().code() == StatusCode::kNotFound);
  CHECK(error.status().message() == "x");

  // Move-only values move out.
  StatusOr<std::unique_ptr<int>> owned = std::make_unique<int>(7);
  REQUIRE(owned.ok());
  std::unique_ptr<int> taken = std::move(owned).value();
  CHECK(*taken == 7);
}

StatusOr<std::vector<std::string>> Words() { return std::vector<std::string>{"gặp", "hội đàm", "thăm"}; }

TEST_CASE("a temporary StatusOr gives its value itself: a loop over it never reads freed memory", "[base]") {
  // value() and * of a temporary return the value (moved out), which the
  // loop keeps alive; a reference into the temporary would dangle (ASan).
  std::string joined;
  for (const std::string& word : Words().value()) joined += word + ";";
  for (const std::string& word : *Words()) joined += word + ";";
  CHECK(joined == "gặp;hội đàm;thăm;gặp;hội đàm;thăm;");
  static_assert(!std::is_reference_v<decltype(Words().value())>);
  static_assert(!std::is_reference_v<decltype(*Words())>);
}

}  // namespace
}  // namespace coopgraph
