// The build on tests/data/unseen2: a second set of news articles written for
// testing (a province receiving investors, two border provinces' talks, side
// meetings of a regional conference, a bank signing, a defence reception with
// military ranks, a domestic inspection), hand-annotated in
// tests/data/unseen2/gold. A rule that breaks one of these readings shows here.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unseen_test_util.h"

namespace coopgraph::pipeline {
namespace {

using testing::Pair;

TEST_CASE("Second unseen set: who met whom, when, and who did not", "[pipeline]") {
  const testing::BuiltSet built = testing::BuildSet("unseen2");

  const std::vector<Pair> held = {
      {"Vương Quốc Tuấn", "Choi Chang-ho", "2024-05-14"},   {"Đào Quang Khải", "Choi Chang-ho", "2024-05-14"},
      {"Trần Quốc Cường", "Phoxay Xayavong", "2024-03-20"}, {"Lê Thành Đô", "Phoxay Xayavong", "2024-03-20"},
      {"Bùi Thanh Sơn", "Retno Marsudi", "2024-07-25"},     {"Bùi Thanh Sơn", "Enrique Manalo", "2024-07-25"},
      {"Phạm Quang Dũng", "Kato Masahiro", "2024-10-08"},   {"Ito Naoki", "Kato Masahiro", "2024-10-08"},
      {"Hoàng Xuân Chiến", "Rajesh Pushkar", "2024-06-11"}, {"Phạm Văn Tỵ", "Rajesh Pushkar", "2024-06-11"},
  };
  // Two meetings of one day with different counterparts; an inviter and the invited; the
  // greeted; the leaders of a city inspecting a site.
  const std::vector<Pair> never = {
      {"Retno Marsudi", "Enrique Manalo", ""},
      {"Phạm Minh Chính", "Joko Widodo", ""},
      {"Bùi Thanh Sơn", "Joko Widodo", ""},
      {"Phạm Minh Chính", "Bùi Thanh Sơn", ""},
      {"Phan Văn Giang", "Rajesh Pushkar", ""},
      {"Bùi Thị Minh Hoài", "Trần Sỹ Thanh", ""},
  };
  testing::CheckMeetings(built, held, never);
  // Bylines and a province after a title are nobody.
  for (const char* name : {"Minh Anh", "Quang Hưng", "Hà Anh", "Thanh Hà", "Ngọc Sơn", "Thế Anh", "Phông-xa-lỳ"}) {
    CAPTURE(name);
    CHECK_FALSE(query::FindEntity(built.graph, name, {graph::NodeKind::kPerson}).ok());
  }
  // A bank named with its country once and without it later is one body.
  CHECK(query::FindEntity(built.graph, "Ngân hàng Mizuho", {graph::NodeKind::kOrganization}).ok());
  // Two memoranda, the minutes of the talks, a bank's and an airline's agreements, a joint vision.
  CHECK(built.summary.agreements == 6);
}

}  // namespace
}  // namespace coopgraph::pipeline
