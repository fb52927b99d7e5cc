#include "kb/external_sorter.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <queue>

#include "kb/record_codec.h"

namespace factlens {

namespace {

// Buffered reading of one run file: [varint key size][key][u64 value]...
class RunReader {
 public:
  explicit RunReader(FILE* f) : f_(f) {}
  ~RunReader() { std::fclose(f_); }
  bool Next() {
    uint64_t size = 0;
    int shift = 0;
    for (;;) {
      const int c = std::getc(f_);
      if (c == EOF) return false;
      size |= static_cast<uint64_t>(c & 0x7f) << shift;
      if ((c & 0x80) == 0) break;
      shift += 7;
    }
    key.resize(size);
    if (std::fread(key.data(), 1, size, f_) != size) return false;
    return std::fread(&value, sizeof value, 1, f_) == 1;
  }
  std::string key;
  uint64_t value = 0;

 private:
  FILE* f_;
};

}  // namespace

// The buffers are reserved once, at their full size, and never grow: memory is the budget
// whatever the input (a doubling vector would overshoot it by up to half).
ExternalSorter::ExternalSorter(std::string temp_dir, size_t memory_budget)
    : temp_dir_(std::move(temp_dir)), budget_(memory_budget) {
  arena_.reserve(budget_ / 2);
  entries_.reserve(budget_ / 2 / sizeof(Entry));
}

ExternalSorter::~ExternalSorter() {
  for (const auto& r : runs_) unlink(r.c_str());
}

Status ExternalSorter::Add(std::string_view key, uint64_t value) {
  if (entries_.size() == entries_.capacity() || arena_.size() + key.size() > arena_.capacity())
    if (Status s = Spill(); !s.ok()) return s;
  entries_.push_back({arena_.size(), static_cast<uint32_t>(key.size()), value});
  arena_.append(key);
  return Status::Ok();
}

Status ExternalSorter::Spill() {
  auto less = [this](const Entry& a, const Entry& b) {
    const std::string_view ka(arena_.data() + a.key_offset, a.key_size);
    const std::string_view kb(arena_.data() + b.key_offset, b.key_size);
    const int c = ka.compare(kb);
    return c != 0 ? c < 0 : a.value < b.value;
  };
  std::sort(entries_.begin(), entries_.end(), less);
  std::string path = temp_dir_ + "/factlens-sort-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) return Status::IoError("cannot create a temporary file in " + temp_dir_ + ": " + std::strerror(errno));
  FILE* f = fdopen(fd, "wb");
  runs_.push_back(path);
  std::string buf;
  for (const Entry& e : entries_) {
    buf.clear();
    PutVarint(&buf, e.key_size);
    buf.append(arena_.data() + e.key_offset, e.key_size);
    buf.append(reinterpret_cast<const char*>(&e.value), sizeof e.value);
    if (std::fwrite(buf.data(), 1, buf.size(), f) != buf.size()) {
      std::fclose(f);
      return Status::IoError("cannot write a temporary sort run (disk full?)");
    }
  }
  if (std::fclose(f) != 0) return Status::IoError("cannot write a temporary sort run (disk full?)");
  entries_.clear();  // keeps the reserved capacity
  arena_.clear();
  return Status::Ok();
}

Status ExternalSorter::Merge(const std::function<Status(std::string_view, uint64_t)>& emit) {
  if (Status s = Spill(); !s.ok()) return s;
  std::vector<std::unique_ptr<RunReader>> readers;
  // The read buffers share a fixed budget, so that merging many runs (a huge dump) takes no
  // more memory than merging a few.
  constexpr size_t kMergeBuffers = 16u << 20;
  const size_t buffer = std::max<size_t>(64u << 10, kMergeBuffers / std::max<size_t>(1, runs_.size()));
  for (const auto& path : runs_) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return Status::IoError("cannot reopen sort run " + path);
    std::setvbuf(f, nullptr, _IOFBF, buffer);
    readers.push_back(std::make_unique<RunReader>(f));
  }
  auto greater = [&](size_t a, size_t b) {
    const int c = readers[a]->key.compare(readers[b]->key);
    return c != 0 ? c > 0 : readers[a]->value > readers[b]->value;
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
  for (size_t i = 0; i < readers.size(); ++i)
    if (readers[i]->Next()) heap.push(i);
  std::string last_key;
  uint64_t last_value = 0;
  bool first = true;
  while (!heap.empty()) {
    const size_t i = heap.top();
    heap.pop();
    RunReader& r = *readers[i];
    if (first || r.key != last_key || r.value != last_value) {
      if (Status s = emit(r.key, r.value); !s.ok()) return s;
      last_key = r.key;
      last_value = r.value;
      first = false;
    }
    if (r.Next()) heap.push(i);
  }
  return Status::Ok();
}

}  // namespace factlens
