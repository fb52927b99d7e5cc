#include "kb/kb_builder.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "kb/fact_file.h"
#include "kb/kb_writer.h"
#include "util/files.h"
#include "util/progress.h"

namespace factlens {

namespace fs = std::filesystem;

namespace {

bool IsFactFile(const std::string& path) { return path.size() > 6 && path.ends_with(".facts"); }

// Expands directories into their *.facts files (sorted, so builds are reproducible).
Status ExpandInputs(const std::vector<std::string>& inputs, std::vector<std::string>* facts,
                    std::vector<std::string>* dumps) {
  for (const auto& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      const std::vector<std::string> found = FilesUnder(in, false, IsFactFile);
      if (found.empty()) return Status::InvalidArgument(in + ": directory holds no .facts files");
      facts->insert(facts->end(), found.begin(), found.end());
    } else if (IsFactFile(in)) {
      facts->push_back(in);
    } else {
      dumps->push_back(in);
    }
  }
  return Status::Ok();
}

void MergeCurated(Entity&& curated, Entity* into) {
  if (into->label.empty()) into->label = curated.label;
  else if (curated.label != into->label) into->aliases.push_back(curated.label);
  if (into->description.empty()) into->description = curated.description;
  for (auto& a : curated.aliases) into->aliases.push_back(std::move(a));
  for (auto& s : curated.statements) into->statements.push_back(std::move(s));
}

}  // namespace

Status BuildKnowledgeBase(const BuildOptions& options, BuildReport* report, std::ostream& log) {
  std::vector<std::string> fact_files, dumps;
  if (Status s = ExpandInputs(options.inputs, &fact_files, &dumps); !s.ok()) return s;

  FactFileSet facts;
  for (const auto& f : fact_files)
    if (Status s = facts.AddFile(f); !s.ok()) return s;
  Result<std::vector<Entity>> curated = facts.Finish();
  if (!curated.ok()) return curated.status();
  report->curated_facts = facts.fact_count();
  std::map<std::string, Entity> curated_by_id;
  for (Entity& e : *curated) {
    const std::string id = e.id;
    auto [it, inserted] = curated_by_id.try_emplace(id, std::move(e));
    if (!inserted) return Status::InvalidArgument("two curated entities share the Wikidata id " + id);
  }

  KbWriterOptions wopts;
  wopts.temp_dir = options.temp_dir;
  Result<std::unique_ptr<KbWriter>> writer = KbWriter::Create(options.output, wopts);
  if (!writer.ok()) return writer.status();

  Status write_status;
  bool incomplete = false;
  for (const auto& dump : dumps) {
    DumpReadStats stats;
    DumpReadOptions ropts;
    ropts.languages = options.languages;
    ProgressBar bar("kb build " + fs::path(dump).filename().string(), options.progress);
    Status read = ReadWikidataDump(
        dump, ropts,
        [&](Entity&& e) {
          if (!write_status.ok()) return;
          if (auto it = curated_by_id.find(e.id); it != curated_by_id.end()) {
            MergeCurated(std::move(it->second), &e);
            curated_by_id.erase(it);
          }
          write_status = (*writer)->Add(e);
        },
        &stats, [&](uint64_t raw, uint64_t size, uint64_t n) { bar.Update(raw, size, n, "entities"); });
    bar.Finish();
    if (!write_status.ok()) return write_status;
    report->malformed_lines += stats.malformed;
    log << dump << ": " << stats.entities << " entities, " << stats.statements << " statements kept";
    if (stats.malformed > 0) log << ", " << stats.malformed << " malformed line(s) skipped";
    log << "\n";
    for (const auto& m : stats.first_malformed) log << "  line " << m.line << ": " << m.reason << "\n";
    if (stats.malformed > stats.first_malformed.size())
      log << "  ... and " << (stats.malformed - stats.first_malformed.size()) << " more\n";
    if (!read.ok()) {
      incomplete = true;
      report->warnings.push_back(read.message() + " (the entities read before the error were kept)");
    }
  }
  for (auto& [id, e] : curated_by_id)
    if (Status s = (*writer)->Add(e); !s.ok()) return s;

  std::vector<std::string> metadata = {"factlens_kb=1"};
  for (const auto& in : options.inputs) metadata.push_back("input=" + in);
  if (incomplete) metadata.push_back("incomplete=1");
  report->entities = (*writer)->entity_count();
  report->statements = (*writer)->statement_count();
  metadata.push_back("entities=" + std::to_string(report->entities));
  return (*writer)->Finish(metadata);
}

}  // namespace factlens
