// Mentions found with the starter knowledge base.
#include "link/mentions.h"

#include <gtest/gtest.h>

#include "testing.h"

namespace factlens {

namespace {

std::vector<std::pair<std::string, std::string>> Found(const KnowledgeBase& kb, const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Mention& m : MentionFinder(kb).Find(text, Tokenize(text)))
    out.emplace_back(text.substr(m.span.start, m.span.end - m.span.start),
                     std::string(EntityTypeName(m.type)) + ":" + m.entity.label);
  return out;
}

class MentionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::Open(testing::StarterKbPath());
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    kb_ = std::move(*kb);
  }
  std::unique_ptr<KnowledgeBase> kb_;
};

}  // namespace

TEST_F(MentionsTest, LongestMatchCaseAndAccentInsensitive) {
  auto m = Found(*kb_, "Piotr Hofmanski met the Prime Minister of the United Kingdom.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0], (std::pair<std::string, std::string>{"Piotr Hofmanski", "person:Piotr Hofmański"}));
  EXPECT_EQ(m[1].second, "position:Prime Minister of the United Kingdom");
}

TEST_F(MentionsTest, AliasesDemonymsAndRoles) {
  // "Russian foreign minister" is a news name of the office itself: the longest match wins.
  auto m = Found(*kb_, "The Russian foreign minister, Sergei Lavrov, spoke.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].second, "position:Minister of Foreign Affairs of Russia");
  EXPECT_EQ(m[1].second, "person:Sergey Lavrov");
  // Otherwise a demonym names its country and a generic role stays a role.
  auto d = Found(*kb_, "the Dutch chancellor");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].second, "country:Netherlands");
  EXPECT_EQ(d[1].second, "role:chancellor");
}

TEST_F(MentionsTest, AcronymsAndProperNamesNeedTheirCapitals) {
  EXPECT_TRUE(Found(*kb_, "who knows where the turkey went").empty());
  auto m = Found(*kb_, "The WHO said Turkey agreed.");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].second, "organization:World Health Organization");
}

TEST_F(MentionsTest, SurnameAfterAFullMention) {
  auto m = Found(*kb_, "Lavrov arrived. Later Sergei Lavrov said that Lavrov would stay.");
  ASSERT_EQ(m.size(), 2u);  // the first "Lavrov" comes before the full name
  EXPECT_EQ(m[0].first, "Sergei Lavrov");
  EXPECT_EQ(m[1].first, "Lavrov");
  EXPECT_EQ(m[1].second, "person:Sergey Lavrov");
}

}  // namespace factlens
