#include "check/document_checker.h"

#include <algorithm>

#include "claims/claim_extractor.h"
#include "link/mentions.h"
#include "verify/verifier.h"

namespace factlens {

size_t DocumentReport::count(Verdict v) const {
  return static_cast<size_t>(std::count_if(claims.begin(), claims.end(), [v](const CheckedClaim& c) { return c.verdict == v; }));
}

DocumentReport DocumentChecker::Check(Document document, std::optional<Date> given_date) const {
  DocumentReport report;
  report.document = std::move(document);
  AnalysedText a;
  a.text = report.document.text;
  a.tokens = Tokenize(a.text);
  a.sentences = SplitSentences(a.text);
  a.quotes = QuotedSpans(a.text);
  report.date = ResolveDocumentDate(a.text, given_date, report.document.metadata_date, report.document.metadata_date_basis);
  a.document_date = report.date;
  a.dates = FindDates(a.text, report.date.date);
  a.mentions = MentionFinder(kb_).Find(a.text, a.tokens);
  const Verifier verifier(kb_);
  for (const Claim& claim : ClaimExtractor(kb_).Extract(a)) report.claims.push_back(verifier.Check(claim));
  return report;
}

}  // namespace factlens
