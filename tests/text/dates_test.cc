#include "text/dates.h"

#include <gtest/gtest.h>

namespace factlens {

static std::vector<std::string> Resolved(const std::string& text, const char* reference) {
  std::vector<std::string> out;
  for (const auto& m : FindDates(text, reference ? Date::Parse(reference) : std::nullopt)) out.push_back(m.range.ToString());
  return out;
}

TEST(Dates, FullDatesInTheUsualForms) {
  EXPECT_EQ(Resolved("On March 15th, 2023, the court", nullptr), std::vector<std::string>{"2023-03-15"});
  EXPECT_EQ(Resolved("on 15 March 2023 and on 2023-03-16", nullptr), (std::vector<std::string>{"2023-03-15", "2023-03-16"}));
  EXPECT_EQ(Resolved("the 5th of June 2019", nullptr), std::vector<std::string>{"2019-06-05"});
  EXPECT_EQ(Resolved("in March 2023", nullptr), std::vector<std::string>{"2023-03-01..2023-03-31"});
  EXPECT_EQ(Resolved("elected in 2019, he", nullptr), std::vector<std::string>{"2019-01-01..2019-12-31"});
}

TEST(Dates, RelativeExpressionsResolveAgainstTheDocumentDate) {
  // 2023-03-15 was a Wednesday.
  EXPECT_EQ(Resolved("announced on March 14th that", "2023-03-15"), std::vector<std::string>{"2023-03-14"});
  EXPECT_EQ(Resolved("on Tuesday", "2023-03-15"), std::vector<std::string>{"2023-03-14"});
  EXPECT_EQ(Resolved("on Wednesday", "2023-03-15"), std::vector<std::string>{"2023-03-15"});
  EXPECT_EQ(Resolved("yesterday", "2023-03-15"), std::vector<std::string>{"2023-03-14"});
  EXPECT_EQ(Resolved("last week", "2023-03-15"), std::vector<std::string>{"2023-03-06..2023-03-12"});
  // A day after the reference in the same year means the previous year.
  EXPECT_EQ(Resolved("on December 24", "2023-03-15"), std::vector<std::string>{"2022-12-24"});
  // Without a reference, expressions without a year are left out.
  EXPECT_TRUE(Resolved("on Tuesday, on March 14th", nullptr).empty());
}

TEST(Dates, WordsThatLookLikeDatesAreNot) {
  EXPECT_TRUE(Resolved("She may 15 times", "2023-03-15").empty());
  EXPECT_TRUE(Resolved("February 30, 2023", nullptr).empty());
  EXPECT_TRUE(Resolved("room 2023 and 45 people", nullptr).empty());
}

TEST(Dates, DocumentDateOrder) {
  const std::string text = "BRUSSELS, June 5th, 2019 - The talks. Later, on July 1, 2019, more.";
  auto given = ResolveDocumentDate(text, Date::Parse("2020-01-01"), Date::Parse("2019-01-01"), "meta");
  EXPECT_EQ(given.date->ToString(), "2020-01-01");
  auto meta = ResolveDocumentDate(text, std::nullopt, Date::Parse("2019-01-01"), "HTML meta");
  EXPECT_EQ(meta.basis, "HTML meta");
  auto dateline = ResolveDocumentDate(text, std::nullopt, std::nullopt, "");
  EXPECT_EQ(dateline.date->ToString(), "2019-06-05");
  EXPECT_NE(dateline.basis.find("dateline"), std::string::npos);
  auto later = ResolveDocumentDate("The talks went on.\nOn July 1, 2019, more.", std::nullopt, std::nullopt, "");
  EXPECT_EQ(later.date->ToString(), "2019-07-01");
  EXPECT_NE(later.basis.find("first full date"), std::string::npos);
  auto none = ResolveDocumentDate("No date here.", std::nullopt, std::nullopt, "");
  EXPECT_FALSE(none.date.has_value());
  EXPECT_NE(none.basis.find("--date"), std::string::npos);
}

}  // namespace factlens
