// Checks claims against the knowledge base as of each claim's date. Date precision is
// respected: a bound known only to the year never refutes a claim about a day in that year.
#pragma once

#include "kb/knowledge_base.h"
#include "verify/verdict.h"

namespace factlens {

class Verifier {
 public:
  explicit Verifier(const KnowledgeBase& kb) : kb_(kb) {}
  CheckedClaim Check(const Claim& claim) const;

 private:
  CheckedClaim CheckOffice(const Claim& claim) const;
  CheckedClaim CheckUnknownHolder(const Claim& claim) const;
  CheckedClaim CheckHeadquarters(const Claim& claim) const;
  const KnowledgeBase& kb_;
};

}  // namespace factlens
