// Listing the input files of a directory.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace factlens {

// Regular files under `dir` (with its subdirectories when `recursive`) whose path `wanted`
// accepts, sorted so that a run over a directory is reproducible.
std::vector<std::string> FilesUnder(const std::string& dir, bool recursive,
                                    const std::function<bool(const std::string&)>& wanted);

// Articles and trusted documents come in the same kinds of files: .txt, .html/.htm and
// JSON Lines (.jsonl/.ndjson).
bool IsDocumentFile(const std::string& path);
bool IsJsonLinesFile(const std::string& path);

}  // namespace factlens
