// Helpers of the query tests.
#ifndef COOPGRAPH_TESTS_QUERY_QUERY_TEST_UTIL_H_
#define COOPGRAPH_TESTS_QUERY_QUERY_TEST_UTIL_H_

#include <algorithm>
#include <string>
#include <vector>

#include "coopgraph/query/query.h"

namespace coopgraph::query::testing {

// The cells of the column called `name`, top to bottom.
inline std::vector<std::string> Column(const Rows& rows, const std::string& name) {
  const auto c = static_cast<std::size_t>(
      std::find(rows.columns.begin(), rows.columns.end(), name) - rows.columns.begin());
  std::vector<std::string> out;
  for (const auto& row : rows.rows) out.push_back(row.at(c));
  return out;
}

}  // namespace coopgraph::query::testing

#endif  // COOPGRAPH_TESTS_QUERY_QUERY_TEST_UTIL_H_
