#include "text/sentences.h"

#include <cctype>
#include <string>

namespace factlens {

namespace {

bool IsAbbreviation(std::string_view word) {
  static const char* kAbbrev[] = {"mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "jan", "feb",
                                  "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "jr", "sr",
                                  "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co", "corp", "lt", "col", "capt", "rev"};
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* a : kAbbrev)
    if (w == a) return true;
  return w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]));  // an initial
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  uint32_t start = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  auto emit = [&](uint32_t end) {
    uint32_t s = start;
    while (s < end && std::isspace(static_cast<unsigned char>(text[s]))) ++s;
    if (s < end) out.push_back({s, end});
    start = end;
  };
  bool in_quote = false;  // a quotation of several sentences stays in one sentence
  for (uint32_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (c == '\n' && i + 1 < n) {
      uint32_t j = i + 1;
      while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < n && text[j] == '\n') { emit(i); in_quote = false; continue; }
    }
    if (c == '"') in_quote = !in_quote;
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      if (static_cast<unsigned char>(text[i + 2]) == 0x9C) in_quote = true;
      if (static_cast<unsigned char>(text[i + 2]) == 0x9D) in_quote = false;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    if (in_quote) {
      // The end of a quotation that ends its sentence: ."  (the closing quote follows).
      const bool closes = i + 1 < n && (text[i + 1] == '"' || (static_cast<unsigned char>(text[i + 1]) == 0xE2 && i + 3 < n &&
                                                               static_cast<unsigned char>(text[i + 3]) == 0x9D));
      if (!closes) continue;
      in_quote = false;
      if (text[i + 1] == '"') ++i;  // skip the straight closing quote so it does not reopen
      else i += 3;
      uint32_t k = i + 1;
      while (k < n && std::isspace(static_cast<unsigned char>(text[k]))) ++k;
      if (k < n && !std::isupper(static_cast<unsigned char>(text[k]))) continue;  // ...," she said.
      emit(i + 1);
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (j < n && static_cast<unsigned char>(text[j]) == 0xE2 && j + 2 < n) j += 3;  // closing curly quote
    if (j >= n || !std::isspace(static_cast<unsigned char>(text[j]))) continue;
    uint32_t k = j;
    while (k < n && std::isspace(static_cast<unsigned char>(text[k]))) ++k;
    if (k < n) {
      const unsigned char next = static_cast<unsigned char>(text[k]);
      if (!(std::isupper(next) || std::isdigit(next) || next == '"' || next == 0xE2 || next >= 0xC0)) continue;
    }
    if (c == '.') {
      uint32_t w = i;
      while (w > start && (std::isalpha(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.')) --w;
      if (IsAbbreviation(text.substr(w, i - w))) continue;
    }
    emit(j);
  }
  emit(n);
  return out;
}

std::vector<Span> QuotedSpans(std::string_view text) {
  std::vector<Span> out;
  bool open = false;
  uint32_t start = 0;
  for (uint32_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    bool is_open = false, is_close = false;
    uint32_t len = 1;
    if (c == '"') { is_open = !open; is_close = open; }
    else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x9C) { is_open = true; len = 3; }
      if (d == 0x9D) { is_close = true; len = 3; }
    }
    if (is_open && !open) { open = true; start = i + len; }
    else if (is_close && open) { open = false; out.push_back({start, i}); }
    else if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') open = false;  // unbalanced
    i += len - 1;
  }
  return out;
}

}  // namespace factlens
