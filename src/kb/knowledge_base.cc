#include "kb/knowledge_base.h"

#include <isa-l/crc.h>

#include <cstring>

#include "kb/kb_format.h"
#include "kb/record_codec.h"

namespace factlens {

namespace {

template <typename T>
T Load(const char* at) {
  T v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

}  // namespace

Status PostingsTable::Init(std::string_view s, const char* what) {
  auto bad = [&](const std::string& m) { return Status::Corruption(std::string(what) + " table: " + m); };
  if (s.size() < kbfmt::kTableHeaderSize) return bad("too short");
  keys_ = Load<uint64_t>(s.data());
  blob_size_ = Load<uint64_t>(s.data() + 8);
  postings_ = Load<uint64_t>(s.data() + 16);
  const uint64_t blob_padded = (blob_size_ + 7) / 8 * 8;
  const uint64_t avail = s.size() - kbfmt::kTableHeaderSize;
  if (blob_padded > avail || keys_ > (avail - blob_padded) / kbfmt::kTableEntrySize ||
      postings_ > (avail - blob_padded - keys_ * kbfmt::kTableEntrySize) / 8)
    return bad("sizes exceed the section");
  blob_ = s.data() + kbfmt::kTableHeaderSize;
  entries_ = blob_ + blob_padded;
  postings_data_ = entries_ + keys_ * kbfmt::kTableEntrySize;
  return Status::Ok();
}

std::string_view PostingsTable::Key(uint64_t i) const {
  const uint64_t off = Load<uint64_t>(entry(i));
  const uint32_t size = Load<uint32_t>(entry(i) + 8);
  if (off > blob_size_ || size > blob_size_ - off) return {};  // corrupt entry: matches nothing
  return {blob_ + off, size};
}

PostingsTable::Range PostingsTable::PrefixRange(std::string_view prefix, Range within) const {
  uint64_t lo = within.begin, hi = within.end;
  while (lo < hi) {  // first key >= prefix
    const uint64_t mid = lo + (hi - lo) / 2;
    if (Key(mid) < prefix) lo = mid + 1; else hi = mid;
  }
  const uint64_t begin = lo;
  hi = within.end;
  while (lo < hi) {  // first key that does not start with prefix
    const uint64_t mid = lo + (hi - lo) / 2;
    if (Key(mid).substr(0, prefix.size()) == prefix) lo = mid + 1; else hi = mid;
  }
  return {begin, lo};
}

int64_t PostingsTable::Find(std::string_view key, Range within) const {
  uint64_t lo = within.begin, hi = within.end;
  while (lo < hi) {
    const uint64_t mid = lo + (hi - lo) / 2;
    if (Key(mid) < key) lo = mid + 1; else hi = mid;
  }
  return lo < within.end && Key(lo) == key ? static_cast<int64_t>(lo) : -1;
}

std::vector<uint64_t> PostingsTable::Postings(uint64_t i) const {
  const uint32_t count = Load<uint32_t>(entry(i) + 12);
  const uint64_t first = Load<uint64_t>(entry(i) + 16);
  std::vector<uint64_t> out;
  if (first > postings_ || count > postings_ - first) return out;
  out.resize(count);
  std::memcpy(out.data(), postings_data_ + first * 8, count * 8ull);
  return out;
}

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Open(const std::string& path, Verify verify) {
  Result<std::unique_ptr<MappedFile>> file = MappedFile::Open(path);
  if (!file.ok()) return file.status();
  std::string_view d = (*file)->data();
  auto bad = [&](const std::string& m) { return Status::Corruption(path + ": not a valid factlens knowledge base: " + m); };
  if (d.size() < kbfmt::kHeaderSize) return bad("file is too short for a header (" + std::to_string(d.size()) + " bytes)");
  if (std::memcmp(d.data(), kbfmt::kMagic, sizeof kbfmt::kMagic) != 0) return bad("wrong magic bytes");
  const uint32_t version = Load<uint32_t>(d.data() + kbfmt::kOffVersion);
  if (version != kbfmt::kVersion)
    return bad("format version " + std::to_string(version) + ", this factlens reads version " + std::to_string(kbfmt::kVersion));
  if (Load<uint32_t>(d.data() + kbfmt::kOffHeaderCrc) !=
      crc32_gzip_refl(0, reinterpret_cast<const unsigned char*>(d.data()), kbfmt::kOffHeaderCrc))
    return bad("header checksum mismatch");
  const uint64_t file_size = Load<uint64_t>(d.data() + kbfmt::kOffFileSize);
  if (file_size != d.size())
    return bad("file is truncated or extended: header says " + std::to_string(file_size) + " bytes, file has " + std::to_string(d.size()));
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  kb->path_ = path;
  kb->entity_count_ = Load<uint64_t>(d.data() + kbfmt::kOffEntityCount);
  kb->data_crc_ = Load<uint32_t>(d.data() + kbfmt::kOffDataCrc);
  std::string_view sections[kbfmt::kSectionCount];
  for (size_t i = 0; i < kbfmt::kSectionCount; ++i) {
    const uint64_t off = Load<uint64_t>(d.data() + kbfmt::kOffSections + i * 16);
    const uint64_t size = Load<uint64_t>(d.data() + kbfmt::kOffSections + i * 16 + 8);
    if (off < kbfmt::kHeaderSize || off > d.size() || size > d.size() - off) return bad("section " + std::to_string(i) + " out of bounds");
    sections[i] = d.substr(off, size);
  }
  kb->entities_ = sections[kbfmt::kEntities];
  kb->id_index_ = sections[kbfmt::kIdIndex];
  kb->metadata_ = sections[kbfmt::kMetadata];
  if (kb->id_index_.size() % 8 != 0 || kb->id_index_.size() / 8 != kb->entity_count_) return bad("id index size does not match the entity count");
  if (Status s = kb->names_.Init(sections[kbfmt::kNames], "name"); !s.ok()) return bad(s.message());
  if (Status s = kb->backrefs_.Init(sections[kbfmt::kBackrefs], "back-reference"); !s.ok()) return bad(s.message());
  kb->file_ = std::move(*file);
  if (verify == Verify::kAlways || (verify == Verify::kAuto && d.size() <= kbfmt::kVerifyOnOpenLimit))
    if (Status s = kb->VerifyChecksum(); !s.ok()) return s;
  return kb;
}

Status KnowledgeBase::VerifyChecksum() const {
  std::string_view d = file_->data();
  const uint32_t crc = crc32_gzip_refl(0, reinterpret_cast<const unsigned char*>(d.data()) + kbfmt::kHeaderSize,
                                       d.size() - kbfmt::kHeaderSize);
  if (crc != data_crc_) return Status::Corruption(path_ + ": knowledge base is corrupted (data checksum mismatch); rebuild it");
  return Status::Ok();
}

Status KnowledgeBase::EntityAt(uint64_t offset, Entity* out) const {
  if (offset >= entities_.size()) return Status::Corruption(path_ + ": entity offset out of range");
  Status s = DecodeEntity(entities_.substr(offset), out, nullptr);
  if (!s.ok()) return Status::Corruption(path_ + ": " + s.message());
  return Status::Ok();
}

Status KnowledgeBase::FindById(std::string_view id, Entity* out) const {
  uint64_t lo = 0, hi = entity_count_;
  while (lo < hi) {
    const uint64_t mid = lo + (hi - lo) / 2;
    const uint64_t off = Load<uint64_t>(id_index_.data() + mid * 8);
    std::string_view mid_id;
    if (off >= entities_.size() || !DecodeEntityId(entities_.substr(off), &mid_id).ok())
      return Status::Corruption(path_ + ": id index points outside the entity records");
    if (mid_id < id) lo = mid + 1; else hi = mid;
  }
  if (lo < entity_count_) {
    const uint64_t off = Load<uint64_t>(id_index_.data() + lo * 8);
    if (Status s = EntityAt(off, out); !s.ok()) return s;
    if (out->id == id) return Status::Ok();
  }
  return Status::NotFound("no entity with id " + std::string(id));
}

std::vector<uint64_t> KnowledgeBase::FindByName(std::string_view name) const {
  const int64_t e = names_.Find(name, names_.all());
  return e < 0 ? std::vector<uint64_t>{} : names_.Postings(static_cast<uint64_t>(e));
}

std::vector<uint64_t> KnowledgeBase::Referrers(std::string_view object_id, uint32_t property) const {
  const int64_t e = backrefs_.Find(kbfmt::BackrefKey(object_id, property), backrefs_.all());
  return e < 0 ? std::vector<uint64_t>{} : backrefs_.Postings(static_cast<uint64_t>(e));
}

std::string KnowledgeBase::LabelOf(std::string_view id) const {
  Entity e;
  if (FindById(id, &e).ok() && !e.label.empty()) return e.label;
  return std::string(id);
}

}  // namespace factlens
