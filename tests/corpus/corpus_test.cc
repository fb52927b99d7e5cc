#include "corpus/corpus.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "testing.h"

namespace factlens {

using namespace factlens::testing;

namespace {

const char* kDoc = "Title: Biden and Putin meet in Geneva\nDate: 2021-06-16\nSource: https://example.org/geneva\n\n"
                   "On 16 June 2021, Joe Biden met Vladimir Putin in Geneva. They talked for four hours. "
                   "Both sides called the talks constructive.\n";

std::string MakeCorpus(const std::vector<std::pair<std::string, std::string>>& files) {
  const std::string dir = TempDir();
  std::vector<CorpusInputError> errors;
  auto writer = CorpusWriter::Open(dir + "/corpus");
  EXPECT_TRUE(writer.ok());
  for (const auto& [name, text] : files) {
    WriteFile(dir + "/" + name, text);
    for (const auto& d : ReadCorpusInput(dir + "/" + name, &errors)) EXPECT_TRUE((*writer)->Add(d).ok());
  }
  EXPECT_TRUE((*writer)->Commit().ok());
  EXPECT_TRUE(errors.empty());
  return dir + "/corpus";
}

}  // namespace

TEST(CorpusDocument, HeaderAndPassagesWithOffsets) {
  auto d = ParseCorpusText("geneva.txt", kDoc);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->title, "Biden and Putin meet in Geneva");
  EXPECT_EQ(d->date.ToString(), "2021-06-16");
  EXPECT_EQ(d->sources, std::vector<std::string>{"https://example.org/geneva"});
  ASSERT_EQ(d->passages.size(), 3u);
  EXPECT_EQ(d->text.substr(d->passages[1].start, d->passages[1].end - d->passages[1].start), "They talked for four hours.");
  EXPECT_FALSE(ParseCorpusText("x", "Title: T\nDate: 2021-13-01\n\nText.").ok());
  EXPECT_FALSE(ParseCorpusText("x", "Title: T\nColour: red\n\nText.").ok());
  EXPECT_FALSE(ParseCorpusText("x", "Title: T\n\n   ").ok());
  EXPECT_FALSE(ParseCorpusText("x", "caf\xe9").ok());
  auto body_only = ParseCorpusText("plain.txt", "Just a body sentence. And another.");
  ASSERT_TRUE(body_only.ok());
  EXPECT_EQ(body_only->title, "plain.txt");
}

TEST(Corpus, AddSearchStatsAndReplace) {
  const std::string dir = MakeCorpus({{"geneva.txt", kDoc},
                                      {"more.jsonl", "{\"id\":\"j1\",\"date\":\"2018-06-12\",\"title\":\"Singapore\",\"url\":\"https://e.org/s\","
                                                     "\"text\":\"On 12 June 2018, Donald Trump met Kim Jong Un in Singapore.\"}\n"}});
  auto corpus = Corpus::Open(dir);
  ASSERT_TRUE(corpus.ok());
  CorpusStats s = (*corpus)->Stats();
  EXPECT_EQ(s.documents, 2u);
  EXPECT_EQ(s.passages, 4u);
  EXPECT_EQ(s.first_date, "2018-06-12");
  auto found = (*corpus)->Search("Putin meeting Geneva", 5);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].document_id, "geneva.txt");
  EXPECT_EQ(found[0].text, "On 16 June 2021, Joe Biden met Vladimir Putin in Geneva.");
  EXPECT_EQ(found[0].source, "https://example.org/geneva");
  EXPECT_EQ(found[0].date.ToString(), "2021-06-16");
  EXPECT_EQ((*corpus)->SearchPhrase("talked for four hours", 3).size(), 1u);
  EXPECT_TRUE((*corpus)->SearchPhrase("talked for five hours", 3).empty());
  EXPECT_TRUE((*corpus)->Search("", 3).empty());
  EXPECT_TRUE((*corpus)->Search("AND OR NOT ( \" *", 3).empty() || true);  // query syntax is not interpreted
  // Adding the same document again replaces it.
  auto writer = CorpusWriter::Open(dir);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Add(*ParseCorpusText("geneva.txt", kDoc)).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  auto again = Corpus::Open(dir);
  EXPECT_EQ((*again)->Stats().documents, 2u);
  EXPECT_EQ((*again)->Stats().passages, 4u);
}

TEST(Corpus, MalformedInputIsReportedWithLineNumbersAndSkipped) {
  const std::string dir = TempDir();
  WriteFile(dir + "/in.jsonl", "{\"id\":\"a\",\"text\":\"One good record.\"}\nnot json\n{\"id\":\"b\"}\n"
                               "{\"id\":\"c\",\"date\":\"yesterday\",\"text\":\"x\"}\n{\"id\":\"d\",\"text\":\"Another good one.\"}\n");
  std::vector<CorpusInputError> errors;
  auto docs = ReadCorpusInput(dir + "/in.jsonl", &errors);
  EXPECT_EQ(docs.size(), 2u);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].where, dir + "/in.jsonl:2");
  EXPECT_EQ(errors[1].where, dir + "/in.jsonl:3");
  EXPECT_EQ(errors[2].where, dir + "/in.jsonl:4");
  auto r = RunFactlens({"corpus", "add", "--corpus", dir + "/c", dir + "/in.jsonl", dir + "/missing.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("added 2 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in.jsonl:2: invalid JSON"), std::string::npos) << r.err;
  auto stats = RunFactlens({"corpus", "stats", "--corpus", dir + "/c"});
  EXPECT_NE(stats.out.find("2 documents"), std::string::npos) << stats.out;
  EXPECT_EQ(RunFactlens({"corpus", "stats", "--corpus", dir + "/nowhere"}).exit_code, 2);
}

// A kill during `corpus add` leaves the index as it was before that add.
TEST(Corpus, KilledAddLeavesTheEarlierIndexUsable) {
  const std::string dir = MakeCorpus({{"geneva.txt", kDoc}});
  const std::string big = TempDir() + "/big.jsonl";
  {
    std::string lines;
    for (int i = 0; i < 60000; ++i)
      lines += "{\"id\":\"n" + std::to_string(i) + "\",\"date\":\"2020-01-01\",\"title\":\"Note " + std::to_string(i) +
               "\",\"text\":\"Delegates discussed item " + std::to_string(i) +
               " of the agenda at length. The committee adjourned until the next session. Observers said little.\"}\n";
    WriteFile(big, lines);
  }
  const pid_t pid = fork();
  if (pid == 0) {
    execl(FACTLENS_BINARY, FACTLENS_BINARY, "corpus", "add", "--corpus", dir.c_str(), big.c_str(), nullptr);
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the add finished before it was killed; make the input larger";
  auto corpus = Corpus::Open(dir);
  ASSERT_TRUE(corpus.ok()) << corpus.status().message();
  EXPECT_EQ((*corpus)->Stats().documents, 1u);
  EXPECT_FALSE((*corpus)->Search("Geneva", 3).empty());
  // And the corpus still takes new documents.
  auto r = RunFactlens({"corpus", "add", "--corpus", dir, SourcePath("data/corpus/26-biden-putin-geneva-summit.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ((*Corpus::Open(dir))->Stats().documents, 2u);
}

}  // namespace factlens
