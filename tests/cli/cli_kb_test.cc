// The `factlens kb` commands, run as a user runs them.
#include <gtest/gtest.h>

#include "testing.h"

namespace factlens {

using namespace factlens::testing;

TEST(CliKb, BuildsFromEveryEncodingAndShowsPutinIdentically) {
  REQUIRE_SHARED();
  const std::string dir = TempDir();
  std::string first_output;
  for (const char* suffix : {".json", ".json.gz", ".json.bz2"}) {
    const std::string kb = dir + "/s" + suffix + ".kb";
    auto build = RunFactlens({"kb", "build", "-o", kb, SharedPath(std::string("data/wikidata/sample-dump") + suffix)});
    ASSERT_EQ(build.exit_code, 0) << build.err;
    EXPECT_NE(build.err.find("66 entities"), std::string::npos) << build.err;
    auto show = RunFactlens({"kb", "show", "--kb", kb, "Q7747"});
    ASSERT_EQ(show.exit_code, 0) << show.err;
    EXPECT_NE(show.out.find("Q842386  2008-05-08 to 2012-05-07"), std::string::npos) << show.out;
    if (first_output.empty()) first_output = show.out;
    EXPECT_EQ(show.out, first_output);
  }
}

TEST(CliKb, DumpWithStarterFactsNamesPutinsPositions) {
  REQUIRE_SHARED();
  const std::string kb = TempDir() + "/s.kb";
  auto build = RunFactlens({"kb", "build", "-o", kb, SharedPath("data/wikidata/sample-dump.json.gz"), SourcePath("data/starter")});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  auto show = RunFactlens({"kb", "show", "--kb", kb, "Q7747"});
  EXPECT_NE(show.out.find("Prime Minister of Russia (Q842386)  2008-05-08 to 2012-05-07"), std::string::npos) << show.out;
  auto json = RunFactlens({"kb", "show", "--kb", kb, "--format", "json", "Vladimir Putin"});
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_NE(json.out.find("\"id\": \"Q7747\""), std::string::npos);
}

TEST(CliKb, WhoAnswersFromTheStarterKb) {
  auto may = RunFactlens({"kb", "who", "--kb", StarterKbPath(), "Prime Minister of the United Kingdom", "--at", "2019-06-05"});
  ASSERT_EQ(may.exit_code, 0) << may.err;
  EXPECT_EQ(may.out.rfind("Theresa May", 0), 0u) << may.out;
  auto icc = RunFactlens({"kb", "who", "--kb", StarterKbPath(), "President of the International Criminal Court", "--at", "2023-03-15"});
  ASSERT_EQ(icc.exit_code, 0) << icc.err;
  EXPECT_EQ(icc.out.rfind("Piotr Hofmański", 0), 0u) << icc.out;
  auto held = RunFactlens({"kb", "held", "--kb", StarterKbPath(), "Sergei Lavrov", "--at", "2023-03-15", "--format", "json"});
  ASSERT_EQ(held.exit_code, 0) << held.err;
  EXPECT_NE(held.out.find("Minister of Foreign Affairs"), std::string::npos) << held.out;
}

TEST(CliKb, DefaultKbComesFromTheEnvironment) {
  const std::string path = StarterKbPath();
  setenv("FACTLENS_KB", path.c_str(), 1);
  auto r = RunFactlens({"kb", "who", "UN Secretary-General", "--at", "2010-01-01"});
  unsetenv("FACTLENS_KB");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Ban Ki-moon"), std::string::npos) << r.out;
}

TEST(CliKb, BadInputGivesClearErrorsAndExitCodes) {
  const std::string dir = TempDir();
  auto unknown_option = RunFactlens({"kb", "who", "--frobnicate"});
  EXPECT_EQ(unknown_option.exit_code, 2);
  auto bad_date = RunFactlens({"kb", "who", "--kb", StarterKbPath(), "President of Russia", "--at", "yesterday"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("YYYY-MM-DD"), std::string::npos);
  auto missing_kb = RunFactlens({"kb", "show", "--kb", dir + "/nope.kb", "Q1"});
  EXPECT_EQ(missing_kb.exit_code, 2);
  EXPECT_NE(missing_kb.err.find("cannot open"), std::string::npos);
  WriteFile(dir + "/garbage.kb", std::string(1000, 'g'));
  auto corrupt = RunFactlens({"kb", "show", "--kb", dir + "/garbage.kb", "Q1"});
  EXPECT_EQ(corrupt.exit_code, 2);
  EXPECT_NE(corrupt.err.find("not a valid factlens knowledge base"), std::string::npos) << corrupt.err;
  auto not_found = RunFactlens({"kb", "show", "--kb", StarterKbPath(), "No Such Entity Anywhere"});
  EXPECT_EQ(not_found.exit_code, 1);
  WriteFile(dir + "/bad.facts", "@source https://x.example\nentity a | A\nheld a | b\n");
  auto bad_facts = RunFactlens({"kb", "build", "-o", dir + "/b.kb", dir + "/bad.facts"});
  EXPECT_EQ(bad_facts.exit_code, 2);
  EXPECT_NE(bad_facts.err.find("bad.facts:3"), std::string::npos) << bad_facts.err;
  auto missing_dump = RunFactlens({"kb", "build", "-o", dir + "/c.kb", dir + "/missing.json.gz"});
  EXPECT_NE(missing_dump.exit_code, 0);
  EXPECT_NE(missing_dump.err.find("cannot open"), std::string::npos) << missing_dump.err;
}

}  // namespace factlens
