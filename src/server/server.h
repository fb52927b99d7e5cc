// `factlens serve`: the HTTP API (doc/api.md) and the web page, over one memory-mapped KB.
#pragma once

#include <memory>
#include <string>

#include "kb/knowledge_base.h"
#include "util/status.h"

namespace factlens {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: any free port
  std::string corpus_dir;     // empty: no corpus
  size_t workers = 8;         // a bounded pool: requests beyond it wait in the queue
  size_t max_body_bytes = 4u << 20;
  int timeout_seconds = 10;   // reading a request, writing a response
  int check_time_limit_ms = 5000;  // past it, the remaining corpus look-ups of a check are skipped
  bool log = true;            // one line per request on stderr
};

class Server {
 public:
  Server(const KnowledgeBase& kb, ServerOptions options);
  ~Server();
  // Binds the socket; returns the port (useful with port 0) or an error.
  Result<int> Bind();
  // Serves until Stop(); call after Bind().
  void Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlens
