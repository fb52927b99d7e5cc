#include "check/document_checker.h"

#include <algorithm>

#include "claims/claim_extractor.h"
#include "link/mentions.h"
#include "events/event_extractor.h"
#include "verify/event_verifier.h"
#include "verify/verifier.h"

namespace factlens {

size_t DocumentReport::count(Verdict v) const {
  return static_cast<size_t>(std::count_if(claims.begin(), claims.end(), [v](const CheckedClaim& c) { return c.verdict == v; }));
}

DocumentReport DocumentChecker::Check(Document document, std::optional<Date> given_date, Clock::time_point deadline) const {
  DocumentReport report;
  report.document = std::move(document);
  report.date = ResolveDocumentDate(report.document.text, given_date, report.document.metadata_date,
                                    report.document.metadata_date_basis);
  const AnalysedText a = Analyse(kb_, report.document.text, report.date);
  const Verifier verifier(kb_);
  for (const Claim& claim : ClaimExtractor(kb_).Extract(a)) report.claims.push_back(verifier.Check(claim));
  const EventVerifier events(kb_, corpus_);
  for (const Claim& claim : EventExtractor(kb_).Extract(a)) {
    if (Clock::now() < deadline) {
      report.claims.push_back(events.Check(claim));
    } else {
      CheckedClaim late;
      late.claim = claim;
      late.explanation = "Not checked: the time limit for this request was reached.";
      report.claims.push_back(std::move(late));
    }
  }
  std::stable_sort(report.claims.begin(), report.claims.end(),
                   [](const CheckedClaim& x, const CheckedClaim& y) { return x.claim.span.start < y.claim.span.start; });
  return report;
}

}  // namespace factlens
