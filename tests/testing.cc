#include "testing.h"

#include <bzlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace factlens::testing {

namespace fs = std::filesystem;

bool HaveShared() { return fs::exists(FACTLENS_SHARED_DIR "/data/wikidata/sample-dump.json"); }
std::string SharedPath(const std::string& relative) { return std::string(FACTLENS_SHARED_DIR) + "/" + relative; }
std::string SourcePath(const std::string& relative) { return std::string(FACTLENS_SOURCE_DIR) + "/" + relative; }
std::string StarterKbPath() { return FACTLENS_STARTER_KB; }

namespace {
struct TempDirs {
  std::vector<std::string> dirs;
  ~TempDirs() {
    for (const auto& d : dirs) { std::error_code ec; fs::remove_all(d, ec); }
  }
};
TempDirs temp_dirs;
}  // namespace

std::string TempDir() {
  std::string t = "/tmp/factlens-test-XXXXXX";
  if (mkdtemp(t.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  temp_dirs.dirs.push_back(t);
  return t;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary);
  out << data;
}

CommandResult RunFactlens(const std::vector<std::string>& args, const std::string& input,
                          const std::vector<std::pair<std::string, std::string>>& env) {
  const std::string dir = TempDir();
  const std::string in = dir + "/in", out = dir + "/out", err = dir + "/err";
  WriteFile(in, input);
  const pid_t pid = fork();
  if (pid == 0) {
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    std::string binary = FACTLENS_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (!freopen(in.c_str(), "rb", stdin) || !freopen(out.c_str(), "wb", stdout) || !freopen(err.c_str(), "wb", stderr)) _exit(127);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Bzip2(const std::string& data) {
  unsigned int size = static_cast<unsigned int>(data.size() * 1.02 + 1024);
  std::string out(size, '\0');
  BZ2_bzBuffToBuffCompress(out.data(), &size, const_cast<char*>(data.data()), static_cast<unsigned>(data.size()), 9, 0, 0);
  out.resize(size);
  return out;
}

}  // namespace factlens::testing
