#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

namespace factlens {
namespace {

bool IsWordCodepoint(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool IsAsciiWord(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string FoldWord(std::string_view word) {
  bool ascii = true;
  for (unsigned char c : word) ascii &= c < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT);
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                          static_cast<utf8proc_ssize_t>(word.size()), &folded, options);
  if (n < 0) return std::string(word);
  std::string out(reinterpret_cast<char*>(folded), static_cast<size_t>(n));
  std::free(folded);
  // Letters that carry no decomposable accent but are spelled without it in English text.
  std::string fixed;
  fixed.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = out[i];
    if (c == 0xC5 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0x82) { fixed += 'l'; ++i; }       // ł
    else if (c == 0xC3 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0xB8) { fixed += 'o'; ++i; }  // ø
    else if (c == 0xC3 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0x9F) { fixed += "ss"; ++i; } // ß
    else if (c == 0xC4 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0x91) { fixed += 'd'; ++i; }  // đ
    else if (c == 0xC3 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0xA6) { fixed += "ae"; ++i; } // æ
    else fixed += static_cast<char>(c);
  }
  return fixed;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  size_t start = 0;
  bool in_word = false;
  bool ascii_word = true;
  auto flush = [&](size_t end) {
    Token t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    std::string_view w = text.substr(start, end - start);
    if (ascii_word) {
      t.folded.assign(w);
      for (char& c : t.folded) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    } else {
      t.folded = FoldWord(w);
    }
    tokens.push_back(std::move(t));
  };
  while (i < n) {
    bool word;
    size_t len = 1;
    if (p[i] < 0x80) {
      word = IsAsciiWord(p[i]);
    } else {
      utf8proc_int32_t cp;
      const utf8proc_ssize_t k = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
      if (k <= 0) { word = false; len = 1; }
      else { word = IsWordCodepoint(cp); len = static_cast<size_t>(k); }
    }
    if (word && !in_word) { in_word = true; start = i; ascii_word = true; }
    if (word && p[i] >= 0x80) ascii_word = false;
    if (!word && in_word) { flush(i); in_word = false; }
    i += len;
  }
  if (in_word) flush(n);
  return tokens;
}

std::string NormalizeName(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += t.folded;
  }
  return out;
}

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    if (p[i] < 0x80) { ++i; continue; }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t k = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (k <= 0) return false;
    i += static_cast<size_t>(k);
  }
  return true;
}

}  // namespace factlens
