// The end-to-end article set in tests/articles: articles written for factlens, each with the
// claims a correct checker finds and their verdicts. Every expected claim must come out as
// expected, and no other claim may be refuted.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "check/document_checker.h"
#include "testing.h"

namespace factlens {

namespace fs = std::filesystem;
using nlohmann::json;

TEST(Articles, EveryExpectedVerdictAndNoFalseRefutation) {
  auto kb = KnowledgeBase::Open(testing::StarterKbPath());
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const DocumentChecker checker(**kb);
  std::vector<fs::path> articles;
  for (const auto& e : fs::directory_iterator(testing::SourcePath("tests/articles")))
    if (e.path().extension() == ".txt") articles.push_back(e.path());
  std::sort(articles.begin(), articles.end());
  std::map<std::string, int> verdicts;
  int without_claims = 0;
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
    ASSERT_TRUE(doc.ok()) << doc.status().message();
    DocumentReport report = checker.Check(std::move(*doc), given);
    ASSERT_TRUE(report.date.date.has_value()) << report.date.basis;
    EXPECT_EQ(report.date.date->ToString(), expected["date"].get<std::string>()) << report.date.basis;
    std::vector<bool> matched(report.claims.size(), false);
    if (expected["claims"].empty()) ++without_claims;
    for (const json& want : expected["claims"]) {
      const std::string want_text = want["text"];
      const size_t at = text.find(want_text);
      ASSERT_NE(at, std::string::npos) << "expected text not in the article: " << want_text;
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
        if (got->correction) EXPECT_EQ(got->correction->name, want["correction"].get<std::string>()) << want_text;
      }
    }
    for (size_t i = 0; i < report.claims.size(); ++i) {
      const Claim& c = report.claims[i].claim;
      EXPECT_TRUE(matched[i] || report.claims[i].verdict != Verdict::kRefuted)
          << "unexpected refutation of '" << text.substr(c.span.start, c.span.end - c.span.start)
          << "': " << report.claims[i].explanation;
    }
  }
  std::cout << articles.size() << " articles: " << verdicts["supported"] << " supported, " << verdicts["refuted"]
            << " refuted, " << verdicts["unverifiable"] << " unverifiable claims; " << without_claims
            << " articles without claims\n";
  EXPECT_GE(articles.size(), 20u);
  EXPECT_GE(without_claims, 3);
}

}  // namespace factlens
