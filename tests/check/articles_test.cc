// The end-to-end article set in tests/articles: articles written for factlens, each with the
// claims a correct checker finds and their verdicts. Every expected claim must come out as
// expected, and no other claim may be refuted.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "check/document_checker.h"
#include "corpus/corpus.h"
#include "testing.h"

namespace factlens {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct SetResult {
  size_t articles = 0;
  int without_claims = 0;
  std::map<std::string, int> verdicts;
};

// Checks every article of `dir` against its .expected.json. Listed claims must come out as
// listed; no other claim may be refuted.
SetResult CheckArticleSet(const std::string& dir, const Corpus* corpus) {
  SetResult result;
  auto kb = KnowledgeBase::Open(testing::StarterKbPath());
  EXPECT_TRUE(kb.ok()) << kb.status().message();
  if (!kb.ok()) return result;
  const DocumentChecker checker(**kb, corpus);
  std::vector<fs::path> articles;
  for (const auto& e : fs::directory_iterator(testing::SourcePath(dir)))
    if (e.path().extension() == ".txt") articles.push_back(e.path());
  std::sort(articles.begin(), articles.end());
  std::map<std::string, int>& verdicts = result.verdicts;
  int& without_claims = result.without_claims;
  result.articles = articles.size();
  for (const fs::path& path : articles) {
    SCOPED_TRACE(path.filename().string());
    const std::string text = testing::ReadFile(path.string());
    fs::path expected_path = path;
    expected_path.replace_extension(".expected.json");
    const json expected = json::parse(testing::ReadFile(expected_path.string()));
    const bool date_in_text = expected.value("date_in_text", true);
    std::optional<Date> given;
    if (!date_in_text) given = Date::Parse(expected["date"].get<std::string>());
    auto doc = MakeDocument(path.filename().string(), text);
    EXPECT_TRUE(doc.ok()) << doc.status().message();
    if (!doc.ok()) continue;
    DocumentReport report = checker.Check(std::move(*doc), given);
    EXPECT_TRUE(report.date.date.has_value()) << report.date.basis;
    if (!report.date.date) continue;
    EXPECT_EQ(report.date.date->ToString(), expected["date"].get<std::string>()) << report.date.basis;
    std::vector<bool> matched(report.claims.size(), false);
    if (expected["claims"].empty()) ++without_claims;
    for (const json& want : expected["claims"]) {
      const std::string want_text = want["text"];
      const size_t at = text.find(want_text);
      EXPECT_NE(at, std::string::npos) << "expected text not in the article: " << want_text;
      if (at == std::string::npos) continue;
      const CheckedClaim* got = nullptr;
      for (size_t i = 0; i < report.claims.size(); ++i) {
        const Span& s = report.claims[i].claim.span;
        if (s.start < at + want_text.size() && at < s.end && ClaimKindName(report.claims[i].claim.kind) == want["kind"]) {
          got = &report.claims[i];
          matched[i] = true;
          break;
        }
      }
      if (got == nullptr) {
        ADD_FAILURE() << "claim not found: " << want_text;
        continue;
      }
      ++verdicts[want["verdict"].get<std::string>()];
      EXPECT_EQ(VerdictName(got->verdict), want["verdict"].get<std::string>()) << want_text << ": " << got->explanation;
      if (want.contains("correction")) {
        EXPECT_TRUE(got->correction.has_value()) << want_text;
        if (got->correction) {
          EXPECT_EQ(got->correction->name, want["correction"].get<std::string>()) << want_text;
        }
      }
    }
    for (size_t i = 0; i < report.claims.size(); ++i) {
      const Claim& c = report.claims[i].claim;
      EXPECT_TRUE(matched[i] || report.claims[i].verdict != Verdict::kRefuted)
          << "unexpected refutation of '" << text.substr(c.span.start, c.span.end - c.span.start)
          << "': " << report.claims[i].explanation;
    }
  }
  std::cout << dir << ": " << articles.size() << " articles: " << verdicts["supported"] << " supported, "
            << verdicts["refuted"] << " refuted, " << verdicts["unverifiable"] << " unverifiable claims; "
            << without_claims << " articles without claims\n";
  return result;
}

}  // namespace

// Office and headquarters claims (tests/articles), with the starter corpus in use as in the
// default `check`: event claims found there must not refute anything either.
TEST(Articles, OfficeClaimsEveryExpectedVerdictAndNoFalseRefutation) {
  auto corpus = Corpus::Open(FACTLENS_STARTER_CORPUS);
  ASSERT_TRUE(corpus.ok());
  SetResult r = CheckArticleSet("tests/articles", corpus->get());
  EXPECT_GE(r.articles, 20u);
  EXPECT_GE(r.without_claims, 3);
}

// Event and quote claims (tests/event-articles) against the starter corpus.
TEST(Articles, EventClaimsEveryExpectedVerdictAndNoFalseRefutation) {
  auto corpus = Corpus::Open(FACTLENS_STARTER_CORPUS);
  ASSERT_TRUE(corpus.ok());
  SetResult r = CheckArticleSet("tests/event-articles", corpus->get());
  EXPECT_GE(r.articles, 20u);
  EXPECT_GT(r.verdicts["supported"], 0);
  EXPECT_GT(r.verdicts["refuted"], 0);
  EXPECT_GT(r.verdicts["unverifiable"], 0);
}

}  // namespace factlens
