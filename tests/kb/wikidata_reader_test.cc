#include "kb/wikidata_reader.h"

#include <gtest/gtest.h>

#include <map>

#include "testing.h"

namespace factlens {

using namespace factlens::testing;

namespace {

struct ReadResult {
  Status status;
  DumpReadStats stats;
  std::map<std::string, Entity> entities;
};

ReadResult Read(const std::string& path, DumpReadOptions options = {}) {
  ReadResult r;
  r.status = ReadWikidataDump(path, options, [&](Entity&& e) { r.entities[e.id] = std::move(e); }, &r.stats);
  return r;
}

std::vector<const Statement*> Find(const Entity& e, uint32_t property, const std::string& item) {
  std::vector<const Statement*> out;
  for (const auto& s : e.statements)
    if (s.property == property && s.item == item) out.push_back(&s);
  return out;
}

}  // namespace

TEST(WikidataReader, ReadsTheRealSampleDump) {
  REQUIRE_SHARED();
  ReadResult r = Read(SharedPath("data/wikidata/sample-dump.json.gz"));
  ASSERT_TRUE(r.status.ok()) << r.status.message();
  EXPECT_EQ(r.stats.entities, 66u);
  EXPECT_EQ(r.stats.malformed, 0u);
  const Entity& putin = r.entities.at("Q7747");
  EXPECT_EQ(putin.label, "Vladimir Putin");
  EXPECT_EQ(putin.prominence, 4u);  // the sample keeps four sitelinks
  // Prime Minister of Russia (Q842386), second term, with its source reference.
  auto pm = Find(putin, prop::kPositionHeld, "Q842386");
  ASSERT_EQ(pm.size(), 2u);
  EXPECT_EQ(pm[0]->start.ToString(), "2008-05-08");
  EXPECT_EQ(pm[0]->end.ToString(), "2012-05-07");
  EXPECT_EQ(pm[0]->source, "http://archive.premier.gov.ru");
  EXPECT_EQ(pm[0]->statement_id.substr(0, 6), "q7747$");  // as the dump spells it
  // Birth date, instance of human.
  EXPECT_FALSE(Find(putin, prop::kInstanceOf, "Q5").empty());
  bool born = false;
  for (const auto& s : putin.statements)
    if (s.property == prop::kDateOfBirth) born = s.time.ToString() == "1952-10-07";
  EXPECT_TRUE(born);
}

TEST(WikidataReader, KeepsRanksAndPrecision) {
  REQUIRE_SHARED();
  ReadResult r = Read(SharedPath("data/wikidata/sample-dump.json"));
  const Entity& putin = r.entities.at("Q7747");
  auto president = Find(putin, prop::kPositionHeld, "Q218295");
  ASSERT_EQ(president.size(), 2u);
  EXPECT_EQ(president[0]->rank, Rank::kPreferred);
  EXPECT_EQ(president[0]->start.ToString(), "2012-05-07");
  EXPECT_FALSE(president[0]->end.known());
  EXPECT_EQ(president[1]->rank, Rank::kNormal);
  auto deprecated = Find(putin, prop::kPositionHeld, "Q2350808");
  ASSERT_EQ(deprecated.size(), 1u);
  EXPECT_EQ(deprecated[0]->rank, Rank::kDeprecated);
  auto deputy_mayor = Find(putin, prop::kPositionHeld, "Q1553195");
  ASSERT_FALSE(deputy_mayor.empty());
  EXPECT_EQ(deputy_mayor[0]->start.precision, Precision::kYear);  // "1995" in the dump
  EXPECT_EQ(deputy_mayor[0]->start.ToString(), "1995");
}

TEST(WikidataReader, EncodingsGiveTheSameEntities) {
  REQUIRE_SHARED();
  ReadResult a = Read(SharedPath("data/wikidata/sample-dump.json"));
  ReadResult b = Read(SharedPath("data/wikidata/sample-dump.json.bz2"));
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (const auto& [id, e] : a.entities) {
    EXPECT_EQ(e.label, b.entities.at(id).label);
    EXPECT_EQ(e.statements.size(), b.entities.at(id).statements.size());
  }
}

TEST(WikidataReader, TruncatedDumpKeepsWhatCameBefore) {
  REQUIRE_SHARED();
  const std::string full = ReadFile(SharedPath("data/wikidata/sample-dump.json"));
  const std::string dir = TempDir();
  // Cut in the middle of the 11th entity's line.
  size_t pos = 0;
  for (int i = 0; i < 11; ++i) pos = full.find('\n', pos) + 1;
  WriteFile(dir + "/cut.json", full.substr(0, pos + 500));
  ReadResult r = Read(dir + "/cut.json");
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.stats.entities, 10u);
  EXPECT_EQ(r.stats.malformed, 1u);
  ASSERT_EQ(r.stats.first_malformed.size(), 1u);
  EXPECT_EQ(r.stats.first_malformed[0].line, 12u);
  // The same cut inside a gzip stream: the decoder reports truncation.
  WriteFile(dir + "/cut.json.gz", Gzip(full).substr(0, 100000));
  ReadResult g = Read(dir + "/cut.json.gz");
  EXPECT_FALSE(g.status.ok());
  EXPECT_GT(g.stats.entities, 0u);
}

TEST(WikidataReader, InvalidLinesAreCountedWithLineNumbersAndSkipped) {
  const std::string dir = TempDir();
  WriteFile(dir + "/d.json",
            "[\n"
            "{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"one\"}},\"claims\":{}},\n"
            "{\"type\":\"item\",\"id\":\"Q2\",\"labels\": this is not json},\n"
            "not even close\n"
            "{\"type\":\"item\",\"labels\":{}},\n"
            "{\"type\":\"item\",\"id\":\"Q3\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"three\"}}}\n"
            "]\n");
  ReadResult r = Read(dir + "/d.json");
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.stats.entities, 2u);
  EXPECT_EQ(r.stats.malformed, 3u);
  ASSERT_EQ(r.stats.first_malformed.size(), 3u);
  EXPECT_EQ(r.stats.first_malformed[0].line, 3u);
  EXPECT_EQ(r.stats.first_malformed[1].line, 4u);
  EXPECT_EQ(r.stats.first_malformed[2].line, 5u);
  EXPECT_TRUE(r.entities.count("Q3"));  // an entity with no claims at all
  EXPECT_TRUE(r.entities.at("Q3").statements.empty());
}

TEST(WikidataReader, EmptyDumpsReadNothing) {
  const std::string dir = TempDir();
  WriteFile(dir + "/empty.json", "");
  WriteFile(dir + "/brackets.json", "[\n]\n");
  for (const char* f : {"/empty.json", "/brackets.json"}) {
    ReadResult r = Read(dir + f);
    EXPECT_TRUE(r.status.ok());
    EXPECT_EQ(r.stats.entities, 0u);
    EXPECT_EQ(r.stats.malformed, 0u);
  }
}

TEST(WikidataReader, OtherLanguagesBecomeAliases) {
  // The sample keeps English only, so this entity is written in the dump's layout by hand.
  const std::string dir = TempDir();
  WriteFile(dir + "/d.json",
            "[\n{\"type\":\"item\",\"id\":\"Q7747\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"Vladimir Putin\"},"
            "\"de\":{\"language\":\"de\",\"value\":\"Wladimir Putin\"},\"fr\":{\"language\":\"fr\",\"value\":\"Vladimir Poutine\"}},"
            "\"aliases\":{\"de\":[{\"language\":\"de\",\"value\":\"Wladimir Wladimirowitsch Putin\"}]},\"claims\":{}}\n]\n");
  DumpReadOptions options;
  options.languages = {"en", "de"};
  ReadResult r = Read(dir + "/d.json", options);
  const Entity& putin = r.entities.at("Q7747");
  EXPECT_EQ(putin.label, "Vladimir Putin");
  EXPECT_EQ(putin.aliases, (std::vector<std::string>{"Wladimir Putin", "Wladimir Wladimirowitsch Putin"}));
}

}  // namespace factlens
