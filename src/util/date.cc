#include "util/date.h"

#include <charconv>
#include <cstdio>

namespace factlens {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date Date::FromDayNumber(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Day(static_cast<int32_t>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

static bool IsLeap(int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int32_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

int64_t Date::EarliestDay() const {
  return DaysFromCivil(year, precision >= Precision::kMonth ? month : 1,
                       precision >= Precision::kDay ? day : 1);
}

int64_t Date::LatestDay() const {
  if (precision == Precision::kDay) return DaysFromCivil(year, month, day);
  const int m = precision == Precision::kMonth ? month : 12;
  return DaysFromCivil(year, m, DaysInMonth(year, m));
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (index 3 when Monday is 0).
  const int64_t n = DayNumber();
  return static_cast<int>(((n % 7) + 7 + 3) % 7);
}

std::string Date::ToString() const {
  char buf[32];
  switch (precision) {
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    default: return "";
  }
  return buf;
}

static bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::optional<Date> Date::Parse(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  Date d;
  int y = 0, m = 0, dd = 0;
  const size_t first = text.find('-');
  if (!ParseInt(text.substr(0, first), y)) return std::nullopt;
  d.year = negative ? -y : y;
  d.precision = Precision::kYear;
  if (first == std::string_view::npos) return d;
  text.remove_prefix(first + 1);
  const size_t second = text.find('-');
  if (!ParseInt(text.substr(0, second), m) || m < 1 || m > 12) return std::nullopt;
  d.month = static_cast<uint8_t>(m);
  d.precision = Precision::kMonth;
  if (second == std::string_view::npos) return d;
  if (!ParseInt(text.substr(second + 1), dd) || dd < 1 || dd > DaysInMonth(d.year, m))
    return std::nullopt;
  d.day = static_cast<uint8_t>(dd);
  d.precision = Precision::kDay;
  return d;
}

std::optional<Date> Date::FromWikidata(std::string_view time, int precision) {
  // "+2008-05-08T00:00:00Z"; month/day are "00" when unknown.
  const size_t t = time.find('T');
  if (t == std::string_view::npos || time.size() < 2) return std::nullopt;
  std::string_view ymd = time.substr(0, t);
  const bool negative = ymd[0] == '-';
  if (ymd[0] == '+' || ymd[0] == '-') ymd.remove_prefix(1);
  const size_t a = ymd.find('-');
  const size_t b = a == std::string_view::npos ? a : ymd.find('-', a + 1);
  int y = 0, m = 0, d = 0;
  if (b == std::string_view::npos || !ParseInt(ymd.substr(0, a), y) ||
      !ParseInt(ymd.substr(a + 1, b - a - 1), m) || !ParseInt(ymd.substr(b + 1), d))
    return std::nullopt;
  Date out;
  out.year = negative ? -y : y;
  if (precision >= 11 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(out.year, m)) {
    out.month = static_cast<uint8_t>(m);
    out.day = static_cast<uint8_t>(d);
    out.precision = Precision::kDay;
  } else if (precision >= 10 && m >= 1 && m <= 12) {
    out.month = static_cast<uint8_t>(m);
    out.precision = Precision::kMonth;
  } else if (precision >= 9) {
    out.precision = Precision::kYear;
  } else {
    return std::nullopt;  // decades, centuries: too coarse to check claims against
  }
  return out;
}

}  // namespace factlens
