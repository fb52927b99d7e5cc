// A one-line progress bar on stderr, drawn only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace factlens {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label, bool enabled);
  ~ProgressBar();
  // done/total in bytes (total 0 when unknown); items counts entities or documents.
  void Update(uint64_t done, uint64_t total, uint64_t items, const char* item_name);
  void Finish();
  static bool StderrIsTerminal();

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

std::string HumanBytes(uint64_t bytes);

}  // namespace factlens
