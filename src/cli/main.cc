#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"

int main(int argc, char** argv) {
  CLI::App app{"factlens: checks the factual claims of news articles as of their date, offline"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("factlens 0.1.0"));
  int exit_code = factlens::cli::kExitOk;
  factlens::cli::AddCheck(app, &exit_code);
  factlens::cli::AddServe(app, &exit_code);
  CLI::App* kb = app.add_subcommand("kb", "build and query the knowledge base");
  kb->require_subcommand(1);
  factlens::cli::AddKbBuild(*kb, &exit_code);
  factlens::cli::AddKbShow(*kb, &exit_code);
  factlens::cli::AddKbWho(*kb, &exit_code);
  factlens::cli::AddKbHeld(*kb, &exit_code);
  factlens::cli::AddKbVerify(*kb, &exit_code);
  CLI::App* corpus = app.add_subcommand("corpus", "index and inspect the corpus of trusted documents");
  corpus->require_subcommand(1);
  factlens::cli::AddCorpusAdd(*corpus, &exit_code);
  factlens::cli::AddCorpusStats(*corpus, &exit_code);
  factlens::cli::AddCorpusSearch(*corpus, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : factlens::cli::kExitError;
  }
  return exit_code;
}
