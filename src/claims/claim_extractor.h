// Finds office and headquarters claims from the mentions of one document.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "claims/claim.h"
#include "kb/knowledge_base.h"
#include "link/mentions.h"
#include "text/dates.h"

namespace factlens {

// Everything the earlier stages know about one text: tokens, sentences, quotes, entity
// mentions and dates. Articles and corpus passages are analysed alike.
struct AnalysedText {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Span> sentences;
  std::vector<Span> quotes;
  std::vector<Mention> mentions;
  std::vector<DateMention> dates;
  DocumentDate document_date;
  uint32_t dateline_end = 0;  // "RIYADH, Feb. 18, 2025 -": dates there are the article's, not an event's
};

AnalysedText Analyse(const KnowledgeBase& kb, std::string_view text, DocumentDate date);
size_t SentenceIndex(const AnalysedText& a, uint32_t pos);
std::string_view Between(const AnalysedText& a, uint32_t from, uint32_t to);

class ClaimExtractor {
 public:
  explicit ClaimExtractor(const KnowledgeBase& kb) : kb_(kb) {}
  std::vector<Claim> Extract(const AnalysedText& a) const;

 private:
  struct OfficePhrase;
  std::optional<OfficePhrase> ParseOffice(const AnalysedText& a, size_t anchor) const;
  void AddOfficeClaims(const AnalysedText& a, std::vector<Claim>* out) const;
  void AddHeadquartersClaims(const AnalysedText& a, std::vector<Claim>* out) const;
  void Date(const AnalysedText& a, Claim* c) const;
  const KnowledgeBase& kb_;
};

}  // namespace factlens
