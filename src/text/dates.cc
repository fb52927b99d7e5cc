#include "text/dates.h"

#include <cctype>

#include "text/normalize.h"

namespace factlens {

namespace {

int MonthNumber(std::string_view word) {
  static const char* kMonths[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                  "september", "october", "november", "december"};
  static const char* kShort[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (word == kMonths[i] || word == kShort[i] || (i == 8 && word == "sept")) return i + 1;
  return 0;
}

int WeekdayNumber(std::string_view word) {
  static const char* kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (word == kDays[i]) return i;
  return -1;
}

bool IsNumber(const Token& t, int* value, size_t max_digits) {
  if (t.folded.empty() || t.folded.size() > max_digits + 2) return false;
  size_t digits = 0;
  while (digits < t.folded.size() && std::isdigit(static_cast<unsigned char>(t.folded[digits]))) ++digits;
  if (digits == 0 || digits > max_digits) return false;
  const std::string_view rest = std::string_view(t.folded).substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return false;
  *value = std::stoi(t.folded.substr(0, digits));
  return true;
}

bool IsYear(const Token& t, int* year) {
  return t.folded.size() == 4 && IsNumber(t, year, 4) && *year >= 1800 && *year <= 2200;
}

// Only whitespace, commas and "of"/"the" may stand between the parts of one date expression.
bool Adjacent(std::string_view text, const Token& a, const Token& b) {
  for (uint32_t i = a.end; i < b.start; ++i)
    if (!std::isspace(static_cast<unsigned char>(text[i])) && text[i] != ',' && text[i] != '.') return false;
  return b.start - a.end <= 3;
}

DateRange DayRange(const Date& d) { return {d.EarliestDay(), d.LatestDay()}; }

// A day and month without a year: the latest such day on or before the reference date.
std::optional<Date> ResolveMonthDay(int month, int day, std::optional<Date> reference) {
  if (!reference) return std::nullopt;
  for (int y = reference->year; y >= reference->year - 1; --y) {
    if (day > DaysInMonth(y, month)) continue;
    const Date d = Date::Day(y, month, day);
    if (d.DayNumber() <= reference->DayNumber()) return d;
  }
  return std::nullopt;
}

// After "March 15" or "15 March" (`*last` is the last of their tokens): an adjacent year
// completes the date; without one, it is resolved against the reference date.
bool CompleteDayMonth(std::string_view text, const std::vector<Token>& tokens, int month, int day,
                      std::optional<Date> reference, size_t* last, DateMention* m) {
  int year = 0;
  const size_t k = *last;
  if (k + 1 < tokens.size() && Adjacent(text, tokens[k], tokens[k + 1]) && IsYear(tokens[k + 1], &year) &&
      day <= DaysInMonth(year, month)) {
    m->range = DayRange(Date::Day(year, month, day));
    m->explicit_year = m->full_date = true;
    *last = k + 1;
    return true;
  }
  if (auto d = ResolveMonthDay(month, day, reference)) {
    m->range = DayRange(*d);
    return true;
  }
  return false;
}

}  // namespace

std::string DateRange::ToString() const {
  if (single_day()) return Date::FromDayNumber(first).ToString();
  return Date::FromDayNumber(first).ToString() + ".." + Date::FromDayNumber(last).ToString();
}

std::vector<DateMention> FindDates(std::string_view text, std::optional<Date> reference) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<DateMention> out;
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    int month = MonthNumber(t.folded), day = 0, year = 0;
    DateMention m;
    size_t last = i;
    // ISO: 2023-03-15 is tokenized as 2023 03 15.
    if (IsYear(t, &year) && i + 2 < n && tokens[i + 1].start == t.end + 1 && text[t.end] == '-' &&
        IsNumber(tokens[i + 1], &month, 2) && IsNumber(tokens[i + 2], &day, 2) && month >= 1 && month <= 12 &&
        day >= 1 && day <= DaysInMonth(year, month)) {
      m.range = DayRange(Date::Day(year, month, day));
      m.explicit_year = m.full_date = true;
      last = i + 2;
    } else if (month > 0) {
      // "March 15th, 2023", "March 15", "March 2023"; "may" only capitalised.
      if (t.folded == "may" && !std::isupper(static_cast<unsigned char>(text[t.start]))) continue;
      if (i + 1 < n && Adjacent(text, t, tokens[i + 1]) && IsNumber(tokens[i + 1], &day, 2) && day >= 1 && day <= 31) {
        last = i + 1;
        if (!CompleteDayMonth(text, tokens, month, day, reference, &last, &m)) continue;
      } else if (i + 1 < n && Adjacent(text, t, tokens[i + 1]) && IsYear(tokens[i + 1], &year)) {
        Date d{year, static_cast<uint8_t>(month), 0, Precision::kMonth};
        m.range = DayRange(d);
        m.explicit_year = true;
        last = i + 1;
      } else {
        continue;
      }
    } else if (IsNumber(t, &day, 2) && day >= 1 && day <= 31 && i + 1 < n) {
      // "15 March 2023", "15th of March".
      size_t k = i + 1;
      if (tokens[k].folded == "of" && k + 1 < n) ++k;
      month = MonthNumber(tokens[k].folded);
      if (month == 0 || !Adjacent(text, tokens[k - 1], tokens[k])) continue;
      if (tokens[k].folded == "may" && !std::isupper(static_cast<unsigned char>(text[tokens[k].start]))) continue;
      last = k;
      if (!CompleteDayMonth(text, tokens, month, day, reference, &last, &m)) continue;
    } else if (IsYear(t, &year) && i > 0 && (tokens[i - 1].folded == "in" || tokens[i - 1].folded == "since")) {
      m.range = DayRange(Date{year, 0, 0, Precision::kYear});
      m.explicit_year = true;
    } else if (const int wd = WeekdayNumber(t.folded); wd >= 0 && reference) {
      const int64_t ref = reference->DayNumber();
      const int back = (reference->Weekday() - wd + 7) % 7;
      m.range = {ref - back, ref - back};
    } else if (t.folded == "yesterday" && reference) {
      m.range = {reference->DayNumber() - 1, reference->DayNumber() - 1};
    } else if (t.folded == "today" && reference) {
      m.range = {reference->DayNumber(), reference->DayNumber()};
    } else if (t.folded == "last" && i + 1 < n && tokens[i + 1].folded == "week" && reference) {
      const int64_t monday = reference->DayNumber() - reference->Weekday();
      m.range = {monday - 7, monday - 1};
      last = i + 1;
    } else {
      continue;
    }
    m.span = {t.start, tokens[last].end};
    m.expression = std::string(text.substr(m.span.start, m.span.end - m.span.start));
    out.push_back(m);
    i = last;
  }
  return out;
}

DocumentDate ResolveDocumentDate(std::string_view text, std::optional<Date> given, std::optional<Date> metadata,
                                 const std::string& metadata_basis) {
  if (given) return {given, "given with --date"};
  if (metadata) return {metadata, metadata_basis};
  // A dateline: a full date within the first line ("BRUSSELS, June 5th, 2019 -").
  size_t first_line_end = text.find('\n', text.find_first_not_of(" \t\r\n"));
  if (first_line_end == std::string_view::npos) first_line_end = text.size();
  const size_t dateline_limit = std::min<size_t>(first_line_end, 120);
  for (const DateMention& m : FindDates(text, std::nullopt)) {
    if (!m.full_date) continue;
    const Date d = Date::FromDayNumber(m.range.first);
    if (m.span.start < dateline_limit) return {d, "dateline or opening: '" + m.expression + "'"};
    return {d, "first full date in the text: '" + m.expression + "'"};
  }
  return {std::nullopt, "no date found: give one with --date YYYY-MM-DD"};
}

}  // namespace factlens
