// ClaimReview (schema.org) JSON-LD: one ClaimReview per checked claim, as fact-checkers publish.
#pragma once

#include <nlohmann/json.hpp>

#include "check/document_checker.h"

namespace factlens {

// An array of ClaimReview objects for the claims of one checked article.
nlohmann::json ClaimReviewJson(const DocumentReport& report);

}  // namespace factlens
