// `factlens corpus add`: index trusted documents, all or nothing.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "corpus/corpus.h"
#include "util/files.h"
#include "util/progress.h"

namespace factlens::cli {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> ExpandCorpusInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      const std::vector<std::string> found = FilesUnder(in, true, IsDocumentFile);
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(in);
    }
  }
  return files;
}

}  // namespace

void AddCorpusAdd(CLI::App& corpus, int* exit_code) {
  struct Args { std::string dir; std::vector<std::string> inputs; };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = corpus.add_subcommand("add", "index trusted documents (text with Title/Date/Source headers, HTML, JSON Lines)");
  cmd->add_option("--corpus", a->dir, "the corpus directory (default: $FACTLENS_CORPUS, else ./factlens-corpus)");
  cmd->add_option("inputs", a->inputs, "files or directories of .txt, .html and .jsonl documents")->required();
  cmd->callback([a, exit_code] {
    std::string dir = a->dir;
    if (const char* env = std::getenv("FACTLENS_CORPUS"); dir.empty()) dir = env != nullptr && *env != '\0' ? env : "factlens-corpus";
    const std::vector<std::string> files = ExpandCorpusInputs(a->inputs);
    auto writer = CorpusWriter::Open(dir);
    if (!writer.ok()) { *exit_code = Fail(writer.status().message()); return; }
    std::vector<CorpusInputError> errors;
    ProgressBar bar("corpus add", ProgressBar::StderrIsTerminal());
    size_t done = 0;
    for (const std::string& f : files) {
      for (const CorpusDocument& d : ReadCorpusInput(f, &errors)) {
        if (Status s = (*writer)->Add(d); !s.ok()) { *exit_code = Fail(s.message() + " (nothing was added)"); return; }
        ++done;
        bar.Update(done, 0, done, "documents");
      }
    }
    bar.Finish();
    if (Status s = (*writer)->Commit(); !s.ok()) { *exit_code = Fail(s.message() + " (nothing was added)"); return; }
    std::cerr << "added " << (*writer)->added() << " documents to " << dir;
    if (!errors.empty()) std::cerr << "; skipped " << errors.size() << " unreadable or malformed input(s)";
    std::cerr << "\n";
    for (const auto& e : errors) std::cerr << "factlens: " << e.where << ": " << e.message << "\n";
    if (!errors.empty()) *exit_code = kExitError;
  });
}

}  // namespace factlens::cli
