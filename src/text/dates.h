// Date expressions in article text, and the document's own date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "util/date.h"

namespace factlens {

// A resolved date expression: the days it may denote (one day, a week, a month, a year).
struct DateRange {
  int64_t first = 0, last = 0;  // day numbers (see Date::DayNumber)
  bool single_day() const { return first == last; }
  std::string ToString() const;  // "2023-03-15", or "2019-01-01..2019-12-31"
};

struct DateMention {
  Span span;
  DateRange range;
  bool explicit_year = false;  // the text gives the year ("March 15th, 2023", "2019")
  bool full_date = false;      // day, month and year all in the text
  std::string expression;      // the words as written
};

// Every date expression in `text`. Expressions without a year (weekdays, "yesterday",
// "on March 14th") are resolved against `reference` and left out when there is none.
std::vector<DateMention> FindDates(std::string_view text, std::optional<Date> reference);

struct DocumentDate {
  std::optional<Date> date;
  std::string basis;  // why: "--date", "HTML meta ...", "dateline", "first full date in the text"
};

// The document's date: `given` (--date), else metadata, else a dateline, else the first full
// date in the text.
DocumentDate ResolveDocumentDate(std::string_view text, std::optional<Date> given, std::optional<Date> metadata,
                                 const std::string& metadata_basis);

}  // namespace factlens
