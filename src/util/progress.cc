#include "util/progress.h"

#include <unistd.h>

#include <cstdio>

namespace factlens {

std::string HumanBytes(uint64_t bytes) {
  char buf[32];
  const double b = static_cast<double>(bytes);
  if (b >= 1e9) std::snprintf(buf, sizeof buf, "%.2f GB", b / 1e9);
  else if (b >= 1e6) std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  else if (b >= 1e3) std::snprintf(buf, sizeof buf, "%.1f kB", b / 1e3);
  else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
  return buf;
}

bool ProgressBar::StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

ProgressBar::ProgressBar(std::string label, bool enabled)
    : label_(std::move(label)), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::Update(uint64_t done, uint64_t total, uint64_t items, const char* item_name) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? static_cast<double>(items) / secs : 0;
  char line[256];
  if (total > 0) {
    const double frac = static_cast<double>(done) / static_cast<double>(total);
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(frac * kWidth);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, '.');
    const double eta = frac > 0.001 ? secs * (1 - frac) / frac : 0;
    std::snprintf(line, sizeof line, "\r%s [%s] %5.1f%% %s/%s  %llu %s (%.0f/s)  ETA %d:%02d ", label_.c_str(),
                  bar.c_str(), frac * 100, HumanBytes(done).c_str(), HumanBytes(total).c_str(),
                  static_cast<unsigned long long>(items), item_name, rate, static_cast<int>(eta) / 60,
                  static_cast<int>(eta) % 60);
  } else {
    std::snprintf(line, sizeof line, "\r%s %s  %llu %s (%.0f/s) ", label_.c_str(), HumanBytes(done).c_str(),
                  static_cast<unsigned long long>(items), item_name, rate);
  }
  std::fputs(line, stderr);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (enabled_ && drawn_) std::fputs("\n", stderr);
  drawn_ = false;
}

}  // namespace factlens
