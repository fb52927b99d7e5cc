#include "report/claimreview.h"

#include "link/mentions.h"

namespace factlens {

namespace {

// The rating scale: 1 false, 3 unverifiable, 5 true; alternateName is what readers see.
nlohmann::json Rating(Verdict v) {
  int value = 3;
  const char* name = "Unverifiable";
  if (v == Verdict::kSupported) { value = 5; name = "True"; }
  if (v == Verdict::kRefuted) { value = 1; name = "False"; }
  return {{"@type", "Rating"}, {"ratingValue", value}, {"bestRating", 5}, {"worstRating", 1}, {"alternateName", name}};
}

}  // namespace

nlohmann::json ClaimReviewJson(const DocumentReport& r) {
  nlohmann::json out = nlohmann::json::array();
  for (const CheckedClaim& c : r.claims) {
    const Claim& claim = c.claim;
    nlohmann::json item = {{"@type", "Claim"}};
    if (r.date.date) item["datePublished"] = r.date.date->ToString();
    if (claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kEvent)
      item["author"] = {{"@type", TypeOf(claim.subject) == EntityType::kPerson ? "Person" : "Organization"},
                        {"name", claim.subject.label}};
    item["appearance"] = {{"@type", "CreativeWork"}, {"name", r.document.source}};
    if (r.document.source.find("://") != std::string::npos) item["appearance"]["url"] = r.document.source;
    nlohmann::json review = {{"@context", "https://schema.org"},
                             {"@type", "ClaimReview"},
                             {"claimReviewed", r.document.text.substr(claim.span.start, claim.span.end - claim.span.start)},
                             {"reviewRating", Rating(c.verdict)},
                             {"reviewBody", c.explanation},
                             {"itemReviewed", item},
                             {"author", {{"@type", "Organization"}, {"name", "factlens"}}}};
    if (c.correction) review["reviewBody"] = c.explanation + " Correction: " + c.correction->name +
                                             (c.correction->detail.empty() ? "" : " (" + c.correction->detail + ")") + ".";
    out.push_back(review);
  }
  return out;
}

}  // namespace factlens
