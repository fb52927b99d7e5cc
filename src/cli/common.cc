#include "cli/common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace factlens::cli {

namespace fs = std::filesystem;

static fs::path ExecutableDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path(".") : exe.parent_path();
}

std::string ResolveKbPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("FACTLENS_KB"); env != nullptr && *env != '\0') return env;
  return (ExecutableDir() / ".." / "share" / "factlens" / "starter.kb").lexically_normal().string();
}

std::string ResolveCorpusPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("FACTLENS_CORPUS"); env != nullptr && *env != '\0') return env;
  return (ExecutableDir() / ".." / "share" / "factlens" / "corpus").lexically_normal().string();
}

Result<std::unique_ptr<KnowledgeBase>> OpenKb(const std::string& flag) {
  const std::string path = ResolveKbPath(flag);
  std::error_code ec;
  if (flag.empty() && !fs::exists(path, ec))
    return Status::NotFound("the starter knowledge base is not at " + path +
                            " (build the project, or choose a KB with --kb or FACTLENS_KB)");
  return KnowledgeBase::Open(path);
}

int Fail(const std::string& message) {
  std::cerr << "factlens: " << message << "\n";
  return kExitError;
}

}  // namespace factlens::cli
