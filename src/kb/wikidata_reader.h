// Reads Wikidata's JSON dump (latest-all.json[.gz|.bz2]) entity by entity, keeping what
// claim checking needs. Malformed lines are counted and skipped; the read goes on.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kb/entity.h"
#include "util/status.h"

namespace factlens {

struct DumpReadOptions {
  std::vector<std::string> languages = {"en"};  // labels/aliases kept; the first is the main one
};

struct MalformedLine {
  uint64_t line = 0;
  std::string reason;
};

struct DumpReadStats {
  uint64_t lines = 0;
  uint64_t entities = 0;
  uint64_t statements = 0;
  uint64_t malformed = 0;
  std::vector<MalformedLine> first_malformed;  // the first few, for the report
};

// Parses one entity line of the dump (a trailing ',' allowed). Returns false with a reason when
// the line is not a valid entity; true with *keep=false for entities we do not keep (lexemes).
class WikidataEntityParser {
 public:
  explicit WikidataEntityParser(DumpReadOptions options);
  ~WikidataEntityParser();
  Status Parse(std::string_view line, Entity* entity, bool* keep);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

using ProgressFn = std::function<void(uint64_t raw_bytes, uint64_t file_size, uint64_t entities)>;

// Streams every entity of the dump at `path` to `sink`. A read or decompression error (e.g. a
// truncated gzip file) ends the read with that Status; entities already delivered stay delivered.
Status ReadWikidataDump(const std::string& path, const DumpReadOptions& options,
                        const std::function<void(Entity&&)>& sink, DumpReadStats* stats,
                        const ProgressFn& progress = nullptr);

}  // namespace factlens
