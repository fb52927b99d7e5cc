// What the subcommands share: finding and opening the knowledge base, exit codes, output.
#pragma once

#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "kb/knowledge_base.h"
#include "report/kb_json.h"

namespace factlens::cli {

// Exit codes, documented in the README.
constexpr int kExitOk = 0;
constexpr int kExitFinding = 1;  // a refuted claim (check), or nothing found (kb queries)
constexpr int kExitError = 2;    // usage or input error

// --kb, else $FACTLENS_KB, else the starter KB installed beside the binary.
std::string ResolveKbPath(const std::string& flag);
Result<std::unique_ptr<KnowledgeBase>> OpenKb(const std::string& flag);
// --corpus, else $FACTLENS_CORPUS, else the starter corpus installed beside the binary.
std::string ResolveCorpusPath(const std::string& flag);

// Prints "factlens: message" to stderr and returns kExitError.
int Fail(const std::string& message);


}  // namespace factlens::cli
