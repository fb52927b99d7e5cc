// The HTTP API, in process: every endpoint, the error codes, and 8 clients x 500 requests.
#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "testing.h"

namespace factlens {

using nlohmann::json;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::Open(testing::StarterKbPath());
    ASSERT_TRUE(kb.ok());
    kb_ = std::move(*kb);
    ServerOptions options;
    options.port = 0;
    options.log = false;
    options.corpus_dir = FACTLENS_STARTER_CORPUS;
    options.max_body_bytes = 1 << 20;
    server_ = std::make_unique<Server>(*kb_, options);
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().message();
    port_ = *port;
    thread_ = std::thread([this] { server_->Run(); });
  }
  void TearDown() override {
    server_->Stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }
  std::unique_ptr<KnowledgeBase> kb_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(ServerTest, CheckInEveryBodyForm) {
  auto c = Client();
  auto plain = c.Post("/api/check?date=2018-01-01", "British Prime Minister Boris Johnson spoke.", "text/plain");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->status, 200);
  json r = json::parse(plain->body);
  EXPECT_EQ(r["document"]["date"], "2018-01-01");
  EXPECT_EQ(r["claims"][0]["verdict"], "refuted");
  EXPECT_EQ(r["claims"][0]["correction"]["name"], "Theresa May");
  auto html = c.Post("/api/check", "<html><head><meta property=\"article:published_time\" content=\"2020-06-01\"></head>"
                                   "<body><p>British Prime Minister Boris Johnson spoke.</p></body></html>", "text/html");
  ASSERT_TRUE(html);
  EXPECT_EQ(json::parse(html->body)["claims"][0]["verdict"], "supported");
  auto js = c.Post("/api/check", json{{"text", "British Prime Minister Boris Johnson spoke."}, {"date", "2020-06-01"}}.dump(),
                   "application/json");
  ASSERT_TRUE(js);
  EXPECT_EQ(json::parse(js->body)["summary"]["supported"], 1);
  auto review = c.Post("/api/check?format=claimreview",
                       json{{"text", "British Prime Minister Boris Johnson spoke."}, {"date", "2018-01-01"}}.dump(), "application/json");
  ASSERT_TRUE(review);
  json cr = json::parse(review->body);
  ASSERT_EQ(cr.size(), 1u);
  EXPECT_EQ(cr[0]["@type"], "ClaimReview");
  EXPECT_EQ(cr[0]["reviewRating"]["alternateName"], "False");
  EXPECT_EQ(cr[0]["claimReviewed"], "British Prime Minister Boris Johnson");
}

TEST_F(ServerTest, KnowledgeBaseEndpointsAndHealth) {
  auto c = Client();
  auto health = c.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  auto who = c.Get("/api/kb/who?position=President%20of%20the%20International%20Criminal%20Court&at=2023-03-15");
  ASSERT_TRUE(who);
  EXPECT_EQ(json::parse(who->body)["results"][0]["name"], "Piotr Hofmański");
  auto held = c.Get("/api/kb/held?person=Sergei%20Lavrov&at=2023-03-15");
  ASSERT_TRUE(held);
  EXPECT_EQ(json::parse(held->body)["results"][0]["name"], "Minister of Foreign Affairs of Russia");
  auto entity = c.Get("/api/kb/entity/fl:icc");
  ASSERT_TRUE(entity);
  EXPECT_EQ(json::parse(entity->body)["name"], "International Criminal Court");
  auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_NE(page->body.find("<button id=\"check\">"), std::string::npos);
}

TEST_F(ServerTest, ErrorsAreJsonWithTheRightStatus) {
  auto c = Client();
  auto expect = [](const httplib::Result& r, int status, const std::string& words) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
    EXPECT_NE(json::parse(r->body)["error"].get<std::string>().find(words), std::string::npos) << r->body;
  };
  expect(c.Post("/api/check", "{not json", "application/json"), 400, "not valid JSON");
  expect(c.Post("/api/check", "{\"txt\": \"x\"}", "application/json"), 400, "\"text\" or \"html\"");
  expect(c.Post("/api/check", "{\"text\": \"x\", \"date\": \"June\"}", "application/json"), 400, "YYYY-MM-DD");
  expect(c.Post("/api/check", "", "text/plain"), 400, "empty");
  expect(c.Post("/api/check", std::string("\xff\xfe", 2), "text/plain"), 400, "UTF-8");
  expect(c.Post("/api/check", std::string(2 << 20, 'a'), "text/plain"), 413, "larger than");
  expect(c.Post("/api/check", "x", "image/png"), 415, "text/plain");
  expect(c.Get("/api/kb/entity/Q999999999"), 404, "no entity");
  expect(c.Get("/api/kb/who?position=President%20of%20Russia"), 400, "at");
  expect(c.Get("/api/kb/who?position=Nothing%20Such&at=2020-01-01"), 404, "no entity");
  expect(c.Get("/../../etc/passwd"), 404, "no such path");
  expect(c.Get("/api/nothing"), 404, "no such path");
}

// A check that runs out of time says so for the claims it could not look up, and still answers.
TEST(ServerTimeLimit, ClaimsPastTheLimitAreUnverifiableAndSaySo) {
  auto kb = KnowledgeBase::Open(testing::StarterKbPath());
  ASSERT_TRUE(kb.ok());
  ServerOptions options;
  options.port = 0;
  options.log = false;
  options.corpus_dir = FACTLENS_STARTER_CORPUS;
  options.check_time_limit_ms = 0;
  Server server(**kb, options);
  auto port = server.Bind();
  ASSERT_TRUE(port.ok());
  std::thread t([&] { server.Run(); });
  httplib::Client c("127.0.0.1", *port);
  auto r = c.Post("/api/check", json{{"text", "On 20 March 2023, Sergei Lavrov threatened on Telegram a missile strike on the ICC."},
                                     {"date", "2023-03-21"}}.dump(), "application/json");
  server.Stop();
  t.join();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  const json j = json::parse(r->body);
  bool limited = false;
  for (const json& claim : j["claims"])
    limited |= claim["kind"] == "event" && claim["verdict"] == "unverifiable" &&
               claim["explanation"].get<std::string>().find("time limit") != std::string::npos;
  EXPECT_TRUE(limited) << r->body;
}

// 8 clients x 500 requests at once: none fails, and every response answers its own request.
TEST_F(ServerTest, ConcurrentClientsGetTheirOwnAnswers) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2018-01-01", "Theresa May"}, {"2020-06-01", "Boris Johnson"}, {"2012-05-01", "David Cameron"},
      {"2023-03-15", "Rishi Sunak"}, {"2008-01-01", "Gordon Brown"}, {"2003-01-01", "Tony Blair"}};
  std::atomic<int> failures{0}, done{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t)
    clients.emplace_back([&, t] {
      auto c = Client();
      for (int i = 0; i < 500; ++i) {
        const auto& [date, pm] = cases[static_cast<size_t>(t + i) % cases.size()];
        auto r = c.Post("/api/check", json{{"text", "The British prime minister spoke on trade."}, {"date", date}}.dump(),
                        "application/json");
        if (!r || r->status != 200) { ++failures; continue; }
        const json j = json::parse(r->body);
        if (j["document"]["date"] != date) ++failures;
        ++done;
      }
    });
  for (auto& c : clients) c.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(done.load(), 4000);
  // And with claims, answers match their dates: who was prime minister.
  std::vector<std::thread> checkers;
  for (int t = 0; t < 8; ++t)
    checkers.emplace_back([&, t] {
      auto c = Client();
      for (int i = 0; i < 50; ++i) {
        const auto& [date, pm] = cases[static_cast<size_t>(t * 7 + i) % cases.size()];
        auto r = c.Post("/api/check", json{{"text", "British Prime Minister Boris Johnson spoke."}, {"date", date}}.dump(),
                        "application/json");
        if (!r || r->status != 200) { ++failures; continue; }
        const json j = json::parse(r->body);
        const json& claim = j["claims"][0];
        const bool right = pm == "Boris Johnson" ? claim["verdict"] == "supported" : claim["correction"]["name"] == pm;
        if (!right) ++failures;
      }
    });
  for (auto& c : checkers) c.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace factlens
