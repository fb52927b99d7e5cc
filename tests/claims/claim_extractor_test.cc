// Claim forms news uses, found and verified with the starter knowledge base.
#include <gtest/gtest.h>

#include "check/document_checker.h"
#include "testing.h"

namespace factlens {

namespace {

struct Found {
  std::string text, kind, verdict, subject, object, correction, as_of;
};

class ClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::Open(testing::StarterKbPath());
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    kb_ = std::move(*kb);
  }
  std::vector<Found> Check(const std::string& text, const char* date = nullptr) {
    auto doc = MakeDocument("t", text);
    EXPECT_TRUE(doc.ok());
    DocumentReport r = DocumentChecker(*kb_).Check(std::move(*doc), date ? Date::Parse(date) : std::nullopt);
    std::vector<Found> out;
    for (const auto& c : r.claims)
      if (c.claim.kind == ClaimKind::kPositionHeld || c.claim.kind == ClaimKind::kHeadquarters)  // events: tests/events
      out.push_back({text.substr(c.claim.span.start, c.claim.span.end - c.claim.span.start), ClaimKindName(c.claim.kind),
                     VerdictName(c.verdict), c.claim.subject.label,
                     c.claim.kind == ClaimKind::kPositionHeld ? c.claim.positions[0].label : c.claim.place.label,
                     c.correction ? c.correction->name : "", c.claim.has_date ? c.claim.as_of.ToString() : ""});
    return out;
  }
  std::unique_ptr<KnowledgeBase> kb_;
};

}  // namespace

TEST_F(ClaimsTest, OfficeBeforeTheName) {
  auto c = Check("British Prime Minister Boris Johnson met reporters.", "2020-06-01");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].text, "British Prime Minister Boris Johnson");
  EXPECT_EQ(c[0].verdict, "supported");
  auto wrong = Check("British Prime Minister Boris Johnson met reporters.", "2018-06-01");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(wrong[0].verdict, "refuted");
  EXPECT_EQ(wrong[0].correction, "Theresa May");
}

TEST_F(ClaimsTest, PossessiveJurisdictionAndAppositionBothWays) {
  auto c = Check("Russia's foreign minister, Sergei Lavrov, arrived. Later Wang Yi, China's foreign minister, spoke.",
                 "2016-05-01");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].text, "Russia's foreign minister, Sergei Lavrov");
  EXPECT_EQ(c[0].verdict, "supported");
  EXPECT_EQ(c[1].text, "Wang Yi, China's foreign minister");
  EXPECT_EQ(c[1].verdict, "supported");
}

TEST_F(ClaimsTest, TheCourtRefersBackToTheOrganisation) {
  auto c = Check("The International Criminal Court received a letter addressed to the court's president, Chile Eboe-Osuji.",
                 "2023-03-15");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].object, "President of the International Criminal Court");
  EXPECT_EQ(c[0].verdict, "refuted");
  EXPECT_EQ(c[0].correction, "Piotr Hofmański");
}

TEST_F(ClaimsTest, RoleOfJurisdictionAroundTheName) {
  auto c = Check("President Emmanuel Macron of France spoke with Angela Merkel, the chancellor of Germany.", "2019-01-10");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].text, "President Emmanuel Macron of France");
  EXPECT_EQ(c[0].verdict, "supported");
  EXPECT_EQ(c[1].text, "Angela Merkel, the chancellor of Germany");
  EXPECT_EQ(c[1].verdict, "supported");
}

TEST_F(ClaimsTest, FormerHolders) {
  auto c = Check("Former UN Secretary-General Ban Ki-moon visited. So did former ICC president Piotr Hofmanski.",
                 "2019-04-01");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].verdict, "supported");
  EXPECT_EQ(c[1].verdict, "refuted");  // he became president only in 2021
}

TEST_F(ClaimsTest, Headquarters) {
  auto c = Check("The European Central Bank, based in Brussels, and the ICC's headquarters in The Hague.", "2020-01-01");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].kind, "headquarters");
  EXPECT_EQ(c[0].verdict, "refuted");
  EXPECT_EQ(c[0].correction, "Frankfurt");
  EXPECT_EQ(c[1].verdict, "supported");
}

TEST_F(ClaimsTest, TheSentenceDateWinsOverTheDocumentDate) {
  auto c = Check("In 2009, British Prime Minister Gordon Brown spoke.", "2020-06-01");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].as_of, "2009-01-01..2009-12-31");
  EXPECT_EQ(c[0].verdict, "supported");
}

TEST_F(ClaimsTest, NoDateMeansUnverifiable) {
  auto c = Check("British Prime Minister Boris Johnson met reporters.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].verdict, "unverifiable");
}

TEST_F(ClaimsTest, MentionsAloneAreNotClaims) {
  EXPECT_TRUE(Check("Merkel met Macron in Paris. The president of the club resigned.", "2019-01-01").empty());
}

}  // namespace factlens

namespace factlens {

TEST_F(ClaimsTest, NamesTheKnowledgeBaseDoesNotKnow) {
  auto c = Check("British Prime Minister John Smithson spoke, as did US President Trump and Dutch Prime Minister Mark Rutte.",
                 "2019-06-05");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].text, "British Prime Minister John Smithson");
  EXPECT_EQ(c[0].verdict, "refuted");
  EXPECT_EQ(c[0].correction, "Theresa May");
  EXPECT_EQ(c[1].text, "Dutch Prime Minister Mark Rutte");
  EXPECT_EQ(c[1].verdict, "supported");
}

}  // namespace factlens

namespace factlens {

// Two people of the same name: the office in the claim tells them apart.
TEST_F(ClaimsTest, NamesakesAreToldApartByTheOffice) {
  auto pm = Check("Latvian Prime Minister Andris Berzins met reporters in Riga.", "2001-06-01");
  ASSERT_EQ(pm.size(), 1u);
  EXPECT_EQ(pm[0].verdict, "supported");
  auto president = Check("Latvian President Andris Berzins met reporters in Riga.", "2013-06-01");
  ASSERT_EQ(president.size(), 1u);
  EXPECT_EQ(president[0].verdict, "supported");
}

}  // namespace factlens
