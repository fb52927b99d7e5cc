// The outcome of checking one claim against the knowledge base.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claims/claim.h"

namespace factlens {

enum class Verdict { kSupported, kRefuted, kUnverifiable };
const char* VerdictName(Verdict v);

struct Evidence {
  std::string fact;    // "Piotr Hofmański held President of the International Criminal Court, 2021-03-11 to 2024-03-10"
  std::string source;  // URL or Wikidata page
  std::string statement_id;
  // A passage of a trusted document (event and quote claims).
  std::string document, title, date, passage;
  uint32_t start = 0, end = 0;  // the passage's offsets in its document
  bool is_passage = false;

  // A fact of the knowledge base (not a passage).
  static Evidence Fact(std::string fact, std::string source, std::string statement_id) {
    Evidence e;
    e.fact = std::move(fact);
    e.source = std::move(source);
    e.statement_id = std::move(statement_id);
    return e;
  }
};

struct Correction {
  std::string name, id;
  std::string detail;  // "since 2021-03-11"
};

struct CheckedClaim {
  Claim claim;
  Verdict verdict = Verdict::kUnverifiable;
  std::string explanation;
  std::vector<Evidence> evidence;
  std::optional<Correction> correction;
};

}  // namespace factlens
