#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "kb/kb_builder.h"
#include "util/progress.h"

namespace factlens::cli {

void AddKbBuild(CLI::App& kb, int* exit_code) {
  auto opts = std::make_shared<BuildOptions>();
  auto languages = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = kb.add_subcommand("build", "build a knowledge base from Wikidata JSON dumps and .facts files");
  cmd->add_option("-o,--output", opts->output, "the knowledge base file to write")->required();
  cmd->add_option("inputs", opts->inputs, "dumps (.json, .json.gz, .json.bz2, .json.zst, .json.xz), .facts files or directories of them")
      ->required();
  cmd->add_option("--lang", *languages, "also keep labels and aliases in these languages (English always)");
  cmd->add_option("--tmp", opts->temp_dir, "directory for temporary sort files");
  cmd->callback([opts, languages, exit_code] {
    opts->languages = {"en"};
    for (const auto& l : *languages)
      if (l != "en") opts->languages.push_back(l);
    opts->progress = ProgressBar::StderrIsTerminal();
    BuildReport report;
    Status s = BuildKnowledgeBase(*opts, &report, std::cerr);
    if (!s.ok()) {
      *exit_code = Fail(s.message());
      return;
    }
    std::cerr << "wrote " << opts->output << ": " << report.entities << " entities, " << report.statements
              << " statements (" << report.curated_facts << " curated facts";
    if (report.malformed_lines > 0) std::cerr << ", " << report.malformed_lines << " malformed lines skipped";
    std::cerr << ")\n";
    for (const auto& w : report.warnings) std::cerr << "factlens: error: " << w << "\n";
    if (!report.warnings.empty()) {
      std::cerr << "factlens: the knowledge base is incomplete\n";
      *exit_code = kExitError;
    }
  });
}

}  // namespace factlens::cli
