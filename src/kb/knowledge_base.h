// A knowledge base file opened for reading: memory-mapped, immutable, shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/mapped_file.h"
#include "kb/entity.h"
#include "util/status.h"

namespace factlens {

// A keyed postings table inside the file (names or back-references).
class PostingsTable {
 public:
  struct Range {
    uint64_t begin = 0, end = 0;  // entry indices
    bool empty() const { return begin >= end; }
  };
  PostingsTable() = default;
  Status Init(std::string_view section, const char* what);
  Range all() const { return {0, keys_}; }
  std::string_view Key(uint64_t entry) const;
  // Entries within `within` whose key starts with `prefix`.
  Range PrefixRange(std::string_view prefix, Range within) const;
  // The entry whose key equals `key`, or -1.
  int64_t Find(std::string_view key, Range within) const;
  std::vector<uint64_t> Postings(uint64_t entry) const;
  uint64_t size() const { return keys_; }

 private:
  const char* entry(uint64_t i) const { return entries_ + i * 24; }
  uint64_t keys_ = 0, blob_size_ = 0, postings_ = 0;
  const char* blob_ = nullptr;
  const char* entries_ = nullptr;
  const char* postings_data_ = nullptr;
};

class KnowledgeBase {
 public:
  enum class Verify { kAuto, kAlways, kNever };
  // Opens and validates the header; with kAuto the data checksum is verified for files up to
  // 256 MiB (larger ones open in O(1); `kb verify` checks them).
  static Result<std::unique_ptr<KnowledgeBase>> Open(const std::string& path, Verify verify = Verify::kAuto);

  Status VerifyChecksum() const;
  uint64_t entity_count() const { return entity_count_; }
  const std::string& path() const { return path_; }
  std::string_view metadata() const { return metadata_; }

  // Entity records are addressed by their offset in the entities section.
  Status EntityAt(uint64_t offset, Entity* out) const;
  // Finds the entity with this id ("Q7747", "fl:icc"); NotFound if absent.
  Status FindById(std::string_view id, Entity* out) const;
  // Entity offsets whose label or alias normalizes to exactly `name` (see NormalizeName).
  std::vector<uint64_t> FindByName(std::string_view normalized_name) const;
  // Entities with a statement `property` whose value is `object_id`.
  std::vector<uint64_t> Referrers(std::string_view object_id, uint32_t property) const;
  // The label of an entity id, or the id itself when the KB does not hold it.
  std::string LabelOf(std::string_view id) const;

  const PostingsTable& names() const { return names_; }

 private:
  KnowledgeBase() = default;
  std::string path_;
  std::unique_ptr<MappedFile> file_;
  std::string_view entities_, id_index_, metadata_;
  uint64_t entity_count_ = 0;
  uint32_t data_crc_ = 0;
  PostingsTable names_, backrefs_;
};

}  // namespace factlens
