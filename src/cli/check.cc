// `factlens check`: articles in, verdicts out. Exit 0 when nothing is refuted, 1 when a claim
// is refuted, 2 on usage or input errors.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <atomic>
#include <thread>

#include "check/document_checker.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "corpus/corpus.h"
#include "report/claimreview.h"
#include "report/report.h"
#include "util/files.h"
#include "util/progress.h"

namespace factlens::cli {

namespace fs = std::filesystem;

namespace {

struct CheckArgs {
  std::string kb, corpus, date, format = "text";
  std::vector<std::string> inputs;
  unsigned jobs = 1;
};

// One article to check, or the reason it cannot be.
struct Input {
  std::string source;
  std::string bytes;
  std::optional<bool> html;
  std::optional<Date> date;
  std::string error;
};

// Reads at most the document limit plus one byte, so a huge file is refused without loading it.
Input ReadArticleFile(const std::string& path) {
  Input in;
  in.source = path;
  std::ifstream f;
  std::istream* stream = &std::cin;
  if (path != "-") {
    f.open(path, std::ios::binary);
    if (!f) { in.error = path + ": cannot open"; return in; }
    stream = &f;
  }
  in.bytes.resize(kMaxDocumentBytes + 1);
  stream->read(in.bytes.data(), static_cast<std::streamsize>(in.bytes.size()));
  in.bytes.resize(static_cast<size_t>(stream->gcount()));
  if (stream->bad()) in.error = path + ": read error";
  if (path.ends_with(".html") || path.ends_with(".htm")) in.html = true;
  return in;
}

// JSON Lines: {"id", "date", "text" | "html", "url"} per line.
void ReadJsonLines(const std::string& path, std::vector<Input>* out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) { out->push_back({path, "", std::nullopt, std::nullopt, path + ": cannot open"}); return; }
  std::string line;
  size_t line_no = 0;
  while (std::getline(f, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Input in;
    in.source = path + ":" + std::to_string(line_no);
    try {
      const auto j = nlohmann::json::parse(line);
      if (j.contains("id")) in.source = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
      if (j.contains("text") && j["text"].is_string()) { in.bytes = j["text"].get<std::string>(); in.html = false; }
      else if (j.contains("html") && j["html"].is_string()) { in.bytes = j["html"].get<std::string>(); in.html = true; }
      else in.error = path + ":" + std::to_string(line_no) + ": record has no \"text\" or \"html\" string";
      if (j.contains("date") && j["date"].is_string()) {
        const std::string d = j["date"].get<std::string>();
        in.date = Date::Parse(d.substr(0, 10));
        if (!in.date || in.date->precision != Precision::kDay)
          in.error = path + ":" + std::to_string(line_no) + ": invalid \"date\" '" + d + "' (use YYYY-MM-DD)";
      }
    } catch (const nlohmann::json::exception& e) {
      in.error = path + ":" + std::to_string(line_no) + ": invalid JSON: " + e.what();
    }
    out->push_back(std::move(in));
  }
}

std::vector<Input> CollectInputs(const std::vector<std::string>& paths) {
  std::vector<Input> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      const std::vector<std::string> files = FilesUnder(path, true, IsDocumentFile);
      if (files.empty()) out.push_back({path, "", std::nullopt, std::nullopt, path + ": no .txt, .html or .jsonl files"});
      for (const auto& f : files) {
        if (IsJsonLinesFile(f)) ReadJsonLines(f, &out);
        else out.push_back(ReadArticleFile(f));
      }
    } else if (IsJsonLinesFile(path)) {
      ReadJsonLines(path, &out);
    } else {
      out.push_back(ReadArticleFile(path));
    }
  }
  return out;
}

DocumentReport CheckOne(const DocumentChecker& checker, Input& in, std::optional<Date> given) {
  if (!in.error.empty()) {
    DocumentReport r;
    r.document.source = in.source;
    r.error = in.error;
    return r;
  }
  Result<Document> doc = MakeDocument(in.source, std::move(in.bytes), in.html);
  if (!doc.ok()) {
    DocumentReport r;
    r.document.source = in.source;
    r.error = doc.status().message();
    return r;
  }
  if (!given && in.date) given = in.date;
  return checker.Check(std::move(*doc), given);
}

int Run(const CheckArgs& args) {
  std::optional<Date> given;
  if (!args.date.empty()) {
    given = Date::Parse(args.date);
    if (!given || given->precision != Precision::kDay) return Fail("--date needs YYYY-MM-DD, got '" + args.date + "'");
  }
  auto opened = OpenKb(args.kb);
  if (!opened.ok()) return Fail(opened.status().message());
  const std::string corpus_dir = ResolveCorpusPath(args.corpus);
  std::error_code ec;
  const bool have_corpus = fs::exists(corpus_dir, ec);
  if (!args.corpus.empty() && !have_corpus) return Fail(args.corpus + ": no corpus there (create it with 'factlens corpus add')");
  if (have_corpus) {
    auto probe = Corpus::Open(corpus_dir);
    if (!probe.ok()) return Fail(probe.status().message());
  }
  std::vector<Input> inputs = CollectInputs(args.inputs);
  std::vector<DocumentReport> reports(inputs.size());
  ProgressBar bar("check", ProgressBar::StderrIsTerminal() && inputs.size() > 1);
  std::atomic<size_t> next{0}, done{0};
  auto work = [&] {
    // Each worker has its own corpus handle: Xapian databases are not shared across threads.
    std::unique_ptr<Corpus> corpus;
    if (have_corpus) {
      auto c = Corpus::Open(corpus_dir);
      if (c.ok()) corpus = std::move(*c);
    }
    const DocumentChecker checker(**opened, corpus.get());
    for (size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      reports[i] = CheckOne(checker, inputs[i], given);
      ++done;
    }
  };
  const unsigned jobs = std::max(1u, std::min<unsigned>(args.jobs, static_cast<unsigned>(inputs.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(work);
  if (jobs > 1 || inputs.size() > 1) {
    std::thread progress([&] {
      while (done < inputs.size()) {
        bar.Update(done, inputs.size(), done, "articles");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
    });
    work();
    for (auto& t : pool) t.join();
    progress.join();
  } else {
    work();
  }
  bar.Finish();
  const bool colour = isatty(STDOUT_FILENO) == 1;
  bool refuted = false, errors = false;
  for (const DocumentReport& r : reports) {
    if (args.format == "json") std::cout << ReportJson(r).dump() << "\n";
    else if (args.format == "claimreview") std::cout << (r.error.empty() ? ClaimReviewJson(r) : ReportJson(r)).dump() << "\n";
    else WriteTextReport(r, colour, std::cout);
    if (!r.error.empty()) {
      errors = true;
      std::cerr << "factlens: " << r.error << "\n";
    } else if (!r.date.date && !r.claims.empty()) {
      std::cerr << "factlens: " << r.document.source << ": no date found, so its claims are unverifiable; "
                << "give the article's date with --date YYYY-MM-DD\n";
    }
    refuted |= r.count(Verdict::kRefuted) > 0;
  }
  return errors ? kExitError : refuted ? kExitFinding : kExitOk;
}

}  // namespace

void AddCheck(CLI::App& app, int* exit_code) {
  auto a = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand("check", "check the claims of news articles as of their date");
  cmd->add_option("inputs", a->inputs, "articles: .txt or .html files, directories, .jsonl files ({id, date, text|html, url} per line), or - for stdin")
      ->required();
  cmd->add_option("--kb", a->kb, "knowledge base file (default: $FACTLENS_KB or the starter KB)");
  cmd->add_option("--corpus", a->corpus, "trusted documents for event and quote claims (default: $FACTLENS_CORPUS or the starter corpus)");
  cmd->add_option("--date", a->date, "the articles' date, YYYY-MM-DD (overrides what the articles say)");
  cmd->add_option("--format", a->format,
                  "text, json (one JSON object per article, JSON Lines) or claimreview (schema.org JSON-LD, one array per article)")
      ->check(CLI::IsMember({"text", "json", "claimreview"}));
  cmd->add_option("-j,--jobs", a->jobs, "articles checked in parallel")->check(CLI::Range(1u, 256u));
  cmd->callback([a, exit_code] { *exit_code = Run(*a); });
}

}  // namespace factlens::cli
