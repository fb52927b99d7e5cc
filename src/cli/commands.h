// One registration function per subcommand (each in its own file).
#pragma once

#include <CLI/CLI.hpp>

namespace factlens::cli {

// Each adds its subcommand to `parent`; the callback stores the exit code in *exit_code.
void AddKbBuild(CLI::App& kb, int* exit_code);
void AddKbShow(CLI::App& kb, int* exit_code);
void AddKbWho(CLI::App& kb, int* exit_code);
void AddKbHeld(CLI::App& kb, int* exit_code);
void AddKbVerify(CLI::App& kb, int* exit_code);
void AddCheck(CLI::App& app, int* exit_code);
void AddServe(CLI::App& app, int* exit_code);
void AddCorpusAdd(CLI::App& corpus, int* exit_code);
void AddCorpusStats(CLI::App& corpus, int* exit_code);
void AddCorpusSearch(CLI::App& corpus, int* exit_code);

}  // namespace factlens::cli
