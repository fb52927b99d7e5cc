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

struct AnalysedText {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Span> sentences;
  std::vector<Span> quotes;
  std::vector<Mention> mentions;
  std::vector<DateMention> dates;
  DocumentDate document_date;
};

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
