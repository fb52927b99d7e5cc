// Checkable claims found in an article: who holds which office, where an organisation sits.
#pragma once

#include <string>
#include <vector>

#include "kb/entity.h"
#include "text/dates.h"
#include "text/sentences.h"

namespace factlens {

enum class ClaimKind { kPositionHeld, kHeadquarters, kEvent, kQuote };
const char* ClaimKindName(ClaimKind k);

struct Claim {
  ClaimKind kind = ClaimKind::kPositionHeld;
  Span span;                     // the claim's words in the document text
  Entity subject;                // the person (office claims) or the organisation (headquarters)
  Span subject_span;
  std::vector<Entity> positions; // office claims: the offices the role phrase can mean
  std::string office_text;       // the role phrase as written
  Span office_span;
  Entity place;                  // headquarters claims: the place named
  Span place_span;
  bool former = false;           // "former ICC president X"
  bool quoted = false;           // inside quoted speech
  DateRange as_of;
  bool has_date = false;
  std::string as_of_basis;       // why this date
  // Event and quote claims (the frame: who did what, when, where, how).
  std::string event_type;        // "threaten", "announce", ... (doc/report-format.md)
  bool date_explicit = false;    // the sentence itself dates the event
  std::string channel;           // "letter", "Telegram", "statement", ...
  std::string quote;             // quote claims: the quoted words
  std::vector<std::string> terms;  // content words (stems) that identify the event
  std::vector<std::string> participants;  // ids of the other people, organisations and countries named
  std::string sentence;          // the sentence's words, to retrieve passages with
};

}  // namespace factlens
