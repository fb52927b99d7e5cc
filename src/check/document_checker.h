// The whole pipeline for one article: text and dates -> mentions -> claims -> verification.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kb/knowledge_base.h"
#include "text/dates.h"
#include "text/document.h"
#include "verify/verdict.h"

namespace factlens {

struct DocumentReport {
  Document document;
  DocumentDate date;
  std::vector<CheckedClaim> claims;
  std::string error;  // set when the input could not be checked at all
  size_t count(Verdict v) const;
};

class Corpus;

class DocumentChecker {
 public:
  // Without a corpus, event and quote claims are reported as unverifiable. A Corpus handle is
  // not thread-safe: give each thread its own checker.
  explicit DocumentChecker(const KnowledgeBase& kb, const Corpus* corpus = nullptr) : kb_(kb), corpus_(corpus) {}
  // `given_date` is --date; it wins over anything the document says. Past `deadline`, claims
  // that need the corpus are reported unverifiable ("time limit reached") instead of checked,
  // so that a server answers in bounded time.
  using Clock = std::chrono::steady_clock;
  DocumentReport Check(Document document, std::optional<Date> given_date,
                       Clock::time_point deadline = Clock::time_point::max()) const;

 private:
  const KnowledgeBase& kb_;
  const Corpus* corpus_;
};

}  // namespace factlens
