// The build on tests/data/unseen: nine news articles written for testing, in
// the styles of other outlets, years and countries than the sample corpus
// (their hand annotations are in tests/data/unseen/gold). The figures below
// are what the extractor reaches on them; a rule that breaks one shows here.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "unseen_test_util.h"

namespace coopgraph::pipeline {
namespace {

using testing::Pair;

TEST_CASE("Unseen articles: who met whom, when, and who did not", "[pipeline]") {
  const testing::BuiltSet built = testing::BuildSet("unseen");

  const std::vector<Pair> held = {
      {"Trần Hồng Hà", "Ito Naoki", "2024-03-15"},            {"Trần Hồng Hà", "Sugano Yuichi", "2024-03-15"},
      {"Bùi Thanh Sơn", "Vương Nghị", "2023-11-17"},          {"Bùi Thanh Sơn", "Tôn Vệ Đông", "2023-11-17"},
      {"Bùi Thanh Sơn", "Hàn Chính", "2023-11-17"},           {"Bùi Thanh Sơn", "Lưu Ninh", "2023-11-16"},
      {"Cao Tường Huy", "Cho Hyun-joon", "2024-07-09"},       {"Vũ Đại Thắng", "Choi Young-sam", "2024-07-09"},
      {"Cao Tường Huy", "Choi Young-sam", "2024-07-08"},      {"Phan Văn Giang", "Tea Seiha", "--01-22"},
      {"Nguyễn Tân Cương", "Tea Seiha", "--01-22"},           {"Phạm Minh Chính", "Srettha Thavisin", "2024-01-12"},
      {"Bùi Thanh Sơn", "Urawadee Sriphiromya", "2024-01-12"}, {"Trần Đình Nhân", "Chanthaboun Soukaloun", "2023-09-28"},
      {"Đặng Hoàng An", "Phoxay Sayasone", "2023-09-28"},     {"Đặng Hoàng An", "Chansaveng Boungnong", "2023-09-27"},
      {"Trần Sỹ Thanh", "Orlando Nicolás Hernández Guillén", "2023-09-05"},
      {"Hà Minh Hải", "Sandeep Arya", "2023-09-05"},          {"Rajesh Kumar", "Sandeep Arya", "2023-09-05"},
      {"Huỳnh Thành Đạt", "Lee Jong-ho", "--06-20"},          {"Bùi Thế Duy", "Rebecca Bradley", "--06-19"},
      {"Tô Lâm", "Gennady Bezdetko", "2024-04-03"},           {"Lương Tam Quang", "Julien Guerrier", "2024-04-03"},
      {"Julien Guerrier", "Phạm Thế Tùng", "2024-04-03"},
  };

  // Greeted, reporting, preparing and cited persons did not meet these.
  const std::vector<Pair> never = {
      {"Maha Vajiralongkorn", "Phạm Minh Chính", ""}, {"Maha Vajiralongkorn", "Srettha Thavisin", ""},
      {"Tập Cận Bình", "Bùi Thanh Sơn", ""},          {"Nguyễn Phú Trọng", "Vương Nghị", ""},
      {"Gennady Bezdetko", "Vladimir Kolokoltsev", ""}, {"Trần Hồng Hà", "Phạm Minh Chính", ""},
      {"Gennady Bezdetko", "Lương Tam Quang", ""},
  };
  testing::CheckMeetings(built, held, never);
  // Photo credits, bylines, schools and prizes are nobody.
  for (const char* name : {"Minh Khôi", "Thu Hằng", "Nguyễn Huệ", "Tạ Quang Bửu", "Nguyễn Văn Cừ", "Hồ Chí Minh",
                           "Nông Cống", "Bảo Lâm"}) {
    CAPTURE(name);
    CHECK_FALSE(query::FindEntity(built.graph, name, {graph::NodeKind::kPerson}).ok());
  }
  CHECK(built.summary.agreements >= 15);
}

}  // namespace
}  // namespace coopgraph::pipeline
