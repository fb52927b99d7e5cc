#include "text/normalize.h"

#include <gtest/gtest.h>

namespace factlens {

TEST(Normalize, FoldsCaseAndAccents) {
  EXPECT_EQ(NormalizeName("Piotr Hofmański"), "piotr hofmanski");
  EXPECT_EQ(NormalizeName("Mevlüt Çavuşoğlu"), "mevlut cavusoglu");
  EXPECT_EQ(NormalizeName("Łukasz Øster Straße"), "lukasz oster strasse");
  EXPECT_EQ(NormalizeName("  Secretary-General of the U.N. "), "secretary general of the u n");
  EXPECT_EQ(NormalizeName("Côte d'Ivoire"), "cote d ivoire");
}

TEST(Normalize, TokensKeepByteOffsets) {
  const std::string text = "Russia's foreign minister, Sergéi Lavrov.";
  auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].folded, "russia");
  EXPECT_EQ(tokens[1].folded, "s");
  EXPECT_EQ(tokens[4].folded, "sergei");
  EXPECT_EQ(text.substr(tokens[4].start, tokens[4].end - tokens[4].start), "Sergéi");
  EXPECT_EQ(text.substr(tokens[5].start, tokens[5].end - tokens[5].start), "Lavrov");
}

TEST(Normalize, InvalidUtf8IsDetectedAndDoesNotCrash) {
  const std::string bad = "abc\xff\xfe def";
  EXPECT_FALSE(IsValidUtf8(bad));
  EXPECT_TRUE(IsValidUtf8("Hofmański"));
  auto tokens = Tokenize(bad);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].folded, "def");
}

}  // namespace factlens
