// `factlens corpus stats` and `factlens corpus search`: for people inspecting a corpus.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "corpus/corpus.h"

namespace factlens::cli {

void AddCorpusStats(CLI::App& corpus, int* exit_code) {
  auto dir = std::make_shared<std::string>();
  CLI::App* cmd = corpus.add_subcommand("stats", "how many documents and passages a corpus holds");
  cmd->add_option("--corpus", *dir, "the corpus directory (default: $FACTLENS_CORPUS or the starter corpus)");
  cmd->callback([dir, exit_code] {
    auto c = Corpus::Open(ResolveCorpusPath(*dir));
    if (!c.ok()) { *exit_code = Fail(c.status().message()); return; }
    const CorpusStats s = (*c)->Stats();
    std::cout << ResolveCorpusPath(*dir) << ": " << s.documents << " documents, " << s.passages << " passages";
    if (!s.first_date.empty()) std::cout << ", dated " << s.first_date << " to " << s.last_date;
    std::cout << "\n";
  });
}

void AddCorpusSearch(CLI::App& corpus, int* exit_code) {
  struct Args { std::string dir, query, format = "text"; size_t limit = 10; };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = corpus.add_subcommand("search", "the passages best matching some words");
  cmd->add_option("--corpus", a->dir, "the corpus directory (default: $FACTLENS_CORPUS or the starter corpus)");
  cmd->add_option("-n,--limit", a->limit, "how many passages");
  cmd->add_option("--format", a->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("query", a->query, "words to search for")->required();
  cmd->callback([a, exit_code] {
    auto c = Corpus::Open(ResolveCorpusPath(a->dir));
    if (!c.ok()) { *exit_code = Fail(c.status().message()); return; }
    const std::vector<Passage> found = (*c)->Search(a->query, a->limit);
    nlohmann::json j = nlohmann::json::array();
    for (const Passage& p : found) {
      if (a->format == "json") {
        j.push_back({{"document", p.document_id}, {"title", p.title}, {"date", p.date.ToString()}, {"source", p.source},
                     {"start", p.start}, {"end", p.end}, {"passage", p.text}, {"score", p.score}});
      } else {
        std::cout << p.date.ToString() << "  " << p.title << "  <" << p.source << ">  [" << p.document_id << " "
                  << p.start << "-" << p.end << "]\n    " << p.text << "\n";
      }
    }
    if (a->format == "json") std::cout << j.dump(2) << "\n";
    if (found.empty()) *exit_code = kExitFinding;
  });
}

}  // namespace factlens::cli
