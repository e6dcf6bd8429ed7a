// Specification of entity resolution: short references inside an article,
// the same person or organisation across articles, and namesakes kept apart.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../extract/extract_test_util.h"
#include "coopgraph/resolve/resolve.h"

namespace coopgraph::resolve {
namespace {

using extract::testing::Doc;
using extract::testing::TheLexicon;

// Articles as (id, published, text); each is extracted and added, in id
// order as the resolver takes them.
struct ArticleText {
  std::string id, published, text;
};

Resolution Resolve(std::vector<ArticleText> articles) {
  std::sort(articles.begin(), articles.end(), [](const ArticleText& a, const ArticleText& b) { return a.id < b.id; });
  extract::Extractor extractor(TheLexicon());
  Resolver resolver(TheLexicon());
  for (const auto& a : articles) {
    const ingest::Document doc = Doc(a.text, a.published, a.id);
    REQUIRE(resolver.Add(doc, extractor.Extract(doc)).ok());
  }
  return resolver.Finish();
}

std::string Dump(const Resolution& r) {
  std::string out;
  for (std::size_t i = 0; i < r.entities.size(); ++i) {
    const Entity& e = r.entities[i];
    out += "  #" + std::to_string(i) + " " + extract::testing::KindName(e.kind) + " \"" + e.name +
           "\" country=" + e.country + " sources=" + std::to_string(e.sources.size());
    for (const auto& n : e.alternate_names) out += " aka=\"" + n + "\"";
    out += "\n";
  }
  for (const auto& ev : r.events) {
    out += "  event kind=" + std::to_string(static_cast<int>(ev.kind)) + " start=" + ev.start.ToIso() +
           " attendees:";
    for (const auto& a : ev.attendees) out += " #" + std::to_string(a.entity);
    out += "\n";
  }
  return out;
}

std::vector<const Entity*> Named(const Resolution& r, MentionKind kind, const std::string& name) {
  std::vector<const Entity*> out;
  for (const auto& e : r.entities)
    if (e.kind == kind && e.name == name) out.push_back(&e);
  return out;
}

std::vector<const Entity*> NameContains(const Resolution& r, MentionKind kind, const std::string& part) {
  std::vector<const Entity*> out;
  for (const auto& e : r.entities)
    if (e.kind == kind && e.name.find(part) != std::string::npos) out.push_back(&e);
  return out;
}

int IndexOf(const Resolution& r, const Entity* e) { return static_cast<int>(e - r.entities.data()); }

struct ShortCase {
  std::string text;
  std::string full;   // the person named in full
  std::string short_form;  // the later reference, which must not become an entity
};

TEST_CASE("A short reference later in an article is the person named in full", "[resolve]") {
  const std::vector<ShortCase> cases = {
      {"Sáng 4/3, Bộ trưởng Bộ Tài chính Hồ Đức Phớc hội đàm với Bộ trưởng Tài chính Lào Santiphap "
       "Phomvihane. Bộ trưởng Phớc khẳng định hai bên sẽ đẩy mạnh hợp tác.",
       "Hồ Đức Phớc", "Phớc"},
      {"Sáng 9/5, Phó Thủ tướng Lê Minh Khái tiếp ông Nguyễn Văn Sơn, Chủ tịch Hiệp hội doanh nghiệp. "
       "Ông Sơn cho biết các doanh nghiệp mong muốn mở rộng đầu tư.",
       "Nguyễn Văn Sơn", "Sơn"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const Resolution r = Resolve({{"a1", "2024-05-10", c.text}});
    CAPTURE(c.text);
    INFO(Dump(r));
    auto full = Named(r, MentionKind::kPerson, c.full);
    REQUIRE(full.size() == 1);
    CHECK(Named(r, MentionKind::kPerson, c.short_form).empty());
    CHECK(full[0]->country == "VN");
  }
}

TEST_CASE("A short reference that speaks at a meeting makes the full person attend", "[resolve]") {
  const Resolution r = Resolve({{"a1", "2024-03-05",
                                 "Sáng 4/3, Bộ trưởng Bộ Tài chính Hồ Đức Phớc hội đàm với Bộ trưởng Tài chính "
                                 "Lào Santiphap Phomvihane. Bộ trưởng Phớc khẳng định hai bên sẽ đẩy mạnh hợp tác."}});
  INFO(Dump(r));
  auto phoc = Named(r, MentionKind::kPerson, "Hồ Đức Phớc");
  REQUIRE(phoc.size() == 1);
  REQUIRE(r.events.size() == 1);
  bool attends = false;
  for (const auto& a : r.events[0].attendees) attends |= a.entity == IndexOf(r, phoc[0]);
  CHECK(attends);
}

TEST_CASE("The same person named in two articles is one entity", "[resolve]") {
  struct Case {
    ArticleText first, second;
    std::string name;
  };
  const std::vector<Case> cases = {
      {{"a1", "2024-04-02", "Sáng 2/4, Thứ trưởng Bộ Công Thương Phan Thị Thắng tiếp Đại sứ Ai Cập Amr Hamza."},
       {"a2", "2024-06-11", "Ngày 10/6, Thứ trưởng Phan Thị Thắng làm việc với Bộ trưởng Thương mại Thái Lan."},
       "Phan Thị Thắng"},
      {{"a1", "2024-04-02", "Thủ tướng Lào Sonexay Siphandone tiếp Đại sứ Việt Nam Nguyễn Minh Tâm."},
       {"a2", "2024-06-11", "Ngày 10/6, Thủ tướng Sonexay Siphandone thăm tỉnh Nghệ An."},
       "Sonexay Siphandone"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.first.text) {
    const Resolution r = Resolve({c.first, c.second});
    CAPTURE(c.first.text, c.second.text);
    INFO(Dump(r));
    auto found = Named(r, MentionKind::kPerson, c.name);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->sources == std::vector<std::string>{"a1", "a2"});
  }
}

TEST_CASE("The same name with different countries stays two entities", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-04-02", "Đại sứ Hàn Quốc Kim Min-jae phát biểu tại hội thảo."},
      {"a2", "2024-05-02", "Thứ trưởng Ngoại giao Triều Tiên Kim Min-jae đã đến Viêng Chăn."},
  });
  INFO(Dump(r));
  auto kims = Named(r, MentionKind::kPerson, "Kim Min-jae");
  REQUIRE(kims.size() == 2);
  CHECK(kims[0]->country != kims[1]->country);
}

TEST_CASE("A known public figure keeps the gazetteer's country over one guessed from a body", "[resolve]") {
  // "Bộ Ngoại giao" alone is read as Viet Nam's; the gazetteer knows Wang Yi is Chinese.
  const Resolution r = Resolve({
      {"a1", "2024-08-20", "Tham dự hội kiến có Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Vương Nghị."},
  });
  INFO(Dump(r));
  auto wang = Named(r, MentionKind::kPerson, "Vương Nghị");
  REQUIRE(wang.size() == 1);
  CHECK(wang[0]->country == "CN");
}

TEST_CASE("A name with and without its middle initial is one person", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-03-08",
       "Chiều 7/3, ông Lê Trí Thanh đã tiếp ngài Marc E. Knapper, Đại sứ Hoa Kỳ tại Việt Nam. "
       "Đại sứ Marc Knapper cảm ơn tỉnh."},
  });
  INFO(Dump(r));
  CHECK(Named(r, MentionKind::kPerson, "Marc E. Knapper").size() + Named(r, MentionKind::kPerson, "Marc Knapper").size() == 1);
}

TEST_CASE("An abbreviated and a full organisation name in two articles are one entity", "[resolve]") {
  struct Case {
    std::string short_text, full_text, part;
  };
  const std::vector<Case> cases = {
      {"Bộ KH&CN tổ chức hội thảo về chuyển đổi số.", "Bộ Khoa học và Công nghệ công bố chiến lược mới.",
       "Khoa học và Công nghệ"},
      {"UBND tỉnh Lào Cai đón đoàn doanh nghiệp.", "Ủy ban nhân dân tỉnh Lào Cai ban hành kế hoạch.", "Lào Cai"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.short_text) {
    const Resolution r = Resolve({{"a1", "2024-01-02", c.short_text}, {"a2", "2024-02-02", c.full_text}});
    CAPTURE(c.short_text, c.full_text);
    INFO(Dump(r));
    auto orgs = NameContains(r, MentionKind::kOrganization, c.part);
    REQUIRE(orgs.size() == 1);
    CHECK(orgs[0]->sources == std::vector<std::string>{"a1", "a2"});
    CHECK(orgs[0]->country == "VN");
  }
}

TEST_CASE("Ministries of the same name in different countries are two entities", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-01-02", "Bộ Y tế công bố số liệu mới."},
      {"a2", "2024-02-02", "Bộ Y tế Lào tiếp nhận thiết bị."},
  });
  INFO(Dump(r));
  auto orgs = NameContains(r, MentionKind::kOrganization, "Bộ Y tế");
  REQUIRE(orgs.size() == 2);
  CHECK(orgs[0]->country != orgs[1]->country);
}

TEST_CASE("A foreign ministry keeps its country in every name, so a bare name stays the home body's",
          "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-01-02", "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Kenya Amos Ouma."},
      {"a2", "2024-02-02", "Bộ Ngoại giao Chile công bố thông cáo."},
  });
  INFO(Dump(r));
  for (const Entity* e : NameContains(r, MentionKind::kOrganization, "Ngoại giao")) {
    if (e->country == "VN") continue;
    for (const auto& n : e->alternate_names) CHECK(n != "Bộ Ngoại giao");
  }
}

TEST_CASE("A renamed body and its representative office resolve to one entity", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-01-02", "Thành phố có Trung tâm Văn hóa Đức, nay là Viện Goethe tại Đà Nẵng."},
      {"a2", "2024-03-02", "Văn phòng đại diện Tập đoàn Mitsui tại Hà Nội ký hợp đồng. Tập đoàn Mitsui cho biết sẽ mở rộng."},
  });
  INFO(Dump(r));
  CHECK(NameContains(r, MentionKind::kOrganization, "Viện Goethe").size() +
            NameContains(r, MentionKind::kOrganization, "Trung tâm Văn hóa").size() ==
        1);
  CHECK(NameContains(r, MentionKind::kOrganization, "Mitsui").size() == 1);
}

TEST_CASE("A later foreign surname alone is the person named in full", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-01-02", "Thủ tướng Na Uy Jonas Gahr Støre hội đàm với Thủ tướng Phạm Minh Chính. Støre cho biết Na Uy "
                           "muốn tăng đầu tư."},
  });
  INFO(Dump(r));
  CHECK(NameContains(r, MentionKind::kPerson, "Støre").size() == 1);
}

TEST_CASE("A given name after a form of address is the person named in full", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-01-02", "Bộ trưởng Nguyễn Văn Long tiếp đoàn. Ông Long cho biết sẽ hỗ trợ doanh nghiệp."},
  });
  INFO(Dump(r));
  CHECK(NameContains(r, MentionKind::kPerson, "Long").size() == 1);
}

TEST_CASE("An official's ministry follows the official's country", "[resolve]") {
  const Resolution r = Resolve({
      {"a1", "2024-01-02", "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Tea Banh tại Hà Nội."},
      {"a2", "2024-02-02", "Bộ trưởng Bộ Quốc phòng Phan Văn Giang chủ trì hội nghị."},
  });
  INFO(Dump(r));
  auto ministries = NameContains(r, MentionKind::kOrganization, "Bộ Quốc phòng");
  REQUIRE(ministries.size() == 2);
  CHECK(ministries[0]->country != ministries[1]->country);
  // The side of the clause gives the official, and so the ministry, its country.
  const Resolution s = Resolve({
      {"a1", "2024-01-02", "Về phía Indonesia có Bộ trưởng Thương mại Rina Wulandari; phía Việt Nam có Bộ trưởng "
                           "Công Thương Nguyễn Hồng Sơn."},
  });
  INFO(Dump(s));
  auto trade = NameContains(s, MentionKind::kOrganization, "Bộ Thương mại");
  REQUIRE(trade.size() == 1);
  CHECK(trade[0]->country == "ID");
}

TEST_CASE("Adding the same article twice changes nothing", "[resolve]") {
  const std::string text = "Sáng 2/4, Thứ trưởng Phan Thị Thắng tiếp Đại sứ Ai Cập Amr Hamza.";
  const Resolution once = Resolve({{"a1", "2024-04-02", text}});
  const Resolution twice = Resolve({{"a1", "2024-04-02", text}, {"a1", "2024-04-02", text}});
  CHECK(once.entities.size() == twice.entities.size());
  CHECK(once.events.size() == twice.events.size());
  CHECK(twice.articles.size() == 1);
}

}  // namespace
}  // namespace coopgraph::resolve

namespace coopgraph::resolve {
namespace {

TEST_CASE("articles are resolved in increasing id order; one out of order is refused and changes nothing",
          "[resolve]") {
  // Nothing of an article is kept once it is resolved, so the order is the
  // caller's: pipeline::Build sorts by id (tests/pipeline/determinism_test.cc).
  const std::vector<ArticleText> articles = {
      {"a1", "2023-03-02", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Yamada Takio."},
      {"b2", "2023-03-03", "Ông Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Lào Saleumxay Kommasith."},
      {"c3", "2023-03-04", "Đại sứ Yamada Takio thăm tỉnh Quảng Ninh."},
  };
  extract::Extractor extractor(TheLexicon());
  Resolver resolver(TheLexicon());
  auto add = [&](const ArticleText& a) {
    const ingest::Document doc = Doc(a.text, a.published, a.id);
    return resolver.Add(doc, extractor.Extract(doc));
  };
  REQUIRE(add(articles[0]).ok());
  REQUIRE(add(articles[2]).ok());
  const Status late = add(articles[1]);
  CHECK(late.code() == StatusCode::kInvalidArgument);
  CHECK_THAT(late.message(), Catch::Contains("b2") && Catch::Contains("c3"));
  CHECK(add(articles[2]).ok());  // the same article again: ignored
  const std::string resolved = Dump(resolver.Finish());
  CHECK(resolved == Dump(Resolve({articles[0], articles[2]})));
  CHECK(resolved.find("Saleumxay") == std::string::npos);
  CHECK(resolved.find("Yamada Takio") != std::string::npos);
}

}  // namespace
}  // namespace coopgraph::resolve

namespace coopgraph::resolve {
namespace {

TEST_CASE("reports of meetings on different calendar days are never one event", "[resolve]") {
  // Same persons, same kind: one event only when the days agree, or when one
  // report's day lies in the other's range of days (a visit "từ ngày 4 đến 6/10").
  struct Case {
    const char* name;
    const char* first;
    const char* second;
    std::size_t events;
  };
  const Case cases[] = {
      {"a day apart",
       "Chiều 11/9, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào "
       "Vilay Lakhamphong.",
       "Ngày 12/9, Bộ trưởng Tô Lâm và Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong đã hội đàm tại Hà Nội.", 2},
      {"the same day",
       "Chiều 11/9, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào "
       "Vilay Lakhamphong.",
       "Ngày 11/9, Bộ trưởng Tô Lâm và Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong đã hội đàm tại Hà Nội.", 1},
      {"a day inside the other's range",
       "Từ ngày 10 đến 12/9, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào "
       "Vilay Lakhamphong.",
       "Ngày 11/9, Bộ trưởng Tô Lâm và Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong đã hội đàm tại Hà Nội.", 1},
      {"a week apart",
       "Ngày 4/9, Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong.",
       "Ngày 11/9, Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong.", 2},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      const Resolution r = Resolve({{"o1", "2023-09-12", c.first}, {"o2", "2023-09-13", c.second}});
      INFO(Dump(r));
      CHECK(r.events.size() == c.events);
    }
  }
}

TEST_CASE("meeting dates compare on the calendar across month and year ends", "[resolve]") {
  // The README's rule (different calendar days are never one event) holds at
  // a year's end too: "31/12" in a January report is last year's day.
  struct Case {
    const char* name;
    ArticleText first, second;
    std::size_t events;
  };
  const char* talks = ", Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong.";
  auto report = [&](const char* id, const char* published, const std::string& date) {
    return ArticleText{id, published, date + talks};
  };
  const Case cases[] = {
      {"31 December and 1 January", report("o1", "2024-01-01", "Ngày 31/12"), report("o2", "2024-01-02", "Ngày 1/1"),
       2},
      {"31 December, with and without its year", report("o1", "2024-01-02", "Ngày 31/12"),
       report("o2", "2023-12-31", "Ngày 31/12/2023"), 1},
      {"3 days apart across a month end", report("o1", "2024-05-04", "Ngày 30/4"),
       report("o2", "2024-05-04", "Ngày 3/5"), 2},
      {"a leap day inside a range", report("o1", "2024-03-01", "Từ ngày 28 đến 29/2"),
       report("o2", "2024-03-01", "Ngày 29/2"), 1},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      const Resolution r = Resolve({c.first, c.second});
      INFO(Dump(r));
      CHECK(r.events.size() == c.events);
    }
  }
}

TEST_CASE("two outlets' reports of one meeting keep both reports", "[resolve]") {
  const Resolution r = Resolve({
      {"o1", "2023-09-12",
       "Chiều 11/9, tại Hà Nội, Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ An ninh Lào "
       "Vilay Lakhamphong."},
      {"o2", "2023-09-13",
       "Ngày 11/9, Bộ trưởng Tô Lâm và Bộ trưởng Bộ An ninh Lào Vilay Lakhamphong đã hội đàm tại Hà Nội."},
  });
  INFO(Dump(r));
  REQUIRE(r.events.size() == 1);
  const Event& talks = r.events[0];
  CHECK(talks.sources == std::vector<std::string>{"o1", "o2"});
  CHECK(talks.start.ToIso() == "2023-09-11");
  REQUIRE(talks.reported_dates.size() == 2);
  CHECK(talks.reported_dates[0].article_id == "o1");
  CHECK(talks.reported_dates[1].article_id == "o2");
}

TEST_CASE("a minister who moves to another ministry has two dated roles", "[resolve]") {
  const Resolution r = Resolve({
      {"m1", "2021-03-02", "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Đại sứ Lào Sengphet Houngboungnuang."},
      {"m2", "2024-08-20", "Bộ trưởng Bộ Tài chính Nguyễn Hồng Diên làm việc với Bộ trưởng Tài chính Lào."},
  });
  INFO(Dump(r));
  auto dien = Named(r, MentionKind::kPerson, "Nguyễn Hồng Diên");
  REQUIRE(dien.size() == 1);
  std::vector<std::string> roles;
  for (const Role& role : dien[0]->roles) {
    const std::string org = role.organization >= 0 ? r.entities[role.organization].name : "";
    roles.push_back(role.title + " | " + org + " | " + role.date);
  }
  std::sort(roles.begin(), roles.end());
  // Titles are kept as written; each role has its ministry and its date.
  CHECK(roles == std::vector<std::string>{"Bộ trưởng Bộ Công Thương | Bộ Công Thương | 2021-03-02",
                                          "Bộ trưởng Bộ Tài chính | Bộ Tài chính | 2024-08-20"});
}

TEST_CASE("two people who share a name are two entities when they hold the same post in two ministries at once",
          "[resolve]") {
  // Nobody is minister of health and of culture in the same month; three years
  // apart, the same name with the two posts is one person who moved.
  const ArticleText health{"h1", "2024-03-01", "Bộ trưởng Bộ Y tế Trần Văn Lực tiếp Đại sứ Lào."};
  const ArticleText culture{"c1", "2024-03-20",
                            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Trần Văn Lực làm việc với đoàn Lào."};
  const ArticleText culture_later{"c2", "2027-06-20",
                                  "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Trần Văn Lực làm việc với đoàn Lào."};
  const Resolution same_month = Resolve({health, culture});
  INFO(Dump(same_month));
  CHECK(Named(same_month, MentionKind::kPerson, "Trần Văn Lực").size() == 2);
  const Resolution years_apart = Resolve({health, culture_later});
  INFO(Dump(years_apart));
  CHECK(Named(years_apart, MentionKind::kPerson, "Trần Văn Lực").size() == 1);
}

TEST_CASE("half a year between two posts is counted in calendar days", "[resolve]") {
  // The same post in two ministries within 183 days is two people. 1 January
  // to 2 July 2024 is 183 days (2024 is a leap year); a day later is one
  // person who moved.
  struct Case {
    const char* culture_published;
    std::size_t persons;
  };
  const Case cases[] = {{"2024-07-01", 2}, {"2024-07-02", 2}, {"2024-07-03", 1}};
  const ArticleText health{"h1", "2024-01-01", "Bộ trưởng Bộ Y tế Trần Văn Lực tiếp Đại sứ Lào."};
  for (const Case& c : cases) {
    CAPTURE(c.culture_published);
    const ArticleText culture{"c1", c.culture_published,
                              "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Trần Văn Lực làm việc với đoàn Lào."};
    const Resolution r = Resolve({health, culture});
    INFO(Dump(r));
    CHECK(Named(r, MentionKind::kPerson, "Trần Văn Lực").size() == c.persons);
  }
}

TEST_CASE("later short mentions attach to the full entity", "[resolve]") {
  struct Case {
    std::string text, full, short_form;
  };
  const std::vector<Case> cases = {
      {"Sáng 3/4, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà tiếp Đại sứ Lào Khamphao Ernthavanh. "
       "Bộ trưởng Trà đánh giá cao sự hợp tác.",
       "Phạm Thị Thanh Trà", "Trà"},
      {"Sáng 3/4, đồng chí Trần Cẩm Tú tiếp đoàn đại biểu Đảng Nhân dân Cách mạng Lào. "
       "Đồng chí Tú nhấn mạnh quan hệ đặc biệt giữa hai Đảng.",
       "Trần Cẩm Tú", "Tú"},
      {"Chiều 5/6, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki. "
       "Đại sứ Ito Naoki khẳng định Nhật Bản coi trọng quan hệ với Việt Nam. Thủ tướng đề nghị hai bên tăng cường hợp tác.",
       "Phạm Minh Chính", "Thủ tướng"},
      {"Chiều 5/6, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Campuchia Chea Kimtha. "
       "Ngài Đại sứ bày tỏ vui mừng trước sự phát triển của quan hệ hai nước.",
       "Chea Kimtha", "Đại sứ"},
      {"Chiều 5/6, đồng chí Lê Minh Hưng, Chánh Văn phòng Trung ương Đảng, tiếp đoàn Lào. "
       "Đồng chí Lê Minh Hưng khẳng định quan hệ đặc biệt giữa hai Đảng.",
       "Lê Minh Hưng", "đồng chí Lê Minh Hưng"},
  };
  for (const auto& c : cases) DYNAMIC_SECTION(c.text) {
    const Resolution r = Resolve({{"s1", "2024-06-06", c.text}});
    INFO(Dump(r));
    CHECK(Named(r, MentionKind::kPerson, c.full).size() == 1);
    CHECK(Named(r, MentionKind::kPerson, c.short_form).empty());
  }
}

}  // namespace
}  // namespace coopgraph::resolve

namespace coopgraph::resolve {
namespace {

std::vector<std::string> PartyNames(const Resolution& r, const Agreement& a) {
  std::vector<std::string> names;
  for (int p : a.parties) names.push_back(r.entities[p].name);
  std::sort(names.begin(), names.end());
  return names;
}

TEST_CASE("'hai Bộ', 'hai bên' are the two bodies that met", "[resolve]") {
  const std::vector<std::string> texts = {
      "Sáng 5/6, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng "
      "Phoummalaysith. Hai Bộ đã ký Biên bản ghi nhớ về hợp tác y tế giai đoạn 2024 – 2028.",
      "Sáng 5/6, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan hội đàm với Bộ trưởng Bộ Y tế Lào Bounfeng "
      "Phoummalaysith. Sau hội đàm, hai bên đã ký Biên bản ghi nhớ về hợp tác y tế giai đoạn 2024 – 2028.",
  };
  for (const auto& text : texts) DYNAMIC_SECTION(text) {
    const Resolution r = Resolve({{"b1", "2024-06-06", text}});
    INFO(Dump(r));
    REQUIRE(r.agreements.size() == 1);
    CHECK(PartyNames(r, r.agreements[0]) == std::vector<std::string>{"Bộ Y tế", "Bộ Y tế Lào"});
  }
}

}  // namespace
}  // namespace coopgraph::resolve
