#include "server/server.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>

#include <nlohmann/json.hpp>

#include "check/document_checker.h"
#include "corpus/corpus.h"
#include "kb/queries.h"
#include "report/claimreview.h"
#include "report/kb_json.h"
#include "report/report.h"
#include "server/assets.h"

namespace factlens {

namespace {

using nlohmann::json;

void SendJson(httplib::Response& res, int status, const json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, {{"error", message}});
}

}  // namespace

struct Server::Impl {
  const KnowledgeBase& kb;
  ServerOptions options;
  httplib::Server http;
  int port = 0;

  // Xapian handles are not shared between threads: each worker thread opens its own.
  const Corpus* ThreadCorpus() {
    if (options.corpus_dir.empty()) return nullptr;
    thread_local std::map<std::string, std::unique_ptr<Corpus>> corpora;
    auto it = corpora.find(options.corpus_dir);
    if (it == corpora.end()) {
      auto opened = Corpus::Open(options.corpus_dir);
      it = corpora.emplace(options.corpus_dir, opened.ok() ? std::move(*opened) : nullptr).first;
    }
    return it->second.get();
  }

  void Check(const httplib::Request& req, httplib::Response& res) {
    std::string text;
    std::optional<bool> html;
    std::optional<Date> date;
    const std::string type = req.get_header_value("Content-Type");
    if (type.starts_with("application/json")) {
      json body;
      try {
        body = json::parse(req.body);
      } catch (const json::exception& e) {
        return SendError(res, 400, std::string("the body is not valid JSON: ") + e.what());
      }
      if (!body.is_object()) return SendError(res, 400, "the body must be a JSON object with \"text\" or \"html\"");
      if (body.contains("text") && body["text"].is_string()) { text = body["text"]; html = false; }
      else if (body.contains("html") && body["html"].is_string()) { text = body["html"]; html = true; }
      else return SendError(res, 400, "the JSON body needs a \"text\" or \"html\" string");
      if (body.contains("date") && !body["date"].is_null()) {
        if (!body["date"].is_string()) return SendError(res, 400, "\"date\" must be a string YYYY-MM-DD");
        date = Date::Parse(body["date"].get<std::string>());
        if (!date || date->precision != Precision::kDay) return SendError(res, 400, "\"date\" must be YYYY-MM-DD");
      }
    } else if (type.starts_with("text/plain") || type.starts_with("text/html") || type.empty()) {
      text = req.body;
      if (type.starts_with("text/html")) html = true;
      else if (type.starts_with("text/plain")) html = false;
    } else {
      return SendError(res, 415, "send text/plain, text/html or application/json, not " + type);
    }
    if (req.has_param("date")) {
      date = Date::Parse(req.get_param_value("date"));
      if (!date || date->precision != Precision::kDay) return SendError(res, 400, "date must be YYYY-MM-DD");
    }
    Result<Document> doc = MakeDocument("request", std::move(text), html);
    if (!doc.ok()) return SendError(res, 400, doc.status().message());
    const DocumentChecker checker(kb, ThreadCorpus());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.check_time_limit_ms);
    const DocumentReport report = checker.Check(std::move(*doc), date, deadline);
    if (req.get_param_value("format") == "claimreview") return SendJson(res, 200, ClaimReviewJson(report));
    SendJson(res, 200, ReportJson(report));
  }

  void Entity_(const httplib::Request& req, httplib::Response& res) {
    Entity e;
    Status s = kb.FindById(req.matches[1].str(), &e);
    if (!s.ok()) return SendError(res, s.code() == Status::Code::kNotFound ? 404 : 500, s.message());
    json j = {{"id", e.id}, {"name", e.label}, {"description", e.description}, {"aliases", e.aliases},
              {"statements", json::array()}};
    for (const Statement& st : e.statements) j["statements"].push_back(StatementJson(kb, st));
    SendJson(res, 200, j);
  }

  // who (position -> holders) and held (person -> positions) share their shape.
  void Query(const httplib::Request& req, httplib::Response& res, const char* subject_param, bool want_position) {
    if (!req.has_param(subject_param) || !req.has_param("at"))
      return SendError(res, 400, std::string("needs the parameters ") + subject_param + " and at");
    auto at = Date::Parse(req.get_param_value("at"));
    if (!at || at->precision != Precision::kDay) return SendError(res, 400, "at must be YYYY-MM-DD");
    Entity subject;
    Status s = ResolveEntity(kb, req.get_param_value(subject_param), want_position, &subject);
    if (!s.ok()) return SendError(res, s.code() == Status::Code::kNotFound ? 404 : 500, s.message());
    const std::vector<Holding> found = want_position ? HoldersAt(kb, subject.id, *at) : PositionsAt(kb, subject, *at);
    json j = {{"subject", {{"id", subject.id}, {"name", subject.label}}}, {"at", at->ToString()}, {"results", json::array()}};
    for (const Holding& h : found)
      j["results"].push_back({{"id", h.holder.id}, {"name", h.holder.label}, {"certain", h.coverage == Coverage::kYes},
                              {"term", StatementJson(kb, h.term)}});
    SendJson(res, 200, j);
  }

  void Routes() {
    http.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content(kIndexHtml, "text/html; charset=utf-8"); });
    http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
      SendJson(res, 200, {{"status", "ok"}, {"entities", kb.entity_count()}, {"corpus", !options.corpus_dir.empty()}});
    });
    http.Post("/api/check", [this](const httplib::Request& req, httplib::Response& res) { Check(req, res); });
    http.Get(R"(/api/kb/entity/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) { Entity_(req, res); });
    http.Get("/api/kb/who", [this](const httplib::Request& req, httplib::Response& res) { Query(req, res, "position", true); });
    http.Get("/api/kb/held", [this](const httplib::Request& req, httplib::Response& res) { Query(req, res, "person", false); });
    // Errors the library raises (unknown path, body too large) get a JSON message too.
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      std::string message = "error";
      if (res.status == 404) message = "no such path: " + req.path;
      else if (res.status == 413) message = "the request body is larger than the server accepts";
      else if (res.status == 405) message = "method not allowed";
      res.set_content(json{{"error", message}}.dump(), "application/json");
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      SendError(res, 500, "internal error");
    });
    if (options.log)
      http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        std::fprintf(stderr, "%s %s %d %zu bytes in, %zu bytes out\n", req.method.c_str(), req.path.c_str(), res.status,
                     req.body.size(), res.body.size());
      });
  }
};

Server::Server(const KnowledgeBase& kb, ServerOptions options) : impl_(new Impl{kb, std::move(options), {}, 0}) {
  Impl& i = *impl_;
  const size_t workers = i.options.workers;
  i.http.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  i.http.set_payload_max_length(i.options.max_body_bytes);
  i.http.set_read_timeout(i.options.timeout_seconds, 0);
  i.http.set_write_timeout(i.options.timeout_seconds, 0);
  i.Routes();
}

Server::~Server() = default;

Result<int> Server::Bind() {
  Impl& i = *impl_;
  if (i.options.port == 0) {
    i.port = i.http.bind_to_any_port(i.options.host);
    if (i.port <= 0) return Status::IoError("cannot bind to " + i.options.host);
  } else {
    if (!i.http.bind_to_port(i.options.host, i.options.port))
      return Status::IoError("cannot listen on " + i.options.host + ":" + std::to_string(i.options.port) + " (in use?)");
    i.port = i.options.port;
  }
  return i.port;
}

void Server::Run() { impl_->http.listen_after_bind(); }
void Server::Stop() { impl_->http.stop(); }

}  // namespace factlens
