// ParseBytes on HTML, JSON and JSON Lines, and on every byte encoding.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "coopgraph/ingest/ingest.h"
#include "ingest/parse_bytes.h"

namespace coopgraph::ingest {
namespace {

using Catch::Contains;

const IngestOptions kNoOptions;

Document ParseOne(const std::string& name, const std::string& bytes) {
  IngestResult result = ParseBytes(name, bytes, kNoOptions);
  REQUIRE(result.documents.size() == 1);
  return result.documents[0];
}

// Messages of the warnings about `file`, joined, for Contains checks.
std::string WarningsFor(const IngestResult& result, const std::string& file) {
  std::string all;
  for (const Warning& w : result.warnings) {
    if (w.file == file) all += w.message + "\n";
  }
  return all;
}

// ---- HTML ----

TEST_CASE("html: chrome, scripts and comments go; blocks become lines", "[ingest]") {
  const std::string page = R"(<!DOCTYPE html>
<html><head>
<title>Tiêu đề trang | Báo X</title>
<meta property="og:title" content="Việt Nam &amp; Lào hợp tác">
<meta property="og:site_name" content="Báo X">
<meta property="article:published_time" content="2024-05-30T08:00:00+07:00">
<link rel="canonical" href="https://baox.vn/viet-nam-lao.html">
<style>p { color: red; }</style>
<script>var s = "<p>không phải văn bản</p>";</script>
</head><body>
<header><a href="/">Trang chủ</a></header>
<nav><ul><li>Thời sự</li><li>Thế giới</li></ul></nav>
<article>
<h1>Việt Nam &amp; Lào hợp tác</h1>
<p>Ng&agrave;y 30/5, B&#7897; KH&amp;CN; Vi&#x1EC7;t Nam và Lào
   đã ký   thỏa thuận.<br>Hai bên&nbsp;nhất trí.</p>
<!-- <p>bình luận ẩn</p> -->
<div><p>Đoạn hai: a &lt; b và c &gt; d.</p></div>
<noscript>Bật JavaScript</noscript>
<aside>Tin liên quan</aside>
</article>
<form><input value="Tìm kiếm"></form>
<footer>© Báo X</footer>
</body></html>)";
  Document doc = ParseOne("page.html", page);
  CHECK(doc.title == "Việt Nam & Lào hợp tác");
  CHECK(doc.url == "https://baox.vn/viet-nam-lao.html");
  CHECK(doc.date_published == "2024-05-30");
  CHECK(doc.outlet == "Báo X");
  CHECK(doc.text ==
        "Ngày 30/5, Bộ KH&CN Việt Nam và Lào đã ký thỏa thuận.\nHai bên nhất trí.\n\n"
        "Đoạn hai: a < b và c > d.");
}

TEST_CASE("html: metadata fallbacks", "[ingest]") {
  struct Case {
    const char* head;
    const char* title;
    const char* url;
    const char* date;
  };
  const Case cases[] = {
      {"<title> Chỉ  thẻ title </title><meta property=\"og:url\" content=\"https://a.vn/x\">"
       "<meta name=\"pubdate\" content=\"30/05/2024 08:00\">",
       "Chỉ thẻ title", "https://a.vn/x", "2024-05-30"},
      {"<TITLE>T</TITLE><META NAME='PubDate' CONTENT='2023-12-01'>", "T", "", "2023-12-01"},
      {"<title>T</title>", "T", "", ""},
      // schema.org JSON-LD, as many outlets write it.
      {"<title>T</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
       "\"datePublished\": \"2023-11-29T16:28:00+07:00\"}</script>",
       "T", "", "2023-11-29"},
      {"<title>T</title><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\","
       "\n  \"datePublished\":\"29/11/2023\"}]}</script>",
       "T", "", "2023-11-29"},
      // Negative: another script's field is no publication date.
      {"<title>T</title><script>var datePublished = \"2023-11-29\";</script>", "T", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.head);
    Document doc = ParseOne("m.htm", std::string("<html><head>") + c.head +
                                         "</head><body><p>Nội dung.</p></body></html>");
    CHECK(doc.title == c.title);
    CHECK(doc.url == c.url);
    CHECK(doc.date_published == c.date);
    CHECK(doc.text == "Nội dung.");
  }
  Document timed = ParseOne("t.HTML", "<h1>Tiêu đề H1</h1><time datetime=\"2021-06-23T20:00\">"
                                      "23/6</time><p>Nội dung.</p>");
  CHECK(timed.title == "Tiêu đề H1");
  CHECK(timed.date_published == "2021-06-23");
  CHECK(timed.text == "23/6\n\nNội dung.");  // the h1 repeating the title leaves the body
}

TEST_CASE("html: malformed markup is read without losing text", "[ingest]") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p>a < b và 3<4</p><p>tiếp", "a < b và 3<4\n\ntiếp"},
      {"<div><p>không đóng thẻ<div>vẫn đọc", "không đóng thẻ\n\nvẫn đọc"},
      {"<p class=\"x>Mất dấu nháy</p><p>Sau đó.</p>", "Mất dấu nháy\n\nSau đó."},
      {"<p>Trước.</p><!-- bình luận không đóng <p>ẩn</p>", "Trước."},
      {"<p>Trước.</p><script>không đóng", "Trước."},
      {"<title>không đóng<p>Nội dung.</p>", "không đóng\n\nNội dung."},
      {"<header><p>Nội dung sau header không đóng.</p>", "Nội dung sau header không đóng."},
      {"<p>Trước.</p></ 3><p>Sau.</p>", "Trước.\n\nSau."},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(ParseOne("bad.html", c.html).text == c.text);
  }
}

TEST_CASE("html: deep nesting and a 10 MB single line stay linear", "[ingest]") {
  std::string deep;
  for (int k = 0; k < 200000; ++k) deep += "<div><span>";
  deep += "Sâu.";
  CHECK(ParseOne("deep.html", deep).text == "Sâu.");

  std::string line = "<p>";
  while (line.size() < 10 * 1024 * 1024) line += "Hợp tác <b>Việt</b> &amp; Lào < ";
  Document big = ParseOne("big.html", line);
  CHECK(big.text.size() > 5 * 1024 * 1024);
  CHECK(big.text.find('\n') == std::string::npos);

  std::string unclosed;  // every quote and tag left open
  for (int k = 0; k < 100000; ++k) unclosed += "<a href=\"x <title> <script";
  IngestResult result = ParseBytes("open.html", unclosed, kNoOptions);
  CHECK(result.documents.size() <= 1);
}

// ---- JSON ----

TEST_CASE("jsonl: a bad line is a warning, the other lines are read", "[ingest]") {
  const std::string jsonl =
      "{\"text\": \"Bài một.\", \"url\": \"https://a.vn/1\", \"title\": \"Một\", \"date\": \"30/05/2024\", \"id\": 7}\n"
      "{\"text\": \"Bài hỏng\n"
      "{\"title\": \"Không có nội dung\"}\n"
      "\n"
      "{\"text\": \"Bài hai: Bộ KH&CN; họp.\", \"date\": \"2024-05-30T08:00:00+07:00\"}\n"
      "{\"text\": \"Bài ba.\", \"date\": \"hôm qua\"}\n";
  IngestResult result = ParseBytes("feed.jsonl", jsonl, kNoOptions);
  REQUIRE(result.documents.size() == 3);
  CHECK(result.documents[0].source_path == "feed.jsonl#1");
  CHECK(result.documents[0].title == "Một");
  CHECK(result.documents[0].url == "https://a.vn/1");
  CHECK(result.documents[0].date_published == "2024-05-30");
  CHECK(result.documents[0].text == "Bài một.");
  CHECK(result.documents[1].source_path == "feed.jsonl#5");
  CHECK(result.documents[1].text == "Bài hai: Bộ KH&CN họp.");
  CHECK(result.documents[1].date_published == "2024-05-30");
  CHECK(result.documents[2].date_published.empty());
  CHECK_THAT(WarningsFor(result, "feed.jsonl"), Contains("line 2: invalid JSON"));
  CHECK_THAT(WarningsFor(result, "feed.jsonl#3"), Contains("no string \"text\""));
  CHECK_THAT(WarningsFor(result, "feed.jsonl#6"), Contains("\"hôm qua\" not recognized"));
}

TEST_CASE("json: the publication date under the names feeds give it", "[ingest]") {
  struct Case {
    std::string record;
    std::string date;
  };
  const std::vector<Case> cases = {
      {R"({"text": "Bài.", "datePublished": "2024-05-30T08:00:00+07:00"})", "2024-05-30"},
      {R"({"text": "Bài.", "published_at": "30/05/2024"})", "2024-05-30"},
      {R"({"text": "Bài.", "publishedAt": "2024-05-30"})", "2024-05-30"},
      {R"({"text": "Bài.", "pubDate": "2024-05-30"})", "2024-05-30"},
      {R"({"text": "Bài.", "date": "2024-05-29", "published": "2024-05-30"})", "2024-05-29"},  // "date" first
      {R"({"text": "Bài.", "updated": "2024-05-30"})", ""},  // not a publication date
  };
  for (const Case& c : cases) {
    CAPTURE(c.record);
    CHECK(ParseOne("r.json", c.record).date_published == c.date);
  }
}

TEST_CASE("json: an array of records or one record", "[ingest]") {
  IngestResult array = ParseBytes(
      "a.json", R"([{"text": "Một.", "id": "abc"}, 42, {"text": "Hai.", "title": "T"}])", kNoOptions);
  REQUIRE(array.documents.size() == 2);
  CHECK(array.documents[0].source_path == "a.json#1");
  CHECK(array.documents[0].id != "abc");  // always the content hash
  CHECK(array.documents[0].id.size() == 16);
  CHECK(array.documents[1].source_path == "a.json#3");
  CHECK(array.documents[1].title == "T");
  CHECK_THAT(WarningsFor(array, "a.json#2"), Contains("not a JSON object"));

  Document one = ParseOne("o.json", R"({"text": "Đoạn một.\n\n\n\nĐoạn hai.", "date": "2024-05"})");
  CHECK(one.source_path == "o.json");
  CHECK(one.text == "Đoạn một.\n\nĐoạn hai.");
  CHECK(one.date_published == "2024-05");

  IngestResult broken = ParseBytes("b.json", "[{\"text\": \"x\"},\n{", kNoOptions);
  CHECK(broken.documents.empty());
  CHECK_THAT(WarningsFor(broken, "b.json"), Contains("invalid JSON") && Contains("line 2"));

  // A lone surrogate escape still yields valid UTF-8.
  CHECK(ParseOne("s.json", R"({"text": "a\udc00b"})").text == "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b");

  std::string nested(100000, '[');  // parsed iteratively: no stack overflow
  CHECK(ParseBytes("n.json", nested, kNoOptions).documents.empty());
}

TEST_CASE("records with the same text are kept once", "[ingest]") {
  IngestResult result =
      ParseBytes("d.jsonl", "{\"text\": \"Giống.\"}\n{\"text\": \"Giống.\"}\n", kNoOptions);
  REQUIRE(result.documents.size() == 1);
  CHECK_THAT(WarningsFor(result, "d.jsonl#2"), Contains("same text as d.jsonl#1"));
}

// ---- Encodings ----

const char kVietNam[] = "Việt Nam và Lào hợp tác.";

TEST_CASE("encodings: UTF-8 with BOM and UTF-16 with or without BOM", "[ingest]") {
  CHECK(ParseOne("bom.txt", std::string("\xEF\xBB\xBF") + kVietNam).text == kVietNam);

  // "Việt." as UTF-16: V i U+1EC7 t .
  const std::string le("\xFF\xFEV\0i\0\xC7\x1Et\0.\0", 12);
  const std::string be("\xFE\xFF\0V\0i\x1E\xC7\0t\0.", 12);
  const std::string le_no_bom("V\0i\0\xC7\x1Et\0.\0 \0N\0a\0m\0.\0", 20);
  for (const std::string& bytes : {le, be, le_no_bom}) {
    IngestResult result = ParseBytes("u16.txt", bytes, kNoOptions);
    REQUIRE(result.documents.size() == 1);
    CHECK_THAT(result.documents[0].text, Catch::StartsWith("Việt."));
  }
  CHECK(ParseBytes("u16.txt", le, kNoOptions).warnings.empty());
  CHECK_THAT(WarningsFor(ParseBytes("u16.txt", le_no_bom, kNoOptions), "u16.txt"),
             Contains("UTF-16LE"));
}

TEST_CASE("encodings: bad UTF-16 units and bad UTF-8 bytes are counted, offsets from the file's start", "[ingest]") {
  struct Case {
    const char* what;
    std::string bytes;
    std::string text;
    std::string warning;
  };
  const std::string R = "\xEF\xBF\xBD";
  const std::vector<Case> cases = {
      {"UTF-16LE with BOM, a lone high surrogate", std::string("\xFF\xFEH\0\x3D\xD8i\0", 8), "H" + R + "i",
       "1 invalid UTF-16 code unit(s) replaced with U+FFFD"},
      {"UTF-16BE with BOM, a lone low surrogate", std::string("\xFE\xFF\0H\xDE\0\0i", 8), "H" + R + "i",
       "1 invalid UTF-16 code unit(s) replaced with U+FFFD"},
      {"UTF-8 with BOM, the offset counts the BOM", "\xEF\xBB\xBF" "ab\xFF", "ab" + R,
       "1 invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte offset 5)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    IngestResult result = ParseBytes("e.txt", c.bytes, kNoOptions);
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].text == c.text);
    CHECK_THAT(WarningsFor(result, "e.txt"), Contains(c.warning));
  }
}

TEST_CASE("encodings: Windows-1258 is decoded and NFC-composed", "[ingest]") {
  // ệ = ê (0xEA) + dot below (0xF2); ợ = ơ (0xF5) + dot below; à precomposed
  // (0xE0) and as a + combining grave (0xCC); á = a + acute (0xEC).
  const std::string cp1258 = "Vi\xEA\xF2t Nam v\xE0 La\xCCo h\xF5\xF2p ta\xEC" "c.";
  IngestResult result = ParseBytes("old.txt", cp1258, kNoOptions);
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].text == kVietNam);
  CHECK_THAT(WarningsFor(result, "old.txt"), Contains("not valid UTF-8, decoded as Windows-1258"));
}

TEST_CASE("encodings: a few broken bytes in UTF-8 become U+FFFD", "[ingest]") {
  const std::string bytes = "Việt Nam và Lào \xFF hợp tác \xE1\xBB trong nhiều lĩnh vực.";
  IngestResult result = ParseBytes("broken.txt", bytes, kNoOptions);
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].text ==
        "Việt Nam và Lào \xEF\xBF\xBD hợp tác \xEF\xBF\xBD\xEF\xBF\xBD trong nhiều lĩnh vực.");
  CHECK_THAT(WarningsFor(result, "broken.txt"),
             Contains("3 invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte offset 20)"));
}

TEST_CASE("encodings: binary, empty and blank files are warnings", "[ingest]") {
  std::string binary;
  std::uint32_t state = 12345;
  for (int k = 0; k < 4096; ++k) {
    state = state * 1103515245u + 12345u;
    binary.push_back(static_cast<char>(state >> 16));
  }
  struct Case {
    std::string bytes;
    const char* message;
  };
  const Case cases[] = {
      {binary, "looks binary, skipped"},
      {std::string("PK\x03\x04\0\0\x14\0", 8), "looks binary, skipped"},
      {"", "empty, skipped"},
      {" \n\t\r\n\xC2\xA0\n", "empty, skipped"},
      {"\xEF\xBB\xBF", "empty, skipped"},
  };
  for (const Case& c : cases) {
    IngestResult result = ParseBytes("f.txt", c.bytes, kNoOptions);
    CHECK(result.documents.empty());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].file == "f.txt");
    CHECK(result.warnings[0].message == c.message);
  }
}

}  // namespace
}  // namespace coopgraph::ingest
