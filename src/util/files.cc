#include "util/files.h"

#include <algorithm>
#include <filesystem>

namespace factlens {

namespace fs = std::filesystem;

std::vector<std::string> FilesUnder(const std::string& dir, bool recursive,
                                    const std::function<bool(const std::string&)>& wanted) {
  std::vector<std::string> out;
  std::error_code ec;
  auto consider = [&](const fs::directory_entry& e) {
    if (e.is_regular_file(ec) && wanted(e.path().string())) out.push_back(e.path().string());
  };
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) consider(e);
  } else {
    for (const auto& e : fs::directory_iterator(dir, ec)) consider(e);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool IsJsonLinesFile(const std::string& path) { return path.ends_with(".jsonl") || path.ends_with(".ndjson"); }

bool IsDocumentFile(const std::string& path) {
  return path.ends_with(".txt") || path.ends_with(".html") || path.ends_with(".htm") || IsJsonLinesFile(path);
}

}  // namespace factlens
