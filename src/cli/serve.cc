// `factlens serve`: the API and the web page on a local port.
#include <csignal>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "server/server.h"

namespace factlens::cli {

namespace {
Server* running = nullptr;
void OnSignal(int) {
  if (running != nullptr) running->Stop();
}
}  // namespace

void AddServe(CLI::App& app, int* exit_code) {
  struct Args { std::string kb, corpus; ServerOptions options; };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("serve", "serve the HTTP API and the web page");
  cmd->add_option("--host", a->options.host, "address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", a->options.port, "port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--kb", a->kb, "knowledge base file (default: $FACTLENS_KB or the starter KB)");
  cmd->add_option("--corpus", a->corpus, "trusted documents (default: $FACTLENS_CORPUS or the starter corpus)");
  cmd->add_option("--workers", a->options.workers, "requests handled at once")->check(CLI::Range(1, 256));
  cmd->add_option("--max-body", a->options.max_body_bytes, "largest request body in bytes (default 4 MiB)");
  cmd->add_option("--time-limit", a->options.check_time_limit_ms,
                  "milliseconds a check may spend; past it, claims left to check against the corpus are unverifiable")
      ->check(CLI::Range(0, 600000));
  cmd->add_flag("--quiet", [a](int64_t) { a->options.log = false; }, "no request log");
  cmd->callback([a, exit_code] {
    auto kb = OpenKb(a->kb);
    if (!kb.ok()) { *exit_code = Fail(kb.status().message()); return; }
    std::error_code ec;
    const std::string corpus = ResolveCorpusPath(a->corpus);
    if (!a->corpus.empty() && !std::filesystem::exists(corpus, ec)) { *exit_code = Fail(corpus + ": no corpus there"); return; }
    if (std::filesystem::exists(corpus, ec)) a->options.corpus_dir = corpus;
    Server server(**kb, a->options);
    Result<int> port = server.Bind();
    if (!port.ok()) { *exit_code = Fail(port.status().message()); return; }
    std::cerr << "factlens: listening on http://" << a->options.host << ":" << *port << "/" << std::endl;
    running = &server;
    std::signal(SIGINT, OnSignal);
    std::signal(SIGTERM, OnSignal);
    server.Run();
    running = nullptr;
  });
}

}  // namespace factlens::cli
