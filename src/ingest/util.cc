#include "ingest/util.h"

#include <cctype>

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

bool ValidDay(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string Pad(int value, int width) {
  std::string s = std::to_string(value);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

std::string Iso(int year, int month, int day) {
  std::string out = Pad(year, 4);
  if (month > 0) out += "-" + Pad(month, 2);
  if (day > 0) out += "-" + Pad(day, 2);
  return out;
}

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
      return ValidDay(first, month, day) ? Iso(first, month, day) : "";
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
  return ValidDay(year, month, first) ? Iso(year, month, first) : "";
}

}  // namespace

std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string ContentId(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t hash = Fnv1a64(text);
  std::string out(16, '0');
  for (int k = 15; k >= 0; --k) {
    out[static_cast<std::size_t>(k)] = kHex[hash & 0xF];
    hash >>= 4;
  }
  return out;
}

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

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == AsciiLower(prefix);
}

}  // namespace coopgraph::ingest
