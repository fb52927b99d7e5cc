// Helpers shared by the tests: paths to the shared real data, temporary files, running the CLI.
#pragma once

#include <string>
#include <vector>

namespace factlens::testing {

// ../shared/<relative>; fails the test (in CI) or skips it (elsewhere) when absent.
std::string SharedPath(const std::string& relative);
bool HaveShared();
std::string SourcePath(const std::string& relative);
std::string StarterKbPath();

// A fresh directory under /tmp, removed at exit.
std::string TempDir();
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& data);

struct CommandResult {
  int exit_code = -1;
  std::string out, err;
};
// Runs the factlens binary with `args` (no shell), optionally feeding `input` on stdin.
// `env` adds or overrides environment variables for the child.
CommandResult RunFactlens(const std::vector<std::string>& args, const std::string& input = "",
                          const std::vector<std::pair<std::string, std::string>>& env = {});

// gzip/bzip2 compression of a buffer (one stream), for building test inputs.
std::string Gzip(const std::string& data);
std::string Bzip2(const std::string& data);

}  // namespace factlens::testing

#define REQUIRE_SHARED()                                                                 \
  do {                                                                                   \
    if (!::factlens::testing::HaveShared()) {                                             \
      if (std::getenv("CI") != nullptr) FAIL() << "../shared is missing in CI";           \
      GTEST_SKIP() << "../shared (the project's shared data) is not beside the checkout"; \
    }                                                                                    \
  } while (0)
