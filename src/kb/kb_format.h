// Constants of the knowledge base file layout; doc/kb-format.md describes it byte by byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace factlens::kbfmt {

constexpr char kMagic[8] = {'F', 'A', 'C', 'T', 'L', 'K', 'B', '\0'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderSize = 128;

enum Section : size_t { kEntities = 0, kIdIndex = 1, kNames = 2, kBackrefs = 3, kMetadata = 4, kSectionCount = 5 };

// Offsets of the header fields (all little-endian).
constexpr size_t kOffMagic = 0;
constexpr size_t kOffVersion = 8;
constexpr size_t kOffHeaderSize = 12;
constexpr size_t kOffFileSize = 16;
constexpr size_t kOffEntityCount = 24;
constexpr size_t kOffSections = 32;  // kSectionCount x (u64 offset, u64 size)
constexpr size_t kOffDataCrc = 112;
constexpr size_t kOffFlags = 116;
constexpr size_t kOffHeaderCrc = 124;

// A keyed postings table (names, back-references): u64 key count, u64 key blob size,
// u64 posting count, the key blob (padded to 8), key entries, postings.
constexpr size_t kTableHeaderSize = 24;
constexpr size_t kTableEntrySize = 24;  // u64 key offset, u32 key size, u32 postings, u64 first

// Files at most this large have their data checksum verified on every open.
constexpr uint64_t kVerifyOnOpenLimit = 256ull << 20;

// The key under which the back-reference table lists the entities that have a statement with
// property `property` whose value is `object_id`.
inline std::string BackrefKey(std::string_view object_id, uint32_t property) {
  std::string k(object_id);
  k += '\t';
  k += std::to_string(property);
  return k;
}

}  // namespace factlens::kbfmt
