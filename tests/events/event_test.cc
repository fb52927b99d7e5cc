// Event frames and their comparison with the starter corpus.
#include <gtest/gtest.h>

#include "check/document_checker.h"
#include "corpus/corpus.h"
#include "events/event_extractor.h"
#include "kb/queries.h"
#include "testing.h"
#include "verify/event_verifier.h"

namespace factlens {

namespace {

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::Open(testing::StarterKbPath());
    ASSERT_TRUE(kb.ok());
    kb_ = std::move(*kb);
    auto corpus = Corpus::Open(FACTLENS_STARTER_CORPUS);
    ASSERT_TRUE(corpus.ok()) << corpus.status().message();
    corpus_ = std::move(*corpus);
  }
  std::vector<Claim> Frames(const std::string& text, const char* date) {
    const AnalysedText a = Analyse(*kb_, text, {Date::Parse(date), "test"});
    return EventExtractor(*kb_).Extract(a);
  }
  CheckedClaim CheckFirst(const std::string& text, const char* date, ClaimKind kind = ClaimKind::kEvent) {
    const AnalysedText a = Analyse(*kb_, text, {Date::Parse(date), "test"});
    for (const Claim& c : EventExtractor(*kb_).Extract(a))
      if (c.kind == kind) return EventVerifier(*kb_, corpus_.get()).Check(c);
    ADD_FAILURE() << "no claim in: " << text;
    return {};
  }
  std::unique_ptr<KnowledgeBase> kb_;
  std::unique_ptr<Corpus> corpus_;
};

}  // namespace

TEST_F(EventsTest, FramesNameActorTypeDateChannelAndPlace) {
  auto f = Frames("In a letter addressed to the court, Russia's foreign minister, Sergei Lavrov, warned on 15 March 2023 "
                  "that missiles could strike the ICC's headquarters in The Hague.",
                  "2023-03-16");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].event_type, "threaten");
  EXPECT_EQ(f[0].subject.label, "Sergey Lavrov");
  EXPECT_EQ(f[0].channel, "letter");
  EXPECT_EQ(f[0].place.label, "The Hague");
  EXPECT_TRUE(f[0].date_explicit);
  EXPECT_EQ(f[0].as_of.ToString(), "2023-03-15");
  // Saying only attributes quotes; "he" is the last person named.
  auto q = Frames("Mario Draghi spoke in London. He said the ECB was \"ready to do whatever it takes to preserve the euro\".",
                  "2012-07-26");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, ClaimKind::kQuote);
  EXPECT_EQ(q[0].subject.label, "Mario Draghi");
  EXPECT_TRUE(Frames("The weather was fine and nobody met anyone.", "2020-01-01").empty());
}

TEST_F(EventsTest, ActorsOfTheSameSide) {
  Entity khan, icc, putin, russia, lavrov, medvedev;
  for (auto [name, e] : std::vector<std::pair<const char*, Entity*>>{{"Karim Khan", &khan}, {"International Criminal Court", &icc},
                                                                      {"Vladimir Putin", &putin}, {"Russia", &russia},
                                                                      {"Sergey Lavrov", &lavrov}, {"Dmitry Medvedev", &medvedev}})
    ASSERT_TRUE(ResolveEntity(*kb_, name, false, e).ok()) << name;
  const EventVerifier v(*kb_, corpus_.get());
  EXPECT_TRUE(v.ActorsCompatible(khan, icc));
  EXPECT_TRUE(v.ActorsCompatible(russia, putin));
  EXPECT_FALSE(v.ActorsCompatible(lavrov, medvedev));
  EXPECT_FALSE(v.ActorsCompatible(icc, russia));
}

TEST_F(EventsTest, SameEventAgreesOrDiffers) {
  auto same = CheckFirst("On 16 June 2021, Joe Biden met Vladimir Putin in Geneva for their first summit.", "2021-06-17");
  EXPECT_EQ(same.verdict, Verdict::kSupported) << same.explanation;
  ASSERT_FALSE(same.evidence.empty());
  EXPECT_TRUE(same.evidence[0].is_passage);
  auto place = CheckFirst("On 16 June 2021, Joe Biden met Vladimir Putin in Helsinki for their first summit.", "2021-06-17");
  EXPECT_EQ(place.verdict, Verdict::kRefuted) << place.explanation;
  EXPECT_NE(place.explanation.find("in Geneva, not Helsinki"), std::string::npos) << place.explanation;
  auto date = CheckFirst("On 16 June 2019, Joe Biden met Vladimir Putin in Geneva for their first summit.", "2019-06-17");
  EXPECT_EQ(date.verdict, Verdict::kRefuted) << date.explanation;
  auto actor = CheckFirst("On 20 March 2023, Sergei Lavrov threatened on Telegram a missile strike on the ICC building in The Hague.",
                          "2023-03-21");
  EXPECT_EQ(actor.verdict, Verdict::kRefuted);
  ASSERT_TRUE(actor.correction.has_value());
  EXPECT_EQ(actor.correction->name, "Dmitry Medvedev");
  auto absent = CheckFirst("On 3 May 2019, Angela Merkel visited Reykjavik to open a geothermal plant.", "2019-05-04");
  EXPECT_EQ(absent.verdict, Verdict::kUnverifiable);
  EXPECT_EQ(absent.explanation, "No trusted source in the corpus mentions this.");
}

TEST_F(EventsTest, QuotesNeedTheirWordsAndSpeaker) {
  auto right = CheckFirst("Mario Draghi said: \"Within our mandate, the ECB is ready to do whatever it takes to preserve the euro.\"",
                          "2012-07-27", ClaimKind::kQuote);
  EXPECT_EQ(right.verdict, Verdict::kSupported) << right.explanation;
  auto wrong = CheckFirst("Christine Lagarde said: \"Within our mandate, the ECB is ready to do whatever it takes to preserve the euro.\"",
                          "2012-07-27", ClaimKind::kQuote);
  EXPECT_EQ(wrong.verdict, Verdict::kRefuted) << wrong.explanation;
  auto invented = CheckFirst("Mario Draghi said: \"The euro will be replaced by seashells next year.\"", "2012-07-27",
                             ClaimKind::kQuote);
  EXPECT_EQ(invented.verdict, Verdict::kUnverifiable);
}

}  // namespace factlens
