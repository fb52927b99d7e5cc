// Event and quote claims: who did what (threatened, announced, issued, opened, denied, met,
// visited, signed, said, launched, acknowledged), when, where and how; and quoted words with
// their speaker. The same extractor reads article sentences and corpus passages, so the two
// can be compared frame to frame.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "claims/claim_extractor.h"
#include "kb/knowledge_base.h"

namespace factlens {

class EventExtractor {
 private:
  std::vector<Claim> SentenceFrames(const AnalysedText& a, size_t sentence, const Mention** last_person) const;
  const Mention* CapitalOf(const Mention& m) const;
  mutable std::map<std::string, std::unique_ptr<Mention>> capitals_;

 public:
 public:
  explicit EventExtractor(const KnowledgeBase& kb) : kb_(kb) {}
  // Claims of an article: per sentence, an event claim for its first event verb that has an
  // actor (verbs of saying only attribute quotes), and a quote claim for quoted words.
  std::vector<Claim> Extract(const AnalysedText& a) const;
  // Every event frame of a trusted passage, one per event verb, saying included.
  std::vector<Claim> Frames(const AnalysedText& a) const;

 private:
  const KnowledgeBase& kb_;
};

// The event type of a verb ("warned" -> "threaten"), or "" when it is not an event verb.
const char* EventTypeOf(const std::string& folded_word);
// Content stems of a text span, without stopwords, names' words or dates.
std::vector<std::string> ContentTerms(const AnalysedText& a, Span span);

}  // namespace factlens
