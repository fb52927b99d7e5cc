#include "kb/kb_writer.h"

#include <fcntl.h>
#include <isa-l/crc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "kb/kb_format.h"
#include "kb/record_codec.h"
#include "text/normalize.h"

namespace factlens {

namespace {

template <typename T>
void Store(char* at, T v) { std::memcpy(at, &v, sizeof v); }

}  // namespace

Result<std::unique_ptr<KbWriter>> KbWriter::Create(const std::string& path, KbWriterOptions options) {
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return Status::IoError("cannot create " + path + ": " + std::strerror(errno));
  FILE* f = fdopen(fd, "wb");
  std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
  std::unique_ptr<KbWriter> w(new KbWriter(path, temp, f, std::move(options)));
  char header[kbfmt::kHeaderSize] = {};
  if (Status s = w->Write(header, sizeof header); !s.ok()) return s;
  return w;
}

KbWriter::KbWriter(std::string path, std::string temp_path, FILE* file, KbWriterOptions options)
    : path_(std::move(path)), temp_path_(std::move(temp_path)), file_(file), options_(std::move(options)) {
  ids_ = std::make_unique<ExternalSorter>(options_.temp_dir, options_.sort_memory / 4);
  names_ = std::make_unique<ExternalSorter>(options_.temp_dir, options_.sort_memory / 2);
  backrefs_ = std::make_unique<ExternalSorter>(options_.temp_dir, options_.sort_memory / 4);
}

KbWriter::~KbWriter() {
  if (file_) std::fclose(file_);
  if (!finished_) unlink(temp_path_.c_str());
}

Status KbWriter::Write(const void* data, size_t size) {
  if (std::fwrite(data, 1, size, file_) != size)
    return Status::IoError("cannot write " + path_ + ": " + std::strerror(errno));
  pos_ += size;
  return Status::Ok();
}

Status KbWriter::Pad8() {
  static const char zeros[8] = {};
  return Write(zeros, (8 - pos_ % 8) % 8);
}

Status KbWriter::Add(const Entity& e) {
  const uint64_t offset = pos_ - kbfmt::kHeaderSize;
  record_.clear();
  EncodeEntity(e, &record_);
  if (Status s = Write(record_.data(), record_.size()); !s.ok()) return s;
  if (Status s = ids_->Add(e.id, offset); !s.ok()) return s;
  auto add_name = [&](std::string_view name) -> Status {
    std::string key = NormalizeName(name);
    return key.empty() ? Status::Ok() : names_->Add(key, offset);
  };
  if (Status s = add_name(e.label); !s.ok()) return s;
  for (const auto& a : e.aliases)
    if (Status s = add_name(a); !s.ok()) return s;
  // Demonyms name their country in text: "the British prime minister".
  for (const Statement& st : e.statements)
    if (st.property == prop::kDemonym && st.kind == ValueKind::kString && st.rank != Rank::kDeprecated)
      if (Status s = add_name(st.item); !s.ok()) return s;
  for (const Statement& st : e.statements) {
    if (st.kind != ValueKind::kItem || st.property == prop::kInstanceOf) continue;
    if (Status s = backrefs_->Add(kbfmt::BackrefKey(st.item, st.property), offset); !s.ok()) return s;
  }
  ++entities_;
  statements_ += e.statements.size();
  return Status::Ok();
}

// Keys and postings go to two side files while the key blob is written, then are appended:
// the table is written in one pass over the sorted pairs.
Status KbWriter::WriteTable(ExternalSorter& sorter, uint64_t* offset, uint64_t* size) {
  if (Status s = Pad8(); !s.ok()) return s;
  *offset = pos_;
  FILE* entries = std::tmpfile();
  FILE* postings = std::tmpfile();
  if (!entries || !postings) return Status::IoError("cannot create temporary files");
  uint64_t keys = 0, blob = 0, n_postings = 0;
  char table_header[kbfmt::kTableHeaderSize] = {};
  if (Status s = Write(table_header, sizeof table_header); !s.ok()) return s;
  std::string current;
  uint32_t current_count = 0;
  uint64_t current_first = 0, current_key_offset = 0;
  bool have = false;
  Status io;
  auto flush_entry = [&]() {
    char e[kbfmt::kTableEntrySize];
    Store<uint64_t>(e, current_key_offset);
    Store<uint32_t>(e + 8, static_cast<uint32_t>(current.size()));
    Store<uint32_t>(e + 12, current_count);
    Store<uint64_t>(e + 16, current_first);
    std::fwrite(e, 1, sizeof e, entries);
    ++keys;
  };
  Status merged = sorter.Merge([&](std::string_view key, uint64_t value) -> Status {
    if (!have || key != current) {
      if (have) flush_entry();
      current.assign(key);
      current_key_offset = blob;
      current_count = 0;
      current_first = n_postings;
      if (Status s = Write(key.data(), key.size()); !s.ok()) return s;
      blob += key.size();
      have = true;
    }
    std::fwrite(&value, sizeof value, 1, postings);
    ++current_count;
    ++n_postings;
    return Status::Ok();
  });
  if (!merged.ok()) return merged;
  if (have) flush_entry();
  if (Status s = Pad8(); !s.ok()) return s;
  for (FILE* side : {entries, postings}) {
    std::rewind(side);
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, side)) > 0)
      if (Status s = Write(buf, n); !s.ok()) return s;
    std::fclose(side);
  }
  Store<uint64_t>(table_header, keys);
  Store<uint64_t>(table_header + 8, blob);
  Store<uint64_t>(table_header + 16, n_postings);
  if (std::fflush(file_) != 0 || pwrite(fileno(file_), table_header, sizeof table_header, static_cast<off_t>(*offset)) !=
      static_cast<ssize_t>(sizeof table_header))
    return Status::IoError("cannot write " + path_);
  *size = pos_ - *offset;
  return Status::Ok();
}

Status KbWriter::Finish(const std::vector<std::string>& metadata) {
  uint64_t offsets[kbfmt::kSectionCount] = {}, sizes[kbfmt::kSectionCount] = {};
  offsets[kbfmt::kEntities] = kbfmt::kHeaderSize;
  sizes[kbfmt::kEntities] = pos_ - kbfmt::kHeaderSize;

  // Id index: record offsets in id order.
  if (Status s = Pad8(); !s.ok()) return s;
  offsets[kbfmt::kIdIndex] = pos_;
  Status merged = ids_->Merge([&](std::string_view, uint64_t value) { return Write(&value, sizeof value); });
  if (!merged.ok()) return merged;
  sizes[kbfmt::kIdIndex] = pos_ - offsets[kbfmt::kIdIndex];

  if (Status s = WriteTable(*names_, &offsets[kbfmt::kNames], &sizes[kbfmt::kNames]); !s.ok()) return s;
  if (Status s = WriteTable(*backrefs_, &offsets[kbfmt::kBackrefs], &sizes[kbfmt::kBackrefs]); !s.ok()) return s;

  if (Status s = Pad8(); !s.ok()) return s;
  offsets[kbfmt::kMetadata] = pos_;
  for (const auto& line : metadata) {
    if (Status s = Write(line.data(), line.size()); !s.ok()) return s;
    if (Status s = Write("\n", 1); !s.ok()) return s;
  }
  sizes[kbfmt::kMetadata] = pos_ - offsets[kbfmt::kMetadata];
  if (Status s = Pad8(); !s.ok()) return s;
  if (std::fflush(file_) != 0) return Status::IoError("cannot write " + path_ + ": " + std::strerror(errno));

  // Checksum the data by reading it back in blocks (a map would count the whole file in the
  // process's resident memory), then write the header.
  const int fd = fileno(file_);
  uint32_t data_crc = 0;
  std::vector<unsigned char> block(1 << 20);
  for (uint64_t at = kbfmt::kHeaderSize; at < pos_;) {
    const ssize_t n = pread(fd, block.data(), std::min<uint64_t>(block.size(), pos_ - at), static_cast<off_t>(at));
    if (n <= 0) return Status::IoError("cannot read back " + temp_path_ + ": " + std::strerror(errno));
    data_crc = crc32_gzip_refl(data_crc, block.data(), static_cast<uint64_t>(n));
    at += static_cast<uint64_t>(n);
  }
  char h[kbfmt::kHeaderSize] = {};
  std::memcpy(h + kbfmt::kOffMagic, kbfmt::kMagic, sizeof kbfmt::kMagic);
  Store<uint32_t>(h + kbfmt::kOffVersion, kbfmt::kVersion);
  Store<uint32_t>(h + kbfmt::kOffHeaderSize, kbfmt::kHeaderSize);
  Store<uint64_t>(h + kbfmt::kOffFileSize, pos_);
  Store<uint64_t>(h + kbfmt::kOffEntityCount, entities_);
  for (size_t i = 0; i < kbfmt::kSectionCount; ++i) {
    Store<uint64_t>(h + kbfmt::kOffSections + i * 16, offsets[i]);
    Store<uint64_t>(h + kbfmt::kOffSections + i * 16 + 8, sizes[i]);
  }
  Store<uint32_t>(h + kbfmt::kOffDataCrc, data_crc);
  Store<uint32_t>(h + kbfmt::kOffHeaderCrc, crc32_gzip_refl(0, reinterpret_cast<unsigned char*>(h), kbfmt::kOffHeaderCrc));
  if (pwrite(fd, h, sizeof h, 0) != static_cast<ssize_t>(sizeof h) || fsync(fd) != 0)
    return Status::IoError("cannot write " + path_ + ": " + std::strerror(errno));
  std::fclose(file_);
  file_ = nullptr;
  chmod(temp_path_.c_str(), 0644);
  if (rename(temp_path_.c_str(), path_.c_str()) != 0)
    return Status::IoError("cannot rename " + temp_path_ + " to " + path_ + ": " + std::strerror(errno));
  finished_ = true;
  return Status::Ok();
}

}  // namespace factlens
