#include "kb/fact_file.h"

#include <gtest/gtest.h>

namespace factlens {

static const char* kValid = R"(# a comment
@source https://example.org/court
entity position | position
entity court | Example Court | is=organization | alias=EC
entity organization | organization
entity city_x | City X
position court_president | President of the Example Court | of=court | alias=EC president
entity jane | Jane Doe | qid=Q123 | alias=J. Doe
held jane | court_president | from=2018-03 | to=2021 | source=https://example.org/jane#term
hq court | city_x | from=2002
)";

TEST(FactFile, ParsesRecordsAndResolvesKeys) {
  FactFileSet set;
  set.AddText("valid.facts", kValid);
  auto entities = set.Finish();
  ASSERT_TRUE(entities.ok()) << entities.status().message();
  const Entity* jane = nullptr;
  const Entity* court = nullptr;
  for (const auto& e : *entities) {
    if (e.id == "Q123") jane = &e;
    if (e.id == "fl:court") court = &e;
  }
  ASSERT_TRUE(jane && court);
  EXPECT_EQ(jane->aliases, std::vector<std::string>{"J. Doe"});
  ASSERT_EQ(jane->statements.size(), 1u);
  const Statement& held = jane->statements[0];
  EXPECT_EQ(held.property, prop::kPositionHeld);
  EXPECT_EQ(held.item, "fl:court_president");
  EXPECT_EQ(held.start.precision, Precision::kMonth);
  EXPECT_EQ(held.end.ToString(), "2021");
  EXPECT_EQ(held.source, "https://example.org/jane#term");  // '#' inside data is not a comment
  bool hq = false;
  for (const auto& s : court->statements)
    hq |= s.property == prop::kHeadquarters && s.item == "fl:city_x" && s.source == "https://example.org/court";
  EXPECT_TRUE(hq);
}

TEST(FactFile, ErrorsCarryFileAndLineNumbers) {
  FactFileSet set;
  set.AddText("bad.facts",
              "entity nosource | No Source\n"                  // 1: no @source yet
              "@source https://example.org\n"                  // 2
              "entity Bad-Key | Bad\n"                         // 3: invalid key
              "entity ok | OK\n"                               // 4
              "held ok | missing_position | from=2020\n"       // 5: unknown key
              "held ok | ok | from=2020-02-30\n"               // 6: invalid date
              "frobnicate ok | ok\n"                           // 7: unknown keyword
              "held ok | ok | from=2021 | to=2020\n"           // 8: to before from
              "entity ok | Another Label\n"                    // 9: conflicting label
              "entity q | Q | qid=12\n"                        // 10: invalid qid
              "held ok | ok | colour=red\n");                  // 11: unknown attribute
  auto entities = set.Finish();
  ASSERT_FALSE(entities.ok());
  std::vector<size_t> lines;
  for (const auto& e : set.errors()) {
    EXPECT_EQ(e.file, "bad.facts");
    lines.push_back(e.line);
  }
  std::sort(lines.begin(), lines.end());
  EXPECT_EQ(lines, (std::vector<size_t>{1, 3, 5, 6, 7, 8, 9, 10, 11}));
  EXPECT_NE(entities.status().message().find("bad.facts:5: unknown key 'missing_position'"), std::string::npos)
      << entities.status().message();
}

TEST(FactFile, SameKeyInTwoFilesMerges) {
  FactFileSet set;
  set.AddText("a.facts", "@source https://a.example\nentity x | X | alias=Ex\n");
  set.AddText("b.facts", "@source https://b.example\nentity x | X | alias=Xx\n");
  auto entities = set.Finish();
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 1u);
  EXPECT_EQ((*entities)[0].aliases, (std::vector<std::string>{"Ex", "Xx"}));
}

}  // namespace factlens
