#include "corpus/corpus_document.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "text/document.h"
#include "text/normalize.h"

namespace factlens {

namespace {

void Finish(CorpusDocument* d) {
  d->passages = SplitSentences(d->text);
}

Result<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

Status ParseDate(const std::string& text, Date* out) {
  auto d = Date::Parse(text.substr(0, 10));
  if (!d || d->precision != Precision::kDay) return Status::InvalidArgument("invalid date '" + text + "' (use YYYY-MM-DD)");
  *out = *d;
  return Status::Ok();
}

}  // namespace

Result<CorpusDocument> ParseCorpusText(const std::string& id, const std::string& bytes) {
  if (!IsValidUtf8(bytes) || bytes.find('\0') != std::string::npos) return Status::InvalidArgument("not UTF-8 text");
  CorpusDocument d;
  d.id = id;
  size_t pos = 0;
  // Header lines "Name: value" until the first blank line; a file without them is all body.
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string::npos) nl = bytes.size();
    const std::string line = Trim(bytes.substr(pos, nl - pos));
    const size_t colon = line.find(':');
    if (line.empty()) { pos = nl + 1; break; }
    const std::string name = colon == std::string::npos ? "" : line.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : Trim(line.substr(colon + 1));
    if (name == "Title") d.title = value;
    else if (name == "Date") { if (Status s = ParseDate(value, &d.date); !s.ok()) return s; }
    else if (name == "Source" || name == "URL") d.sources.push_back(value);
    else if (pos == 0) break;  // no header at all
    else return Status::InvalidArgument("unknown header line '" + line + "' (Title, Date, Source)");
    pos = nl + 1;
  }
  d.text = pos < bytes.size() ? bytes.substr(pos) : std::string();
  if (Trim(d.text).empty()) return Status::InvalidArgument("document has no text");
  if (d.title.empty()) d.title = id;
  Finish(&d);
  return d;
}

std::vector<CorpusDocument> ReadCorpusInput(const std::string& path, std::vector<CorpusInputError>* errors) {
  std::vector<CorpusDocument> out;
  const std::string name = std::filesystem::path(path).filename().string();
  Result<std::string> bytes = ReadAll(path);
  if (!bytes.ok()) {
    errors->push_back({path, bytes.status().message()});
    return out;
  }
  if (path.ends_with(".jsonl") || path.ends_with(".ndjson")) {
    std::istringstream in(*bytes);
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (Trim(line).empty()) continue;
      const std::string where = path + ":" + std::to_string(line_no);
      try {
        const auto j = nlohmann::json::parse(line);
        CorpusDocument d;
        d.id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump()) : where;
        d.title = j.value("title", d.id);
        d.text = j.value("text", "");
        if (j.contains("url") && j["url"].is_string()) d.sources.push_back(j["url"]);
        if (j.contains("date") && j["date"].is_string())
          if (Status s = ParseDate(j["date"], &d.date); !s.ok()) { errors->push_back({where, s.message()}); continue; }
        if (Trim(d.text).empty()) { errors->push_back({where, "record has no \"text\""}); continue; }
        if (!IsValidUtf8(d.text)) { errors->push_back({where, "text is not UTF-8"}); continue; }
        Finish(&d);
        out.push_back(std::move(d));
      } catch (const nlohmann::json::exception& e) {
        errors->push_back({where, std::string("invalid JSON: ") + e.what()});
      }
    }
    return out;
  }
  if (path.ends_with(".html") || path.ends_with(".htm") || LooksLikeHtml(*bytes)) {
    Result<Document> doc = MakeDocument(name, *bytes, true);
    if (!doc.ok()) { errors->push_back({path, doc.status().message()}); return out; }
    CorpusDocument d;
    d.id = name;
    const size_t t0 = bytes->find("<title>");
    const size_t t1 = bytes->find("</title>");
    d.title = t0 != std::string::npos && t1 > t0 ? Trim(bytes->substr(t0 + 7, t1 - t0 - 7)) : name;
    if (doc->metadata_date) d.date = *doc->metadata_date;
    d.text = doc->text;
    Finish(&d);
    out.push_back(std::move(d));
    return out;
  }
  Result<CorpusDocument> d = ParseCorpusText(name, *bytes);
  if (!d.ok()) errors->push_back({path, d.status().message()});
  else out.push_back(std::move(*d));
  return out;
}

}  // namespace factlens
