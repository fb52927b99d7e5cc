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

std::string RankName(Rank r) {
  return r == Rank::kPreferred ? "preferred" : r == Rank::kDeprecated ? "deprecated" : "normal";
}

nlohmann::json EntityRefJson(const Entity& e) { return {{"id", e.id}, {"name", e.label}}; }

nlohmann::json StatementJson(const KnowledgeBase& kb, const Statement& s) {
  nlohmann::json j;
  j["property"] = "P" + std::to_string(s.property);
  j["property_name"] = PropertyName(s.property);
  if (s.kind == ValueKind::kItem) j["value"] = {{"id", s.item}, {"name", kb.LabelOf(s.item)}};
  else if (s.kind == ValueKind::kTime) j["value"] = s.time.ToString();
  else j["value"] = s.item;
  if (s.start.known()) j["start"] = s.start.ToString();
  if (s.end.known()) j["end"] = s.end.ToString();
  if (s.point.known()) j["point_in_time"] = s.point.ToString();
  if (!s.replaces.empty()) j["replaces"] = {{"id", s.replaces}, {"name", kb.LabelOf(s.replaces)}};
  if (!s.replaced_by.empty()) j["replaced_by"] = {{"id", s.replaced_by}, {"name", kb.LabelOf(s.replaced_by)}};
  j["rank"] = RankName(s.rank);
  if (!s.statement_id.empty()) j["statement_id"] = s.statement_id;
  j["source"] = s.source;
  return j;
}

}  // namespace factlens::cli
