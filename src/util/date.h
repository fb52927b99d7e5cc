// Calendar dates with the precision they are known to (year, month or day), as Wikidata keeps them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlens {

enum class Precision : uint8_t { kNone = 0, kYear = 9, kMonth = 10, kDay = 11 };

struct Date {
  int32_t year = 0;
  uint8_t month = 0;  // 0 when unknown
  uint8_t day = 0;    // 0 when unknown
  Precision precision = Precision::kNone;

  bool known() const { return precision != Precision::kNone; }
  // "2023-03-15", "2023-03", "2023", or "" when unknown.
  std::string ToString() const;
  // Parses YYYY, YYYY-MM or YYYY-MM-DD (a leading '+' or '-' sign allowed); nullopt if invalid.
  static std::optional<Date> Parse(std::string_view text);
  // Parses a Wikidata time value ("+2008-05-08T00:00:00Z") with its precision code.
  static std::optional<Date> FromWikidata(std::string_view time, int precision);
  static Date Day(int32_t y, int m, int d) {
    return {y, static_cast<uint8_t>(m), static_cast<uint8_t>(d), Precision::kDay};
  }

  // The first and last day this date may denote: 2019 covers 2019-01-01..2019-12-31.
  int64_t EarliestDay() const;
  int64_t LatestDay() const;
  // Days since 1970-01-01 for a day-precision date (proleptic Gregorian).
  int64_t DayNumber() const { return EarliestDay(); }
  static Date FromDayNumber(int64_t days);
  int Weekday() const;  // 0 = Monday .. 6 = Sunday; day precision only

  friend bool operator==(const Date&, const Date&) = default;
};

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);
int DaysInMonth(int32_t year, int month);

}  // namespace factlens
