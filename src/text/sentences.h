// Sentence boundaries and quoted speech, as byte ranges of the document text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace factlens {

struct Span {
  uint32_t start = 0, end = 0;
  bool contains(uint32_t pos) const { return pos >= start && pos < end; }
};

// Splits at . ! ? followed by space and a capital letter, digit or quote (not after common
// abbreviations or single initials), and at blank lines.
std::vector<Span> SplitSentences(std::string_view text);

// Spans inside straight or curly double quotes: reported speech, kept apart from narration.
std::vector<Span> QuotedSpans(std::string_view text);

}  // namespace factlens
