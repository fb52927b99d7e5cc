#include "kb/wikidata_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>

#include "io/line_reader.h"

namespace factlens {

namespace od = simdjson::ondemand;

namespace {

constexpr size_t kMaxMalformedReported = 10;

uint32_t PropertyNumber(std::string_view key) {
  uint32_t n = 0;
  if (key.size() < 2 || key[0] != 'P') return 0;
  auto [p, ec] = std::from_chars(key.data() + 1, key.data() + key.size(), n);
  return ec == std::errc() && p == key.data() + key.size() ? n : 0;
}

bool IsQualifierKept(uint32_t p) {
  return p == prop::kStartTime || p == prop::kEndTime || p == prop::kPointInTime ||
         p == prop::kReplaces || p == prop::kReplacedBy;
}

}  // namespace

struct WikidataEntityParser::Impl {
  DumpReadOptions options;
  od::parser parser;
  std::string buffer;

  bool WantedLanguage(std::string_view lang) const {
    return std::find(options.languages.begin(), options.languages.end(), lang) != options.languages.end();
  }
  bool MainLanguage(std::string_view lang) const { return lang == options.languages.front(); }

  // A snak's value: an item id, a time, or a string. Returns false for somevalue/novalue and
  // values of other types (quantities, coordinates), which no claim we check needs.
  bool ReadSnakValue(od::object snak, Statement* s, Date* date_out, std::string* item_out) {
    std::string_view snaktype;
    for (auto field : snak) {
      std::string_view key = field.unescaped_key();
      if (key == "snaktype") {
        snaktype = field.value().get_string();
        if (snaktype != "value") return false;
      } else if (key == "datavalue") {
        od::object dv = field.value().get_object();
        std::string_view type;
        for (auto f : dv) {
          std::string_view k = f.unescaped_key();
          if (k == "type") {
            type = f.value().get_string();
          } else if (k == "value") {
            od::value v = f.value();
            if (v.type() == od::json_type::string) {
              if (item_out) *item_out = std::string_view(v.get_string());
              if (s) s->kind = ValueKind::kString;
            } else {
              od::object vo = v.get_object();
              std::string_view time, text, id, lang;
              int64_t precision = 0;
              for (auto vf : vo) {
                std::string_view vk = vf.unescaped_key();
                if (vk == "id") id = vf.value().get_string();
                else if (vk == "time") time = vf.value().get_string();
                else if (vk == "precision") precision = vf.value().get_int64();
                else if (vk == "text") text = vf.value().get_string();
                else if (vk == "language") lang = vf.value().get_string();
              }
              if (!id.empty()) {
                if (item_out) *item_out = id;
                if (s) s->kind = ValueKind::kItem;
              } else if (!time.empty()) {
                auto d = Date::FromWikidata(time, static_cast<int>(precision));
                if (!d) return false;
                if (date_out) *date_out = *d;
                if (s) s->kind = ValueKind::kTime;
              } else if (!text.empty()) {
                if (!WantedLanguage(lang)) return false;
                if (item_out) *item_out = text;
                if (s) s->kind = ValueKind::kString;
              } else {
                return false;
              }
            }
          }
        }
        (void)type;
      }
    }
    return snaktype == "value";
  }

  void ReadQualifiers(od::object quals, Statement* s) {
    for (auto field : quals) {
      const uint32_t p = PropertyNumber(field.unescaped_key());
      if (!IsQualifierKept(p)) continue;
      for (od::object snak : field.value().get_array()) {
        Date d;
        std::string item;
        if (!ReadSnakValue(snak, nullptr, &d, &item)) continue;
        if (p == prop::kStartTime) s->start = d;
        else if (p == prop::kEndTime) s->end = d;
        else if (p == prop::kPointInTime) s->point = d;
        else if (p == prop::kReplaces) s->replaces = item;
        else if (p == prop::kReplacedBy) s->replaced_by = item;
        break;  // the first value of a qualifier is the one we keep
      }
    }
  }

  std::string FirstReferenceUrl(od::array refs) {
    for (od::object ref : refs) {
      for (auto f : ref) {
        if (std::string_view(f.unescaped_key()) != "snaks") continue;
        for (auto sf : f.value().get_object()) {
          if (std::string_view(sf.unescaped_key()) != "P854") continue;
          for (od::object snak : sf.value().get_array()) {
            std::string url;
            if (ReadSnakValue(snak, nullptr, nullptr, &url)) return url;
          }
        }
      }
    }
    return {};
  }

  // Returns false if the statement is not kept (no value).
  bool ReadStatement(od::object st, uint32_t property, const std::string& entity_id, Statement* s) {
    s->property = property;
    bool has_value = false;
    for (auto field : st) {
      std::string_view key = field.unescaped_key();
      if (key == "mainsnak") {
        has_value = ReadSnakValue(field.value().get_object(), s, &s->time, &s->item);
      } else if (key == "qualifiers") {
        ReadQualifiers(field.value().get_object(), s);
      } else if (key == "id") {
        s->statement_id = std::string_view(field.value().get_string());
      } else if (key == "rank") {
        std::string_view r = field.value().get_string();
        s->rank = r == "preferred" ? Rank::kPreferred : r == "deprecated" ? Rank::kDeprecated : Rank::kNormal;
      } else if (key == "references") {
        s->source = FirstReferenceUrl(field.value().get_array());
      }
    }
    if (s->source.empty()) s->source = "https://www.wikidata.org/wiki/" + entity_id;
    return has_value;
  }

  void ReadNames(od::object obj, Entity* e, bool aliases) {
    for (auto field : obj) {
      std::string_view lang = field.unescaped_key();
      if (!WantedLanguage(lang)) continue;
      const bool main = MainLanguage(lang);
      auto add = [&](od::object name) {
        for (auto nf : name) {
          if (std::string_view(nf.unescaped_key()) != "value") continue;
          std::string_view v = nf.value().get_string();
          if (main && !aliases && e->label.empty()) e->label = v;
          else e->aliases.emplace_back(v);
        }
      };
      if (aliases) {
        for (od::object a : field.value().get_array()) add(a);
      } else {
        add(field.value().get_object());
      }
    }
  }

  Status Parse(std::string_view line, Entity* e, bool* keep) {
    while (!line.empty() && (line.back() == ',' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    buffer.assign(line);
    buffer.append(simdjson::SIMDJSON_PADDING, '\0');
    *e = Entity{};
    *keep = true;
    try {
      od::document doc = parser.iterate(buffer.data(), line.size(), buffer.size());
      od::object obj = doc.get_object();
      std::vector<std::pair<uint32_t, od::array>> pending;  // claims need the id first
      for (auto field : obj) {
        std::string_view key = field.unescaped_key();
        if (key == "id") {
          e->id = std::string_view(field.value().get_string());
        } else if (key == "type") {
          std::string_view t = field.value().get_string();
          if (t != "item" && t != "property") *keep = false;
        } else if (key == "labels") {
          ReadNames(field.value().get_object(), e, false);
        } else if (key == "descriptions") {
          for (auto df : field.value().get_object()) {
            if (!MainLanguage(df.unescaped_key())) continue;
            for (auto nf : df.value().get_object())
              if (std::string_view(nf.unescaped_key()) == "value") e->description = std::string_view(nf.value().get_string());
          }
        } else if (key == "aliases") {
          ReadNames(field.value().get_object(), e, true);
        } else if (key == "claims") {
          if (e->id.empty()) return Status::Corruption("\"claims\" before \"id\"");
          for (auto cf : field.value().get_object()) {
            const uint32_t p = PropertyNumber(cf.unescaped_key());
            if (!IsKeptProperty(p)) continue;
            for (od::object st : cf.value().get_array()) {
              Statement s;
              if (ReadStatement(st, p, e->id, &s)) e->statements.push_back(std::move(s));
            }
          }
        } else if (key == "sitelinks") {
          uint32_t n = 0;
          for (auto sf : field.value().get_object()) { (void)sf; ++n; }
          e->prominence = n;
        }
      }
    } catch (const simdjson::simdjson_error& err) {
      return Status::Corruption(std::string("invalid JSON: ") + err.what());
    }
    if (e->id.empty()) return Status::Corruption("entity has no \"id\"");
    if (e->label.empty() && !e->aliases.empty()) {
      e->label = e->aliases.front();
      e->aliases.erase(e->aliases.begin());
    }
    return Status::Ok();
  }
};

WikidataEntityParser::WikidataEntityParser(DumpReadOptions options) : impl_(std::make_unique<Impl>()) {
  if (options.languages.empty()) options.languages = {"en"};
  impl_->options = std::move(options);
}
WikidataEntityParser::~WikidataEntityParser() = default;
Status WikidataEntityParser::Parse(std::string_view line, Entity* entity, bool* keep) {
  return impl_->Parse(line, entity, keep);
}

Status ReadWikidataDump(const std::string& path, const DumpReadOptions& options,
                        const std::function<void(Entity&&)>& sink, DumpReadStats* stats,
                        const ProgressFn& progress) {
  Result<std::unique_ptr<InputStream>> input = OpenInput(path);
  if (!input.ok()) return input.status();
  LineReader lines(std::move(*input));
  WikidataEntityParser parser(options);
  std::string_view line;
  Entity entity;
  while (lines.Next(&line)) {
    ++stats->lines;
    std::string_view t = line;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    if (t.empty() || t == "[" || t == "]" || t == "],") continue;
    bool keep = false;
    Status s = parser.Parse(t, &entity, &keep);
    if (!s.ok()) {
      ++stats->malformed;
      if (stats->first_malformed.size() < kMaxMalformedReported)
        stats->first_malformed.push_back({lines.line_number(), s.message()});
      continue;
    }
    if (!keep) continue;
    ++stats->entities;
    stats->statements += entity.statements.size();
    sink(std::move(entity));
    if (progress && (stats->entities & 1023) == 0)
      progress(lines.raw_bytes_read(), lines.file_size(), stats->entities);
  }
  if (progress) progress(lines.raw_bytes_read(), lines.file_size(), stats->entities);
  return lines.status();
}

}  // namespace factlens
