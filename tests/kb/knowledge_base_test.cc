#include "kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <sstream>

#include "kb/kb_builder.h"
#include "kb/queries.h"
#include "testing.h"
#include "text/normalize.h"

namespace factlens {

using namespace factlens::testing;

namespace {

const char* kFacts = R"(@source https://example.org/facts
entity human | human | qid=Q5
entity position | position
entity court | Example Court | alias=EC
position court_president | President of the Example Court | of=court | alias=EC president
entity piotr | Piotr Hofmański | is=human
entity chile | Chile Eboe-Osuji | is=human
entity sergey | Sergey Lavrov | is=human | alias=Sergei Lavrov
held chile | court_president | from=2018-03-11 | to=2021-03-10
held piotr | court_president | from=2021-03-11 | to=2024-03-10
held sergey | court_president | from=2010 | to=2011
held sergey | court_president | from=2005-01-01 | to=2006-01-01 | rank=deprecated
)";

std::string BuildKb(const std::vector<std::string>& inputs) {
  const std::string dir = TempDir();
  BuildOptions options;
  options.inputs = inputs;
  options.output = dir + "/test.kb";
  options.temp_dir = dir;
  BuildReport report;
  std::ostringstream log;
  Status s = BuildKnowledgeBase(options, &report, log);
  EXPECT_TRUE(s.ok()) << s.message();
  return options.output;
}

std::string FactsFile() {
  const std::string path = TempDir() + "/t.facts";
  WriteFile(path, kFacts);
  return path;
}

}  // namespace

TEST(KnowledgeBase, FindsByNameIgnoringCaseAccentsAndViaAliases) {
  auto kb = KnowledgeBase::Open(BuildKb({FactsFile()}));
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  Entity e;
  ASSERT_TRUE(ResolveEntity(**kb, "hofmanski piotr", false, &e).code() == Status::Code::kNotFound);
  ASSERT_TRUE(ResolveEntity(**kb, "PIOTR HOFMANSKI", false, &e).ok());
  EXPECT_EQ(e.id, "fl:piotr");
  ASSERT_TRUE(ResolveEntity(**kb, "sergei lavrov", false, &e).ok());
  EXPECT_EQ(e.label, "Sergey Lavrov");
  EXPECT_EQ((*kb)->FindByName(NormalizeName("Chile Eboe Osuji")).size(), 1u);
  // Prefix ranges drive longest-match scanning.
  const PostingsTable& names = (*kb)->names();
  auto range = names.PrefixRange("piotr ", names.all());
  EXPECT_EQ(range.end - range.begin, 1u);
  EXPECT_TRUE(names.PrefixRange("zzz", names.all()).empty());
}

TEST(KnowledgeBase, WhoHeldAPositionRespectsDatesRanksAndPrecision) {
  auto kb = KnowledgeBase::Open(BuildKb({FactsFile()}));
  ASSERT_TRUE(kb.ok());
  auto at = [&](const char* day) { return HoldersAt(**kb, "fl:court_president", *Date::Parse(day)); };
  auto h = at("2023-03-15");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].holder.label, "Piotr Hofmański");
  EXPECT_EQ(h[0].coverage, Coverage::kYes);
  EXPECT_EQ(at("2021-03-10")[0].holder.label, "Chile Eboe-Osuji");
  EXPECT_EQ(at("2021-03-11")[0].holder.label, "Piotr Hofmański");
  // A term known only to the year: inside the start or end year we cannot say.
  auto y = at("2010-06-01");
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(y[0].coverage, Coverage::kUnknown);
  EXPECT_TRUE(at("2012-01-01").empty());
  auto edge = HoldersAt(**kb, "fl:court_president", *Date::Parse("2011-06-01"));
  ASSERT_EQ(edge.size(), 1u);
  EXPECT_EQ(edge[0].coverage, Coverage::kUnknown);
  // The deprecated statement is never evidence.
  EXPECT_TRUE(at("2005-06-01").empty());
  Entity sergey;
  ASSERT_TRUE((*kb)->FindById("fl:sergey", &sergey).ok());
  EXPECT_EQ(EvidenceStatements(sergey, prop::kPositionHeld, "fl:court_president").size(), 1u);
}

TEST(KnowledgeBase, PreferredRankSupersedesAnOverlappingNormalStatement) {
  Entity e;
  e.id = "Q1";
  Statement normal, preferred, earlier;
  normal.property = preferred.property = earlier.property = prop::kPositionHeld;
  normal.item = preferred.item = earlier.item = "Q9";
  normal.start = *Date::Parse("2000-01-01");
  normal.end = *Date::Parse("2010-01-01");
  preferred.start = *Date::Parse("2000-01-01");
  preferred.end = *Date::Parse("2008-01-01");
  preferred.rank = Rank::kPreferred;
  earlier.start = *Date::Parse("1990");
  earlier.end = *Date::Parse("1995");
  e.statements = {normal, preferred, earlier};
  auto evidence = EvidenceStatements(e, prop::kPositionHeld, "Q9");
  ASSERT_EQ(evidence.size(), 2u);
  EXPECT_EQ(evidence[0]->rank, Rank::kPreferred);
  EXPECT_EQ(evidence[1]->start.ToString(), "1990");  // a separate term stays
}

TEST(KnowledgeBase, SampleDumpAndFactsMergeOnWikidataIds) {
  REQUIRE_SHARED();
  auto kb = KnowledgeBase::Open(BuildKb({SharedPath("data/wikidata/sample-dump.json.gz"), FactsFile()}));
  ASSERT_TRUE(kb.ok());
  Entity human;
  ASSERT_TRUE((*kb)->FindById("Q5", &human).ok());
  EXPECT_EQ(human.label, "human");
  auto holders = HoldersOf(**kb, "Q218295");  // President of Russia, from the dump
  ASSERT_EQ(holders.size(), 2u);  // Putin's two normal/preferred terms
  EXPECT_EQ(holders[0].term.start.ToString(), "2000-05-07");
  Entity putin;
  ASSERT_TRUE((*kb)->FindById("Q7747", &putin).ok());
  auto held = PositionsAt(**kb, putin, *Date::Parse("2010-01-01"));
  bool pm = false;
  for (const auto& h : held) pm |= h.holder.id == "Q842386";
  EXPECT_TRUE(pm);
}

TEST(KnowledgeBase, TruncatedOrCorruptedFilesAreClearErrors) {
  const std::string path = BuildKb({FactsFile()});
  const std::string good = ReadFile(path);
  const std::string dir = TempDir();
  auto open = [&](const std::string& bytes) {
    WriteFile(dir + "/x.kb", bytes);
    return KnowledgeBase::Open(dir + "/x.kb");
  };
  EXPECT_TRUE(open(good).ok());
  auto truncated = open(good.substr(0, good.size() - 100));
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos) << truncated.status().message();
  EXPECT_FALSE(open(good.substr(0, 50)).ok());
  EXPECT_FALSE(open("").ok());
  EXPECT_FALSE(open(std::string(4096, 'x')).ok());
  // Flip each bit position in turn at spread-out offsets: every flip is caught, none crashes.
  for (size_t offset = 0; offset < good.size(); offset += good.size() / 97 + 1) {
    std::string bad = good;
    bad[offset] = static_cast<char>(bad[offset] ^ (1 << (offset % 8)));
    auto r = open(bad);
    EXPECT_FALSE(r.ok()) << "bit flip at " << offset << " not detected";
  }
  // Without checksum verification (as for huge files) corrupted records still never crash.
  for (size_t offset = 128; offset < good.size(); offset += 13) {
    std::string bad = good;
    bad[offset] = static_cast<char>(~bad[offset]);
    WriteFile(dir + "/y.kb", bad);
    auto kb = KnowledgeBase::Open(dir + "/y.kb", KnowledgeBase::Verify::kNever);
    if (!kb.ok()) continue;
    Entity e;
    (void)ResolveEntity(**kb, "Piotr Hofmański", true, &e);
    (void)HoldersAt(**kb, "fl:court_president", *Date::Parse("2023-03-15"));
  }
}

}  // namespace factlens
