#include "kb/fact_file.h"

#include <fstream>
#include <sstream>

namespace factlens {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitFields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t bar = s.find('|', start);
    out.push_back(Trim(s.substr(start, bar == std::string_view::npos ? bar : bar - start)));
    if (bar == std::string_view::npos) return out;
    start = bar + 1;
  }
}

bool IsKey(std::string_view k) {
  if (k.empty()) return false;
  for (char c : k)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

bool IsQid(std::string_view q) {
  if (q.size() < 2 || q[0] != 'Q') return false;
  for (size_t i = 1; i < q.size(); ++i) if (q[i] < '0' || q[i] > '9') return false;
  return true;
}

struct Attr {
  std::string_view name, value;
};

// Statement keywords that link two entities, and their Wikidata property.
uint32_t ItemProperty(std::string_view keyword) {
  if (keyword == "held") return prop::kPositionHeld;
  if (keyword == "hq") return prop::kHeadquarters;
  if (keyword == "capital") return prop::kCapital;
  if (keyword == "country") return prop::kCountry;
  if (keyword == "jurisdiction") return prop::kJurisdiction;
  return 0;
}

}  // namespace

std::string CuratedId(const std::string& key, const std::string& qid) {
  return qid.empty() ? "fl:" + key : qid;
}

void FactFileSet::Error(const std::string& file, size_t line, std::string message) {
  errors_.push_back({file, line, std::move(message)});
}

Status FactFileSet::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  AddText(path, ss.str());
  return Status::Ok();
}

void FactFileSet::AddText(const std::string& file, std::string_view text) {
  std::string source;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    ParseLine(file, line_no, text.substr(pos, nl - pos), source);
    pos = nl + 1;
  }
}

void FactFileSet::ParseLine(const std::string& file, size_t line_no, std::string_view line,
                            std::string& source) {
  line = Trim(line);
  if (line.empty() || line.front() == '#') return;
  const size_t space = line.find_first_of(" \t");
  const std::string_view keyword = line.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : Trim(line.substr(space));
  if (keyword == "@source") {
    if (rest.find("://") == std::string_view::npos) return Error(file, line_no, "@source needs a URL");
    source = rest;
    return;
  }
  std::vector<std::string_view> fields = SplitFields(rest);
  std::vector<std::string_view> positional;
  std::vector<Attr> attrs;
  for (std::string_view f : fields) {
    const size_t eq = f.find('=');
    // A positional field never contains '=' before any space (labels may contain '=' later).
    if (eq != std::string_view::npos && IsKey(f.substr(0, eq)) && attrs.size() + positional.size() >= 1) {
      attrs.push_back({f.substr(0, eq), Trim(f.substr(eq + 1))});
    } else {
      if (!attrs.empty()) return Error(file, line_no, "positional field after attributes: '" + std::string(f) + "'");
      positional.push_back(f);
    }
  }
  std::string record_source = source;
  for (const Attr& a : attrs)
    if (a.name == "source") record_source = a.value;
  if (record_source.empty())
    return Error(file, line_no, "no source: put an '@source URL' line before this record");

  if (keyword == "entity" || keyword == "position") {
    if (positional.size() != 2) return Error(file, line_no, std::string(keyword) + " needs KEY | LABEL");
    const std::string key(positional[0]);
    if (!IsKey(key)) return Error(file, line_no, "invalid key '" + key + "' (use a-z, 0-9, _)");
    if (positional[1].empty()) return Error(file, line_no, "empty label");
    Declared d;
    d.entity.label = positional[1];
    d.source = record_source;
    d.file = file;
    d.line = line_no;
    if (keyword == "position") d.class_keys.push_back("position");
    for (const Attr& a : attrs) {
      if (a.name == "qid") {
        if (!IsQid(a.value)) return Error(file, line_no, "invalid qid '" + std::string(a.value) + "'");
        d.qid = a.value;
      } else if (a.name == "alias") {
        if (!a.value.empty()) d.entity.aliases.emplace_back(a.value);
      } else if (a.name == "desc") {
        d.entity.description = a.value;
      } else if (a.name == "is") {
        d.class_keys.emplace_back(a.value);
      } else if (a.name == "prominence") {
        d.entity.prominence = static_cast<uint32_t>(std::strtoul(std::string(a.value).c_str(), nullptr, 10));
      } else if (keyword == "position" && a.name == "role") {
        d.item_keys.emplace_back(prop::kSubclassOf, a.value);
      } else if (keyword == "position" && a.name == "of") {
        d.item_keys.emplace_back(prop::kJurisdiction, a.value);
      } else if (a.name != "source") {
        return Error(file, line_no, "unknown attribute '" + std::string(a.name) + "' for " + std::string(keyword));
      }
    }
    auto [it, inserted] = declared_.try_emplace(key, std::move(d));
    if (!inserted) {
      Declared& old = it->second;
      if (old.entity.label != positional[1])
        return Error(file, line_no, "key '" + key + "' was declared at " + old.file + ":" +
                     std::to_string(old.line) + " with another label ('" + old.entity.label + "')");
      if (!d.qid.empty() && !old.qid.empty() && d.qid != old.qid)
        return Error(file, line_no, "key '" + key + "' was declared with qid " + old.qid);
      if (old.qid.empty()) old.qid = d.qid;
      for (auto& a : d.entity.aliases) old.entity.aliases.push_back(a);
      for (auto& c : d.class_keys) old.class_keys.push_back(c);
      for (auto& k : d.item_keys) old.item_keys.push_back(k);
      if (old.entity.description.empty()) old.entity.description = d.entity.description;
    }
    ++facts_;
    return;
  }

  PendingStatement p;
  p.file = file;
  p.line = line_no;
  p.statement.source = record_source;
  Statement& s = p.statement;
  if (const uint32_t property = ItemProperty(keyword); property != 0) {
    if (positional.size() != 2) return Error(file, line_no, std::string(keyword) + " needs SUBJECT | OBJECT");
    s.property = property;
    s.kind = ValueKind::kItem;
    p.object_key = positional[1];
  } else if (keyword == "demonym") {
    if (positional.size() != 2 || positional[1].empty()) return Error(file, line_no, "demonym needs COUNTRY | TEXT");
    s.property = prop::kDemonym;
    s.kind = ValueKind::kString;
    s.item = positional[1];
  } else if (keyword == "born" || keyword == "died") {
    if (positional.size() != 2) return Error(file, line_no, std::string(keyword) + " needs PERSON | DATE");
    auto d = Date::Parse(positional[1]);
    if (!d) return Error(file, line_no, "invalid date '" + std::string(positional[1]) + "'");
    s.property = keyword == "born" ? prop::kDateOfBirth : prop::kDateOfDeath;
    s.kind = ValueKind::kTime;
    s.time = *d;
  } else {
    return Error(file, line_no, "unknown keyword '" + std::string(keyword) + "'");
  }
  p.subject_key = positional[0];
  for (const Attr& a : attrs) {
    if (a.name == "from" || a.name == "to" || a.name == "at") {
      auto d = Date::Parse(a.value);
      if (!d) return Error(file, line_no, "invalid date '" + std::string(a.value) + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
      (a.name == "from" ? s.start : a.name == "to" ? s.end : s.point) = *d;
    } else if (a.name == "replaces") {
      p.replaces_key = a.value;
    } else if (a.name == "replaced_by") {
      p.replaced_by_key = a.value;
    } else if (a.name == "rank") {
      if (a.value == "preferred") s.rank = Rank::kPreferred;
      else if (a.value == "deprecated") s.rank = Rank::kDeprecated;
      else if (a.value != "normal") return Error(file, line_no, "rank must be preferred, normal or deprecated");
    } else if (a.name != "source") {
      return Error(file, line_no, "unknown attribute '" + std::string(a.name) + "' for " + std::string(keyword));
    }
  }
  if (s.start.known() && s.end.known() && s.end.LatestDay() < s.start.EarliestDay())
    return Error(file, line_no, "'to' date is before 'from' date");
  statements_.push_back(std::move(p));
  ++facts_;
}

Result<std::vector<Entity>> FactFileSet::Finish() {
  auto resolve = [&](const std::string& key, const std::string& file, size_t line, std::string* id) {
    auto it = declared_.find(key);
    if (it == declared_.end()) {
      Error(file, line, "unknown key '" + key + "' (declare it with 'entity' or 'position')");
      return false;
    }
    *id = CuratedId(key, it->second.qid);
    return true;
  };
  std::map<std::string, Entity*> by_key;
  std::vector<Entity> out;
  out.reserve(declared_.size());
  for (auto& [key, d] : declared_) {
    Entity e = d.entity;
    e.id = CuratedId(key, d.qid);
    for (const std::string& c : d.class_keys) {
      Statement s;
      s.property = prop::kInstanceOf;
      s.source = d.source;
      if (resolve(c, d.file, d.line, &s.item)) e.statements.push_back(std::move(s));
    }
    for (const auto& [property, k] : d.item_keys) {
      Statement s;
      s.property = property;
      s.source = d.source;
      if (resolve(k, d.file, d.line, &s.item)) e.statements.push_back(std::move(s));
    }
    out.push_back(std::move(e));
  }
  size_t i = 0;
  for (auto& [key, d] : declared_) by_key[key] = &out[i++];
  for (PendingStatement& p : statements_) {
    auto subject = by_key.find(p.subject_key);
    if (subject == by_key.end()) {
      Error(p.file, p.line, "unknown key '" + p.subject_key + "' (declare it with 'entity' or 'position')");
      continue;
    }
    bool ok = true;
    if (!p.object_key.empty()) ok &= resolve(p.object_key, p.file, p.line, &p.statement.item);
    if (!p.replaces_key.empty()) ok &= resolve(p.replaces_key, p.file, p.line, &p.statement.replaces);
    if (!p.replaced_by_key.empty()) ok &= resolve(p.replaced_by_key, p.file, p.line, &p.statement.replaced_by);
    if (ok) subject->second->statements.push_back(std::move(p.statement));
  }
  if (!errors_.empty()) {
    std::string msg = std::to_string(errors_.size()) + " error(s) in fact files:";
    for (size_t k = 0; k < errors_.size() && k < 20; ++k) msg += "\n  " + errors_[k].ToString();
    return Status::InvalidArgument(msg);
  }
  return out;
}

}  // namespace factlens
