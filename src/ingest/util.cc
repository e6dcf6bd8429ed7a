#include "ingest/util.h"

#include <algorithm>
#include <cctype>

#include "base/hash.h"
#include "coopgraph/ingest/ingest.h"
#include "coopgraph/base/date.h"

namespace coopgraph::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_len digits at *i; returns -1 when there is none.
int ReadNumber(std::string_view s, std::size_t* i, int max_len) {
  int value = 0;
  int len = 0;
  while (*i < s.size() && IsDigit(s[*i]) && len < max_len) {
    value = value * 10 + (s[*i] - '0');
    ++*i;
    ++len;
  }
  if (len == 0 || (*i < s.size() && IsDigit(s[*i]))) return -1;  // too long
  return value;
}

// "2024-05-29", "2024-05" (day 0) or "2024" (month 0).
std::string Iso(int year, int month, int day) { return PartialDate{year, month, day}.ToIso(); }

bool IsSeparator(char c) { return c == '-' || c == '/' || c == '.'; }

// Tries to read a date that starts at `start` (a digit not preceded by one).
std::string DateAt(std::string_view s, std::size_t start) {
  std::size_t i = start;
  const std::size_t first_begin = i;
  const int first = ReadNumber(s, &i, 4);
  if (first < 0) return "";
  const std::size_t first_len = i - first_begin;
  if (first_len == 4) {  // year first: YYYY[-MM[-DD]]
    if (i >= s.size() || !IsSeparator(s[i])) return "";
    const char sep = s[i++];
    const int month = ReadNumber(s, &i, 2);
    if (month < 1 || month > 12) return "";
    if (i < s.size() && s[i] == sep) {
      ++i;
      const int day = ReadNumber(s, &i, 2);
      return IsValidDate(first, month, day) ? Iso(first, month, day) : "";
    }
    return sep == '-' ? Iso(first, month, 0) : "";
  }
  // Day first, as Vietnamese outlets write dates: DD/MM/YYYY.
  if (i >= s.size() || !IsSeparator(s[i])) return "";
  const char sep = s[i++];
  const int month = ReadNumber(s, &i, 2);
  if (month < 0 || i >= s.size() || s[i] != sep) return "";
  ++i;
  const std::size_t year_begin = i;
  const int year = ReadNumber(s, &i, 4);
  if (i - year_begin != 4) return "";
  return IsValidDate(year, month, first) ? Iso(year, month, first) : "";
}

constexpr int kFirstUrlYear = 1995;  // news sites with dated URLs
constexpr int kLastUrlYear = 2099;

bool UrlYear(int year) { return year >= kFirstUrlYear && year <= kLastUrlYear; }

// The n-digit number at s[at], or -1.
int DigitsAt(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!IsDigit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

bool ValidTime(std::string_view digits) {
  const int hour = DigitsAt(digits, 0, 2), minute = DigitsAt(digits, 2, 2), second = DigitsAt(digits, 4, 2);
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

// "2024/05/29", "2024-05-29", "2024/05/" at a 4-digit run that starts at `at`.
std::string SeparatedUrlDate(std::string_view url, std::size_t at) {
  const int year = DigitsAt(url, at, 4);
  std::size_t i = at + 4;
  if (!UrlYear(year) || i >= url.size() || (url[i] != '/' && url[i] != '-')) return "";
  const char sep = url[i++];
  const int month = ReadNumber(url, &i, 2);
  if (month < 1 || month > 12 || i - at != 7) return "";
  if (i < url.size() && url[i] == sep && i + 1 < url.size() && IsDigit(url[i + 1])) {
    ++i;
    const std::size_t day_begin = i;
    const int day = ReadNumber(url, &i, 2);
    return i - day_begin == 2 && IsValidDate(year, month, day) ? Iso(year, month, day) : "";
  }
  // A month folder: "/2015/07/".
  return sep == '/' && url[at - 1] == '/' && (i == url.size() || url[i] == '/') ? Iso(year, month, 0) : "";
}

// A run of digits read as a date: yyyymmdd, yyyymmddhhmmss with up to three
// digits of milliseconds, ddd + yymmddhhmmss + milliseconds, or (a whole
// path segment) yyyymm.
std::string DigitRunDate(std::string_view run, bool folder) {
  int year = 0;
  std::string_view rest;  // mmdd and maybe a time
  if (run.size() == 18) {
    year = 2000 + DigitsAt(run, 3, 2);
    rest = run.substr(5, 10);
  } else if (run.size() == 8 || (run.size() >= 14 && run.size() <= 17)) {
    year = DigitsAt(run, 0, 4);
    rest = run.substr(4, std::min<std::size_t>(run.size() - 4, 10));
  } else if (run.size() == 6 && folder) {
    year = DigitsAt(run, 0, 4);
    const int month = DigitsAt(run, 4, 2);
    return UrlYear(year) && month >= 1 && month <= 12 ? Iso(year, month, 0) : "";
  } else {
    return "";
  }
  const int month = DigitsAt(rest, 0, 2), day = DigitsAt(rest, 2, 2);
  if (!UrlYear(year) || !IsValidDate(year, month, day)) return "";
  if (rest.size() > 4 && !ValidTime(rest.substr(4))) return "";
  return Iso(year, month, day);
}

}  // namespace

std::string DateFromUrl(std::string_view url) {
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (!IsDigit(url[i]) || (i > 0 && IsDigit(url[i - 1]))) continue;
    std::size_t end = i;
    while (end < url.size() && IsDigit(url[end])) ++end;
    std::string date = end - i == 4 && i > 0 ? SeparatedUrlDate(url, i) : "";
    const bool folder = i > 0 && url[i - 1] == '/' && (end == url.size() || url[end] == '/');
    if (date.empty()) date = DigitRunDate(url.substr(i, end - i), folder);
    if (!date.empty()) return date;
    i = end;
  }
  return "";
}

std::string ContentId(std::string_view text) { return HexDigits(Fnv1a64(text), 16); }

std::string NormalizeDate(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!IsDigit(value[i]) || (i > 0 && IsDigit(value[i - 1]))) continue;
    std::string date = DateAt(value, i);
    if (!date.empty()) return date;
  }
  // A bare year ("2024") is the least a record can say.
  std::size_t i = 0;
  while (i < value.size() && std::isspace(static_cast<unsigned char>(value[i]))) ++i;
  const int year = ReadNumber(value, &i, 4);
  while (i < value.size() && std::isspace(static_cast<unsigned char>(value[i]))) ++i;
  if (year >= 1000 && i == value.size()) return Iso(year, 0, 0);
  return "";
}

}  // namespace coopgraph::ingest
