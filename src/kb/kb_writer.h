// Writes a knowledge base file: entity records stream to disk as they come; the id, name and
// back-reference indexes are sorted externally and written when the file is finished.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "kb/entity.h"
#include "kb/external_sorter.h"
#include "util/status.h"

namespace factlens {

struct KbWriterOptions {
  std::string temp_dir = "/tmp";
  size_t sort_memory = 96ull << 20;  // for all three indexes; bounds the writer's memory
};

class KbWriter {
 public:
  static Result<std::unique_ptr<KbWriter>> Create(const std::string& path, KbWriterOptions options);
  ~KbWriter();

  Status Add(const Entity& entity);
  // Writes the indexes and header, then renames the file into place (readers never see a
  // half-written KB). `metadata` lines ("key=value") are stored for `kb info`.
  Status Finish(const std::vector<std::string>& metadata);
  uint64_t entity_count() const { return entities_; }
  uint64_t statement_count() const { return statements_; }

 private:
  KbWriter(std::string path, std::string temp_path, FILE* file, KbWriterOptions options);
  Status Write(const void* data, size_t size);
  Status Pad8();
  Status WriteTable(ExternalSorter& sorter, uint64_t* offset, uint64_t* size);

  std::string path_, temp_path_;
  FILE* file_;
  KbWriterOptions options_;
  uint64_t pos_ = 0;
  uint64_t entities_ = 0, statements_ = 0;
  std::string record_;
  std::unique_ptr<ExternalSorter> ids_, names_, backrefs_;
  bool finished_ = false;
};


}  // namespace factlens
