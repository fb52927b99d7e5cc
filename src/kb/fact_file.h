// Curated fact files (doc/fact-format.md): human-written facts, one per line, each with a source.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kb/entity.h"
#include "util/status.h"

namespace factlens {

struct FactFileError {
  std::string file;
  size_t line = 0;
  std::string message;
  std::string ToString() const { return file + ":" + std::to_string(line) + ": " + message; }
};

// Collects the records of any number of fact files, then resolves keys to entity ids.
class FactFileSet {
 public:
  // Parses one file's text; errors are collected (see errors()) and parsing goes on.
  void AddText(const std::string& file_name, std::string_view text);
  Status AddFile(const std::string& path);

  // Resolves every key and returns the entities, or the errors found (also in errors()).
  Result<std::vector<Entity>> Finish();
  const std::vector<FactFileError>& errors() const { return errors_; }
  size_t fact_count() const { return facts_; }

 private:
  struct PendingStatement {
    std::string subject_key;
    Statement statement;
    std::string object_key;  // for item values; resolved in Finish()
    std::string replaces_key, replaced_by_key;
    std::string file;
    size_t line = 0;
  };
  struct Declared {
    Entity entity;
    std::string qid;
    std::vector<std::string> class_keys;  // is=
    std::vector<std::pair<uint32_t, std::string>> item_keys;  // role= / of=
    std::string source;
    std::string file;
    size_t line = 0;
  };

  void ParseLine(const std::string& file, size_t line_no, std::string_view line, std::string& source);
  void Error(const std::string& file, size_t line, std::string message);

  std::map<std::string, Declared> declared_;
  std::vector<PendingStatement> statements_;
  std::vector<FactFileError> errors_;
  size_t facts_ = 0;
};

// The entity id a key stands for: its qid when declared, else "fl:KEY".
std::string CuratedId(const std::string& key, const std::string& qid);

}  // namespace factlens
