#include "text/document.h"

#include <gtest/gtest.h>

#include "text/sentences.h"

namespace factlens {

TEST(Document, HtmlMarkupIsBlankedInPlaceSoOffsetsPointIntoTheInput) {
  const std::string html =
      "<!doctype html><html><head><meta property=\"article:published_time\" content=\"2019-06-05T08:00:00Z\">"
      "<script>var x = '<p>Boris</p>';</script></head><body><p>Prime Minister Theresa May &amp; her team.</p></body></html>";
  auto doc = MakeDocument("a.html", html);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->html);
  EXPECT_EQ(doc->text.size(), html.size());
  ASSERT_TRUE(doc->metadata_date);
  EXPECT_EQ(doc->metadata_date->ToString(), "2019-06-05");
  const size_t at = doc->text.find("Theresa May");
  EXPECT_EQ(html.substr(at, 11), "Theresa May");
  EXPECT_EQ(doc->text.find("Boris"), std::string::npos);  // script content is not article text
  EXPECT_NE(doc->text.find("May &     her"), std::string::npos);  // "&amp;" decoded, padded to its length
}

TEST(Document, JsonLdDatePublished) {
  auto doc = MakeDocument("b.html", "<html><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                                    "\"datePublished\": \"2021-02-03T10:00:00+01:00\"}</script><body><p>Text.</p></body></html>");
  ASSERT_TRUE(doc.ok());
  ASSERT_TRUE(doc->metadata_date);
  EXPECT_EQ(doc->metadata_date->ToString(), "2021-02-03");
  EXPECT_EQ(doc->metadata_date_basis, "JSON-LD datePublished");
}

TEST(Document, BadInputIsRefusedWithAReason) {
  EXPECT_NE(MakeDocument("e", "").status().message().find("empty"), std::string::npos);
  EXPECT_NE(MakeDocument("e", " \n\t ").status().message().find("empty"), std::string::npos);
  EXPECT_NE(MakeDocument("b", std::string("abc\0def", 7)).status().message().find("UTF-8"), std::string::npos);
  EXPECT_NE(MakeDocument("b", "caf\xe9").status().message().find("UTF-8"), std::string::npos);
  EXPECT_NE(MakeDocument("big", std::string(kMaxDocumentBytes + 1, 'a')).status().message().find("limit"), std::string::npos);
}

TEST(Sentences, SplitsAtSentenceEndsNotAbbreviations) {
  const std::string text = "Mr. Smith met U.S. officials. They talked. \"It went well.\" Then J. Doe left!\n\nNew paragraph";
  auto s = SplitSentences(text);
  std::vector<std::string> got;
  for (const auto& span : s) got.push_back(text.substr(span.start, span.end - span.start));
  EXPECT_EQ(got, (std::vector<std::string>{"Mr. Smith met U.S. officials.", "They talked.", "\"It went well.\"",
                                           "Then J. Doe left!", "New paragraph"}));
}

TEST(Sentences, QuotedSpeechIsMarked) {
  const std::string text = "He said \"the minister lied\" and \xE2\x80\x9Cnothing more\xE2\x80\x9D.";
  auto q = QuotedSpans(text);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(text.substr(q[0].start, q[0].end - q[0].start), "the minister lied");
  EXPECT_EQ(text.substr(q[1].start, q[1].end - q[1].start), "nothing more");
}

}  // namespace factlens
