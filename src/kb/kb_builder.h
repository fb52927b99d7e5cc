// `kb build`: Wikidata dumps and curated fact files in, one knowledge base file out.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "kb/wikidata_reader.h"
#include "util/status.h"

namespace factlens {

struct BuildOptions {
  std::vector<std::string> inputs;  // dumps (any compression), *.facts files, or directories of them
  std::string output;
  std::vector<std::string> languages = {"en"};
  std::string temp_dir = "/tmp";
  bool progress = false;
};

struct BuildReport {
  uint64_t entities = 0;
  uint64_t statements = 0;
  uint64_t curated_facts = 0;
  uint64_t malformed_lines = 0;
  std::vector<std::string> warnings;  // input errors after which the build went on
};

// Builds the KB. Malformed dump lines are counted and skipped; a broken input (truncated
// compressed file) is reported in `warnings` and the KB is still written from what was read,
// marked incomplete. Returns an error only when no KB could be written.
Status BuildKnowledgeBase(const BuildOptions& options, BuildReport* report, std::ostream& log);

}  // namespace factlens
