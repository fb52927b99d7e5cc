#include "util/date.h"

#include <gtest/gtest.h>

namespace factlens {

TEST(Date, ParsesAllPrecisions) {
  EXPECT_EQ(Date::Parse("2023-03-15")->ToString(), "2023-03-15");
  EXPECT_EQ(Date::Parse("2023-03")->precision, Precision::kMonth);
  EXPECT_EQ(Date::Parse("2023")->precision, Precision::kYear);
  EXPECT_FALSE(Date::Parse("2023-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
  EXPECT_FALSE(Date::Parse("2023-13").has_value());
  EXPECT_FALSE(Date::Parse("March 2023").has_value());
  EXPECT_FALSE(Date::Parse("").has_value());
}

TEST(Date, WikidataTimesKeepTheirPrecision) {
  auto day = Date::FromWikidata("+2008-05-08T00:00:00Z", 11);
  ASSERT_TRUE(day);
  EXPECT_EQ(day->ToString(), "2008-05-08");
  auto year = Date::FromWikidata("+1995-01-01T00:00:00Z", 9);
  ASSERT_TRUE(year);
  EXPECT_EQ(year->ToString(), "1995");
  EXPECT_EQ(year->EarliestDay(), Date::Day(1995, 1, 1).DayNumber());
  EXPECT_EQ(year->LatestDay(), Date::Day(1995, 12, 31).DayNumber());
  auto month = Date::FromWikidata("+2025-02-00T00:00:00Z", 10);
  ASSERT_TRUE(month);
  EXPECT_EQ(month->LatestDay(), Date::Day(2025, 2, 28).DayNumber());
  EXPECT_FALSE(Date::FromWikidata("+2000-00-00T00:00:00Z", 7).has_value());  // a century
  EXPECT_FALSE(Date::FromWikidata("garbage", 11).has_value());
}

TEST(Date, DayNumbersAndWeekdays) {
  EXPECT_EQ(Date::Day(1970, 1, 1).DayNumber(), 0);
  EXPECT_EQ(Date::FromDayNumber(Date::Day(2023, 3, 15).DayNumber()), Date::Day(2023, 3, 15));
  EXPECT_EQ(Date::Day(2023, 3, 15).Weekday(), 2);  // a Wednesday
  EXPECT_EQ(Date::Day(2000, 1, 1).Weekday(), 5);   // a Saturday
}

}  // namespace factlens
