// `factlens check` end to end, as a newsroom runs it.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "testing.h"

namespace factlens {

using namespace factlens::testing;
using nlohmann::json;

namespace {

std::vector<json> JsonLines(const std::string& out) {
  std::vector<json> docs;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    if (nl == std::string::npos) nl = out.size();
    if (nl > pos) docs.push_back(json::parse(out.substr(pos, nl - pos)));
    pos = nl + 1;
  }
  return docs;
}

// The report claim of this kind whose span overlaps the expected text's position in the article.
const json* ClaimAt(const json& report, const std::string& article, const std::string& expected_text,
                    const std::string& kind) {
  const size_t at = article.find(expected_text);
  if (at == std::string::npos) return nullptr;
  for (const json& c : report["claims"]) {
    const size_t s = c["start"], e = c["end"];
    if (s < at + expected_text.size() && at < e && c["kind"] == kind) return &c;
  }
  return nullptr;
}

}  // namespace

// The article that started the project: every claim of icc-threat.expected.json, S1-S5 from the
// knowledge base, S6-S11 from the starter corpus of trusted documents.
TEST(CliCheck, IccThreatArticleEveryClaim) {
  REQUIRE_SHARED();
  const std::string article = ReadFile(SharedPath("examples/icc-threat.txt"));
  const json expected = json::parse(ReadFile(SharedPath("examples/icc-threat.expected.json")));
  auto r = RunFactlens({"check", "--kb", StarterKbPath(), "--corpus", FACTLENS_STARTER_CORPUS, "--format", "json",
                        SharedPath("examples/icc-threat.txt")});
  ASSERT_EQ(r.exit_code, 1) << r.err;  // refuted claims
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  const json& report = docs[0];
  EXPECT_EQ(report["document"]["date"], expected["date"]);
  // Where the expected text abbreviates with "...", the words that locate the claim in the article.
  const std::map<std::string, std::string> locate = {
      {"S6", "announced on March 14th"},
      {"S7", "warned that the country was prepared to use missiles"},
      {"S8", "has denied any direct involvement"},
      {"S9", "an instrument of Western imperialism"},
      {"S10", "refrain from any action"},
      {"S11", "stands with the ICC"}};
  int refuted = 0;
  for (const json& claim : expected["claims"]) {
    const std::string id = claim["id"];
    const std::string text = claim["text"];
    const std::string where = locate.count(id) ? locate.at(id) : text;
    const json* got = ClaimAt(report, article, where, claim["kind"]);
    ASSERT_NE(got, nullptr) << id << " not found: " << text;
    EXPECT_EQ((*got)["verdict"], claim["verdict"]) << id << ": " << (*got)["explanation"];
    refuted += claim["verdict"] == "refuted";
    if (claim["kind"] == "position_held" || claim["kind"] == "headquarters") {
      EXPECT_EQ((*got)["as_of"], claim["as_of"]) << id;
    }
    if (id == "S1") {
      EXPECT_EQ((*got)["correction"]["name"], "Piotr Hofmański");
      EXPECT_EQ((*got)["correction"]["term"], "2021-03-11 to 2024-03-10");
    }
    if (id == "S6") {
      bool dated = false;
      for (const json& e : (*got)["evidence"]) dated |= e["date"] == "2022-03-02" && e.contains("passage");
      EXPECT_TRUE(dated) << "S6's evidence gives 2022-03-02: " << (*got)["evidence"].dump();
    }
    if (id == "S7") {
      EXPECT_EQ((*got)["correction"]["name"], "Dmitry Medvedev");
      EXPECT_NE((*got)["correction"]["term"].get<std::string>().find("2023-03-20"), std::string::npos);
      EXPECT_NE((*got)["correction"]["term"].get<std::string>().find("Telegram"), std::string::npos);
      const json& e = (*got)["evidence"][0];
      for (const char* field : {"document", "title", "date", "source", "start", "end", "passage"})
        EXPECT_TRUE(e.contains(field)) << field;
    }
  }
  EXPECT_EQ(report["summary"]["refuted"], refuted) << "no claim but the expected ones may be refuted";
}

// Without a corpus, the knowledge-base claims come out the same and nothing else is refuted.
TEST(CliCheck, IccThreatArticleWithoutCorpus) {
  REQUIRE_SHARED();
  auto r = RunFactlens({"check", "--kb", StarterKbPath(), "--format", "json", SharedPath("examples/icc-threat.txt")},
                       "", {{"FACTLENS_CORPUS", TempDir() + "/absent"}});
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["summary"]["refuted"], 1);
}

TEST(CliCheck, TextReportShowsVerdictCorrectionAndEvidence) {
  REQUIRE_SHARED();
  auto r = RunFactlens({"check", "--kb", StarterKbPath(), SharedPath("examples/icc-threat.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("REFUTED      \"the court's president, Chile Eboe-Osuji\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("correction: Piotr Hofmański (2021-03-11 to 2024-03-10)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("evidence: Chile Eboe-Osuji held President of the International Criminal Court, 2018-03-11 to 2021-03-10"),
            std::string::npos);
  EXPECT_EQ(r.out.find("\033["), std::string::npos) << "no colour when stdout is not a terminal";
}

TEST(CliCheck, StdinHtmlJsonLinesAndDirectoriesKeepInputOrder) {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", "LONDON, June 5, 2019 - British Prime Minister Theresa May resigned as party leader.");
  WriteFile(dir + "/b.html", "<html><head><meta property=\"article:published_time\" content=\"2016-01-10T09:00:00Z\"></head>"
                             "<body><p>German Chancellor Angela Merkel spoke.</p></body></html>");
  WriteFile(dir + "/c.jsonl",
            "{\"id\":\"one\",\"date\":\"2010-01-01\",\"text\":\"UN Secretary-General Kofi Annan spoke.\"}\n"
            "{\"id\":\"two\",\"date\":\"2010-01-01\",\"html\":\"<p>UN Secretary-General Ban Ki-moon spoke.</p>\"}\n");
  auto r = RunFactlens({"check", "--kb", StarterKbPath(), "--format", "json", "--jobs", "2", dir});
  EXPECT_EQ(r.exit_code, 1) << r.err;  // Kofi Annan was no longer Secretary-General in 2010
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0]["claims"][0]["verdict"], "supported");
  EXPECT_EQ(docs[1]["document"]["date_basis"], "HTML meta article:published_time");
  EXPECT_EQ(docs[1]["claims"][0]["verdict"], "supported");
  EXPECT_EQ(docs[2]["document"]["source"], "one");
  EXPECT_EQ(docs[2]["claims"][0]["verdict"], "refuted");
  EXPECT_EQ(docs[2]["claims"][0]["correction"]["name"], "Ban Ki-moon");
  EXPECT_EQ(docs[3]["claims"][0]["verdict"], "supported");
  auto in = RunFactlens({"check", "--kb", StarterKbPath(), "--date", "2019-06-05", "-"},
                        "Theresa May, the British prime minister, spoke.");
  EXPECT_EQ(in.exit_code, 0) << in.err << in.out;
  EXPECT_NE(in.out.find("SUPPORTED"), std::string::npos) << in.out;
}

TEST(CliCheck, BadInputGivesClearMessagesAndExitCodes) {
  const std::string dir = TempDir();
  WriteFile(dir + "/empty.txt", "");
  WriteFile(dir + "/binary.txt", std::string("\x7f" "ELF\0\0\xff\xfe", 8));
  WriteFile(dir + "/latin1.txt", "Caf\xe9 society");
  auto empty = RunFactlens({"check", "--kb", StarterKbPath(), dir + "/empty.txt"});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("empty"), std::string::npos);
  auto binary = RunFactlens({"check", "--kb", StarterKbPath(), dir + "/binary.txt"});
  EXPECT_EQ(binary.exit_code, 2);
  EXPECT_NE(binary.err.find("not UTF-8"), std::string::npos);
  EXPECT_EQ(RunFactlens({"check", "--kb", StarterKbPath(), dir + "/latin1.txt"}).exit_code, 2);
  // 100 MB: refused with the limit, without reading it all.
  {
    std::ofstream big(dir + "/big.txt", std::ios::binary);
    std::string block(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) big << block;
  }
  auto big = RunFactlens({"check", "--kb", StarterKbPath(), dir + "/big.txt"});
  EXPECT_EQ(big.exit_code, 2);
  EXPECT_NE(big.err.find("limit is 16 MiB"), std::string::npos) << big.err;
  auto no_date = RunFactlens({"check", "--kb", StarterKbPath(), "-"}, "British Prime Minister Boris Johnson spoke.");
  EXPECT_EQ(no_date.exit_code, 0);
  EXPECT_NE(no_date.out.find("UNVERIFIABLE"), std::string::npos);
  EXPECT_NE(no_date.err.find("--date"), std::string::npos);
  EXPECT_EQ(RunFactlens({"check", "--kb", StarterKbPath(), "--date", "2019-13-01", "-"}, "x").exit_code, 2);
  EXPECT_EQ(RunFactlens({"check", "--bogus"}).exit_code, 2);
  EXPECT_EQ(RunFactlens({"check", "--kb", dir + "/missing.kb", "-"}, "x").exit_code, 2);
  WriteFile(dir + "/corrupt.kb", ReadFile(StarterKbPath()).substr(0, 5000));
  auto corrupt = RunFactlens({"check", "--kb", dir + "/corrupt.kb", "-"}, "x");
  EXPECT_EQ(corrupt.exit_code, 2);
  EXPECT_NE(corrupt.err.find("truncated"), std::string::npos) << corrupt.err;
  WriteFile(dir + "/bad.jsonl", "{\"id\":\"ok\",\"date\":\"2019-06-05\",\"text\":\"Hello.\"}\nnot json\n{\"id\":\"x\"}\n");
  auto jsonl = RunFactlens({"check", "--kb", StarterKbPath(), "--format", "json", dir + "/bad.jsonl"});
  EXPECT_EQ(jsonl.exit_code, 2);
  EXPECT_NE(jsonl.err.find("bad.jsonl:2: invalid JSON"), std::string::npos) << jsonl.err;
  EXPECT_NE(jsonl.err.find("bad.jsonl:3: record has no"), std::string::npos) << jsonl.err;
  EXPECT_EQ(JsonLines(jsonl.out).size(), 3u);  // the good record is still reported
}

}  // namespace factlens
