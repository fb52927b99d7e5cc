#include "text/document.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "text/normalize.h"

namespace factlens {

namespace {

bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view prefix) {
  if (pos + prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[pos + i])) != prefix[i]) return false;
  return true;
}

// `needle` must be lower case.
size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= s.size(); ++i)
    if (StartsWithNoCase(s, i, needle)) return i;
  return std::string_view::npos;
}

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else { out += static_cast<char>(0xF0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
}

// Decodes the character reference at s[pos] ('&'); returns its length, or 0 if it is none.
size_t DecodeReference(std::string_view s, size_t pos, std::string* out) {
  const size_t semi = s.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) return 0;
  std::string_view name = s.substr(pos + 1, semi - pos - 1);
  uint32_t cp = 0;
  static const std::pair<const char*, uint32_t> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
      {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"ndash", 0x2013},
      {"mdash", 0x2014}, {"hellip", 0x2026}, {"eacute", 0xE9}, {"oacute", 0xF3}, {"aacute", 0xE1}};
  if (!name.empty() && name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty()) return 0;
    char* end = nullptr;
    cp = static_cast<uint32_t>(std::strtoul(digits.c_str(), &end, hex ? 16 : 10));
    if (*end != '\0' || cp == 0 || cp > 0x10FFFF) return 0;
  } else {
    for (const auto& [n, c] : kNamed)
      if (name == n) cp = c;
    if (cp == 0) return 0;
  }
  out->clear();
  AppendUtf8(*out, cp);
  return semi - pos + 1;
}

bool IsBlockTag(std::string_view tag) {
  static const char* kBlocks[] = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title", "article", "section", "blockquote"};
  for (const char* b : kBlocks)
    if (tag == b) return true;
  return false;
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  if (i >= bytes.size() || bytes[i] != '<') return false;
  return FindNoCase(bytes.substr(0, 4096), "<html", 0) != std::string_view::npos ||
         FindNoCase(bytes.substr(0, 4096), "<!doctype html", 0) != std::string_view::npos ||
         FindNoCase(bytes.substr(0, 4096), "<body", 0) != std::string_view::npos ||
         FindNoCase(bytes.substr(0, 4096), "<p", 0) != std::string_view::npos;
}

std::string BlankHtml(std::string_view html) {
  std::string out(html);
  size_t i = 0;
  auto blank = [&](size_t from, size_t to) {
    for (size_t k = from; k < to && k < out.size(); ++k)
      if (out[k] != '\n') out[k] = ' ';
  };
  while (i < html.size()) {
    if (html[i] == '<') {
      if (StartsWithNoCase(html, i, "<!--")) {
        const size_t end = html.find("-->", i);
        const size_t stop = end == std::string_view::npos ? html.size() : end + 3;
        blank(i, stop);
        i = stop;
        continue;
      }
      size_t end = html.find('>', i);
      if (end == std::string_view::npos) end = html.size() - 1;
      size_t n = i + 1;
      if (n < html.size() && html[n] == '/') ++n;
      size_t name_end = n;
      while (name_end < end && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
      std::string tag(html.substr(n, name_end - n));
      std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return std::tolower(c); });
      size_t stop = end + 1;
      if ((tag == "script" || tag == "style" || tag == "head") && html[i + 1] != '/') {
        const size_t close = FindNoCase(html, "</" + tag, end);
        stop = close == std::string_view::npos ? html.size() : html.find('>', close) + 1;
        if (stop == 0) stop = html.size();
      }
      blank(i, stop);
      if (IsBlockTag(tag)) out[i] = '\n';
      i = stop;
    } else if (html[i] == '&') {
      std::string decoded;
      const size_t len = DecodeReference(html, i, &decoded);
      if (len >= decoded.size() && len > 0) {
        std::memcpy(out.data() + i, decoded.data(), decoded.size());
        for (size_t k = i + decoded.size(); k < i + len; ++k) out[k] = ' ';
        i += len;
      } else {
        ++i;
      }
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<Date> HtmlPublicationDate(std::string_view html, std::string* basis) {
  // The attribute value after `key` (within one tag), e.g. content="2023-03-15T10:00:00Z".
  auto value_in_tag = [&](size_t at, std::string_view attr) -> std::string {
    const size_t tag_end = html.find('>', at);
    const size_t tag_start = html.rfind('<', at);
    if (tag_end == std::string_view::npos || tag_start == std::string_view::npos) return {};
    const std::string_view tag = html.substr(tag_start, tag_end - tag_start);
    size_t a = FindNoCase(tag, attr, 0);
    if (a == std::string_view::npos) return {};
    a = tag.find_first_of("\"'", a);
    if (a == std::string_view::npos) return {};
    const size_t b = tag.find(tag[a], a + 1);
    return b == std::string_view::npos ? std::string() : std::string(tag.substr(a + 1, b - a - 1));
  };
  auto parse = [](std::string v) -> std::optional<Date> {
    auto d = Date::Parse(v.substr(0, 10));
    if (d && d->precision == Precision::kDay) return d;
    return std::nullopt;
  };
  static const char* kMetaNames[] = {"article:published_time", "og:published_time", "datepublished", "pubdate",
                                     "publishdate", "dc.date", "date"};
  for (const char* name : kMetaNames) {
    for (size_t at = FindNoCase(html, std::string("\"") + name + "\"", 0); at != std::string_view::npos;
         at = FindNoCase(html, std::string("\"") + name + "\"", at + 1)) {
      if (auto d = parse(value_in_tag(at, "content=")); d) {
        *basis = std::string("HTML meta ") + name;
        return d;
      }
    }
  }
  if (size_t at = FindNoCase(html, "\"datepublished\"", 0); at != std::string_view::npos) {
    const size_t q = html.find('"', html.find(':', at) + 1);
    if (q != std::string_view::npos)
      if (auto d = parse(std::string(html.substr(q + 1, 10))); d) {
        *basis = "JSON-LD datePublished";
        return d;
      }
  }
  if (size_t at = FindNoCase(html, "<time", 0); at != std::string_view::npos)
    if (auto d = parse(value_in_tag(at + 1, "datetime=")); d) {
      *basis = "HTML <time datetime>";
      return d;
    }
  return std::nullopt;
}

Result<Document> MakeDocument(std::string source, std::string bytes, std::optional<bool> html) {
  if (bytes.size() > kMaxDocumentBytes)
    return Status::InvalidArgument(source + ": document is " + std::to_string(bytes.size() >> 20) +
                                   " MiB; the limit is " + std::to_string(kMaxDocumentBytes >> 20) +
                                   " MiB per article (split the input, or use JSON Lines for many articles)");
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::InvalidArgument(source + ": document is empty");
  if (bytes.find('\0') != std::string::npos || !IsValidUtf8(bytes))
    return Status::InvalidArgument(source + ": not UTF-8 text (binary or another encoding)");
  Document doc;
  doc.source = std::move(source);
  doc.html = html.has_value() ? *html : LooksLikeHtml(bytes);
  if (doc.html) {
    doc.metadata_date = HtmlPublicationDate(bytes, &doc.metadata_date_basis);
    doc.text = BlankHtml(bytes);
  } else {
    doc.text = std::move(bytes);
  }
  return doc;
}

}  // namespace factlens
