// Sorts (key, value) pairs of any number in bounded memory: full buffers are sorted and spilled
// to run files, which are merged at the end. This keeps `kb build` memory flat however large
// the dump is.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace factlens {

class ExternalSorter {
 public:
  // Runs go to `temp_dir`; a buffer holds at most `memory_budget` bytes of keys.
  ExternalSorter(std::string temp_dir, size_t memory_budget);
  ~ExternalSorter();
  ExternalSorter(const ExternalSorter&) = delete;
  ExternalSorter& operator=(const ExternalSorter&) = delete;

  Status Add(std::string_view key, uint64_t value);
  // Calls `emit` for every pair in (key, value) order, exact duplicates once.
  Status Merge(const std::function<Status(std::string_view key, uint64_t value)>& emit);
  size_t runs() const { return runs_.size(); }

 private:
  Status Spill();

  std::string temp_dir_;
  size_t budget_;
  std::string arena_;
  struct Entry {
    uint64_t key_offset;
    uint32_t key_size;
    uint64_t value;
  };
  std::vector<Entry> entries_;
  std::vector<std::string> runs_;
};

}  // namespace factlens
