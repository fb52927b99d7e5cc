// Checks event and quote claims against passages of the trusted corpus: the same event told
// with another actor, date, place or channel refutes; a passage telling the same supports;
// nothing relevant leaves the claim unverifiable. Absence of evidence never refutes.
#pragma once

#include <map>

#include "corpus/corpus.h"
#include "kb/knowledge_base.h"
#include "verify/verdict.h"

namespace factlens {

struct PassageFrame {
  Passage passage;
  Claim frame;
};

class EventVerifier {
 public:
  EventVerifier(const KnowledgeBase& kb, const Corpus* corpus) : kb_(kb), corpus_(corpus) {}
  CheckedClaim Check(const Claim& claim) const;
  // Whether two actors can be the same party: the same entity, or a person who held an office
  // of the other (Karim Khan and the ICC; Vladimir Putin and Russia).
  bool ActorsCompatible(const Entity& a, const Entity& b) const;

 private:
  std::vector<PassageFrame> DocumentFrames(const CorpusHit& hit) const;
  CheckedClaim CheckEvent(const Claim& claim) const;
  CheckedClaim CheckQuote(const Claim& claim) const;
  const KnowledgeBase& kb_;
  const Corpus* corpus_;
  // Frames of documents already read for this article: claims of one article retrieve the
  // same documents again and again.
  mutable std::map<std::string, std::vector<PassageFrame>> frames_by_document_;
};

}  // namespace factlens
