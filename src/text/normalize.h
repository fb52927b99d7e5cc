// Case- and accent-insensitive word tokens, shared by the name index and the text scanner so
// that "Hofmanski" in an article meets "Hofmański" in the knowledge base.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlens {

struct Token {
  uint32_t start = 0;  // byte offsets into the original text
  uint32_t end = 0;
  std::string folded;  // case-folded, accents stripped
};

// Splits text into word tokens (runs of letters, digits and combining marks); everything
// else — spaces, punctuation, hyphens, apostrophes — separates tokens.
std::vector<Token> Tokenize(std::string_view text);

// The folded tokens of `text` joined by single spaces: the key under which names are indexed.
std::string NormalizeName(std::string_view text);

// Folds one token: lower case, accents removed ("Hofmański" -> "hofmanski").
std::string FoldWord(std::string_view word);

// True if `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace factlens
