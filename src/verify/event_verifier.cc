#include "verify/event_verifier.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "claims/claim_extractor.h"
#include "events/event_extractor.h"
#include "text/normalize.h"

namespace factlens {

namespace {

constexpr size_t kDocumentsRetrieved = 8;

// Meetings and signings have several parties alike: "Biden and Putin met".
bool Symmetric(const std::string& type) { return type == "meet" || type == "sign"; }
constexpr size_t kSharedTermsForSameEvent = 3;
constexpr size_t kSharedTermsWithoutSharedParticipant = 5;

// Event types that tell of the same kind of act. An announcement may be reported as a
// statement ("Khan announced ..." / "Khan said there was a reasonable basis ...").
bool SameKind(const std::string& claim, const std::string& passage) {
  static const std::set<std::string> announcing = {"announce", "open", "issue"};
  return claim == passage || (announcing.count(claim) && announcing.count(passage)) ||
         (claim == "announce" && passage == "say");
}

// Acts that contradict a denial by the same party.
bool Affirms(const std::string& type) { return type == "launch" || type == "acknowledge" || type == "announce"; }

size_t SharedTerms(const Claim& a, const Claim& b) {
  size_t n = 0;
  for (const std::string& t : a.terms)
    if (std::binary_search(b.terms.begin(), b.terms.end(), t)) ++n;
  return n;
}

// Shared words that are not names: what was done, to what.
size_t SharedContent(const Claim& a, const Claim& b) {
  size_t n = 0;
  for (const std::string& t : a.terms)
    if (!t.starts_with("E:") && std::binary_search(b.terms.begin(), b.terms.end(), t)) ++n;
  return n;
}

// Parties of both (actor and participants) that recur, for meetings and signings.
size_t CommonParties(const Claim& a, const Claim& b) {
  std::set<std::string> pa(a.participants.begin(), a.participants.end()), pb(b.participants.begin(), b.participants.end());
  pa.insert(a.subject.id);
  pb.insert(b.subject.id);
  size_t common = 0;
  for (const std::string& id : pa) common += pb.count(id);
  return common;
}

// Named parties both frames share other than either actor: the ICC threatened, Ukraine invaded.
size_t SharedNonActorParties(const Claim& a, const Claim& b) {
  size_t n = 0;
  for (const std::string& id : a.participants)
    if (id != b.subject.id && std::find(b.participants.begin(), b.participants.end(), id) != b.participants.end()) ++n;
  return n;
}

// Enough in common to say the two frames date the same event, so that a different date refutes:
// what was done and to whom, not just who and where (two treaties signed in the Kremlin are
// two events), or for a meeting, the same parties.
bool SameIdentity(const Claim& a, const Claim& b) {
  constexpr size_t kIdentity = 3;
  if (Symmetric(a.event_type) && Symmetric(b.event_type) && CommonParties(a, b) >= 2) return true;
  return SharedContent(a, b) + SharedNonActorParties(a, b) >= kIdentity;
}

// Two frames tell of the same event when they share enough content words, and among them an
// entity that is neither side's actor (the ICC threatened, Ukraine invaded), unless they share
// many words: two announcements by the same court are not one event for sharing "war crimes".
bool SameTopic(const Claim& a, const Claim& b) {
  const size_t shared = SharedTerms(a, b);
  if (SharedContent(a, b) == 0) return false;  // names alone do not make one event
  if (shared >= kSharedTermsWithoutSharedParticipant) return true;
  if (shared < kSharedTermsForSameEvent) return false;
  // "Biden met Putin" and "Putin and Biden met": the parties are one set; two must recur.
  if (Symmetric(a.event_type) && Symmetric(b.event_type)) return CommonParties(a, b) >= 2;
  return SharedNonActorParties(a, b) > 0;
}

Evidence PassageEvidence(const Passage& p) {
  Evidence e;
  e.is_passage = true;
  e.fact = p.text;
  e.passage = p.text;
  e.source = p.source;
  e.document = p.document_id;
  e.title = p.title;
  e.date = p.date.ToString();
  e.start = p.start;
  e.end = p.end;
  return e;
}

std::string DayOf(const Claim& c) { return Date::FromDayNumber(c.as_of.first).ToString(); }



}  // namespace

// The event frames of a retrieved document, each with the passage (sentence) it stands in. The
// whole document is read, after its title, so that "Draghi said" or "he announced" in a passage
// finds the person named earlier.
std::vector<PassageFrame> EventVerifier::DocumentFrames(const CorpusHit& hit) const {
  if (auto it = frames_by_document_.find(hit.document_id); it != frames_by_document_.end()) return it->second;
  const std::string text = hit.title + ".\n\n" + hit.text;
  const uint32_t offset = static_cast<uint32_t>(hit.title.size() + 3);
  const AnalysedText a = Analyse(kb_, text, {hit.date, "document date"});
  std::vector<PassageFrame> out;
  for (Claim& f : EventExtractor(kb_).Frames(a)) {
    if (f.span.start < offset) continue;  // a frame of the title itself
    for (size_t i = 0; i < hit.passages.size(); ++i)
      if (hit.passages[i].start <= f.span.start - offset && f.span.start - offset < hit.passages[i].end) {
        out.push_back({hit.passage(i), std::move(f)});
        break;
      }
  }
  frames_by_document_[hit.document_id] = out;
  return out;
}

bool EventVerifier::ActorsCompatible(const Entity& a, const Entity& b) const {
  if (a.id == b.id) return true;
  auto holds_office_of = [&](const Entity& person, const Entity& body) {
    for (const Statement& s : person.statements) {
      if (s.property != prop::kPositionHeld) continue;
      Entity position;
      if (!kb_.FindById(s.item, &position).ok()) continue;
      for (const Statement& p : position.statements)
        if (p.property == prop::kJurisdiction && p.item == body.id) return true;
    }
    return false;
  };
  return holds_office_of(a, b) || holds_office_of(b, a);
}

CheckedClaim EventVerifier::Check(const Claim& claim) const {
  CheckedClaim out;
  if (corpus_ == nullptr) {
    out.explanation = "No corpus of trusted documents is available to check this against.";
  } else {
    out = claim.kind == ClaimKind::kQuote ? CheckQuote(claim) : CheckEvent(claim);
  }
  out.claim = claim;
  return out;
}

CheckedClaim EventVerifier::CheckQuote(const Claim& claim) const {
  CheckedClaim out;
  const std::string wanted = NormalizeName(claim.quote);
  std::vector<PassageFrame> found;
  for (const CorpusHit& hit : corpus_->Retrieve(claim.quote, kDocumentsRetrieved))
    for (PassageFrame& pf : DocumentFrames(hit))
      if (NormalizeName(pf.passage.text).find(wanted) != std::string::npos) found.push_back(std::move(pf));
  if (found.empty()) {
    for (const Passage& p : corpus_->SearchPhrase(claim.quote, 1)) out.evidence.push_back(PassageEvidence(p));
    out.explanation = out.evidence.empty() ? "No trusted source in the corpus carries these words."
                                           : "A trusted source has these words but does not say who spoke them.";
    return out;
  }
  for (const PassageFrame& pf : found) {
    const Passage& p = pf.passage;
    const Claim& f = pf.frame;
    if (std::none_of(out.evidence.begin(), out.evidence.end(), [&](const Evidence& e) { return e.passage == p.text; }))
      out.evidence.push_back(PassageEvidence(p));
    {
      if (ActorsCompatible(f.subject, claim.subject)) {
        out.verdict = Verdict::kSupported;
        out.evidence = {PassageEvidence(p)};
        out.correction.reset();
        out.explanation = p.title + " (" + p.date.ToString() + ") quotes " + f.subject.label + " with these words.";
        return out;
      }
      out.verdict = Verdict::kRefuted;
      out.correction = Correction{f.subject.label, f.subject.id, "in " + p.title + " (" + p.date.ToString() + ")"};
      out.explanation = "A trusted source attributes these words to " + f.subject.label + ", not " + claim.subject.label + ".";
    }
  }
  return out;
}

CheckedClaim EventVerifier::CheckEvent(const Claim& claim) const {
  CheckedClaim out;
  std::vector<PassageFrame> same, contradicting;
  const bool denial = claim.event_type == "deny";
  for (const CorpusHit& hit : corpus_->Retrieve(claim.sentence, kDocumentsRetrieved)) {
    for (PassageFrame& pf : DocumentFrames(hit)) {
      const Passage& p = pf.passage;
      Claim& f = pf.frame;
      if (!SameTopic(claim, f)) continue;
      if (denial && Affirms(f.event_type) && ActorsCompatible(f.subject, claim.subject) && f.has_date &&
          f.as_of.first <= claim.as_of.last && SameIdentity(claim, f))
        contradicting.push_back({p, std::move(f)});
      else if (SameKind(claim.event_type, f.event_type))
        same.push_back({p, std::move(f)});
    }
  }
  if (!contradicting.empty()) {
    const PassageFrame& c = contradicting.front();
    out.verdict = Verdict::kRefuted;
    for (const auto& pf : contradicting) out.evidence.push_back(PassageEvidence(pf.passage));
    out.correction = Correction{c.frame.subject.label, c.frame.subject.id, c.frame.office_text + " on " + DayOf(c.frame)};
    out.explanation = "A trusted source contradicts the denial: " + c.frame.subject.label + " " + c.frame.office_text +
                      " it on " + DayOf(c.frame) + " (" + c.passage.title + ").";
    return out;
  }
  if (same.empty()) {
    out.explanation = "No trusted source in the corpus mentions this.";
    return out;
  }
  // The closest account first: by a compatible actor, the same kind of act, sharing the most
  // words, earliest.
  // Ranks are computed once: ActorsCompatible looks offices up in the KB.
  using Order = std::tuple<bool, bool, int, int64_t>;
  std::vector<std::pair<Order, size_t>> ranked;
  for (size_t i = 0; i < same.size(); ++i) {
    const Claim& f = same[i].frame;
    ranked.push_back({{!ActorsCompatible(f.subject, claim.subject), f.event_type != claim.event_type,
                       -static_cast<int>(SharedTerms(claim, f)), f.as_of.first},
                      i});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<PassageFrame> ordered;
  for (const auto& [order, i] : ranked) ordered.push_back(std::move(same[i]));
  same = std::move(ordered);
  constexpr size_t kMaxPassages = 4;
  for (const auto& pf : same) {
    std::vector<std::string> differences;
    const Claim& f = pf.frame;
    const bool party = Symmetric(f.event_type) &&
                       std::find(f.participants.begin(), f.participants.end(), claim.subject.id) != f.participants.end();
    if (!party && !ActorsCompatible(f.subject, claim.subject))
      differences.push_back("by " + f.subject.label + ", not " + claim.subject.label);
    if (claim.date_explicit && f.has_date && (f.as_of.last + 1 < claim.as_of.first || claim.as_of.last + 1 < f.as_of.first))
      differences.push_back("on " + DayOf(f) + ", not " + DayOf(claim));
    if (!claim.channel.empty() && !f.channel.empty() && claim.channel != f.channel)
      differences.push_back("in a " + f.channel + ", not a " + claim.channel);
    if (!claim.place.id.empty() && !f.place.id.empty() && claim.place.id != f.place.id)
      differences.push_back("in " + f.place.label + ", not " + claim.place.label);
    if (differences.size() == 1 && differences[0].starts_with("on ") && !SameIdentity(claim, f)) continue;
    if (differences.empty()) {
      out.verdict = Verdict::kSupported;
      out.evidence = {PassageEvidence(pf.passage)};
      out.correction.reset();
      out.explanation = pf.passage.title + " (" + pf.passage.date.ToString() + ") tells of the same event and agrees.";
      return out;
    }
    // One passage a document, the best.
    if (out.evidence.size() < kMaxPassages &&
        std::none_of(out.evidence.begin(), out.evidence.end(), [&](const Evidence& e) { return e.document == pf.passage.document_id; }))
      out.evidence.push_back(PassageEvidence(pf.passage));
    if (out.verdict != Verdict::kRefuted) {
      out.verdict = Verdict::kRefuted;
      std::string detail = "on " + DayOf(f);
      if (!f.channel.empty()) detail += ", " + std::string(f.channel == "Telegram" ? "on " : "in a ") + f.channel;
      if (!f.place.id.empty()) detail += ", in " + f.place.label;
      out.correction = Correction{f.subject.label, f.subject.id, detail};
      std::string joined;
      for (size_t i = 0; i < differences.size(); ++i) joined += (i ? "; " : "") + differences[i];
      out.explanation = "A trusted source tells of the same event differently: " + f.subject.label + " " + f.office_text +
                        " " + detail + " (" + joined + ").";
    }
  }
  return out;
}

}  // namespace factlens
