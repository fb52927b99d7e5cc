#include "verify/event_verifier.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <tuple>

#include "claims/claim_extractor.h"
#include "events/event_extractor.h"
#include "text/normalize.h"

namespace factlens {

namespace {

constexpr size_t kPassagesRetrieved = 12;
constexpr size_t kSharedTermsForSameEvent = 3;
constexpr size_t kSharedTermsWithoutSharedParticipant = 5;

// Event types that tell of the same kind of act.
bool SameKind(const std::string& a, const std::string& b) {
  static const std::set<std::string> announcing = {"announce", "open", "issue"};
  return a == b || (announcing.count(a) && announcing.count(b));
}

// Acts that contradict a denial by the same party.
bool Affirms(const std::string& type) { return type == "launch" || type == "acknowledge" || type == "announce"; }

size_t SharedTerms(const Claim& a, const Claim& b) {
  size_t n = 0;
  for (const std::string& t : a.terms)
    if (std::binary_search(b.terms.begin(), b.terms.end(), t)) ++n;
  return n;
}

// Two frames tell of the same event when they share enough content words, and among them an
// entity that is neither side's actor (the ICC threatened, Ukraine invaded), unless they share
// many words: two announcements by the same court are not one event for sharing "war crimes".
bool Symmetric(const std::string& type);

bool SameTopic(const Claim& a, const Claim& b) {
  const size_t shared = SharedTerms(a, b);
  if (shared >= kSharedTermsWithoutSharedParticipant) return true;
  if (shared < kSharedTermsForSameEvent) return false;
  if (Symmetric(a.event_type) && Symmetric(b.event_type)) {
    // "Biden met Putin" and "Putin and Biden met": the parties are one set; two must recur.
    std::set<std::string> pa(a.participants.begin(), a.participants.end()), pb(b.participants.begin(), b.participants.end());
    pa.insert(a.subject.id);
    pb.insert(b.subject.id);
    size_t common = 0;
    for (const std::string& id : pa) common += pb.count(id);
    return common >= 2;
  }
  for (const std::string& id : a.participants)
    if (id != b.subject.id && id != a.subject.id &&
        std::find(b.participants.begin(), b.participants.end(), id) != b.participants.end())
      return true;
  return false;
}

struct PassageFrame {
  Passage passage;
  Claim frame;
};

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

// Meetings and signings have several parties alike: "Biden and Putin met".
bool Symmetric(const std::string& type) { return type == "meet" || type == "sign"; }

}  // namespace

// The frames of a passage, read after its document's title so that a surname in the passage
// ("Draghi said") finds the full name the title gives.
std::vector<Claim> EventVerifier::PassageFrames(const Passage& p) const {
  const std::string text = p.title + ".\n\n" + p.text;
  const uint32_t offset = static_cast<uint32_t>(p.title.size() + 3);
  const AnalysedText a = Analyse(kb_, text, {p.date, "document date"});
  std::vector<Claim> frames;
  for (Claim& f : EventExtractor(kb_).Frames(a))
    if (f.span.start >= offset || f.subject_span.start >= offset) frames.push_back(std::move(f));
  return frames;
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
  const std::vector<Passage> found = corpus_->SearchPhrase(claim.quote, 3);
  if (found.empty()) {
    out.explanation = "No trusted source in the corpus carries these words.";
    return out;
  }
  for (const Passage& p : found) {
    out.evidence.push_back(PassageEvidence(p));
    for (const Claim& f : PassageFrames(p)) {
      if (ActorsCompatible(f.subject, claim.subject)) {
        out.verdict = Verdict::kSupported;
        out.explanation = p.title + " (" + p.date.ToString() + ") quotes " + f.subject.label + " with these words.";
        return out;
      }
      out.verdict = Verdict::kRefuted;
      out.correction = Correction{f.subject.label, f.subject.id, "in " + p.title + " (" + p.date.ToString() + ")"};
      out.explanation = "A trusted source attributes these words to " + f.subject.label + ", not " + claim.subject.label + ".";
    }
  }
  if (out.verdict == Verdict::kUnverifiable) out.explanation = "A trusted source has these words but does not say who spoke them.";
  return out;
}

CheckedClaim EventVerifier::CheckEvent(const Claim& claim) const {
  CheckedClaim out;
  std::vector<PassageFrame> same, contradicting;
  const bool denial = claim.event_type == "deny";
  for (const Passage& p : corpus_->Search(claim.sentence, kPassagesRetrieved)) {
    for (Claim& f : PassageFrames(p)) {
      if (std::getenv("FACTLENS_DEBUG_EVENTS")) {
        std::string shared;
        for (const std::string& t : claim.terms)
          if (std::binary_search(f.terms.begin(), f.terms.end(), t)) shared += t + " ";
        std::fprintf(stderr, "[events] %s/%s vs %s/%s: same=%d shared: %s\n", claim.event_type.c_str(),
                     claim.subject.label.c_str(), f.event_type.c_str(), f.subject.label.c_str(), SameTopic(claim, f), shared.c_str());
      }
      if (!SameTopic(claim, f)) continue;
      if (denial && Affirms(f.event_type) && ActorsCompatible(f.subject, claim.subject) && f.has_date &&
          f.as_of.first <= claim.as_of.last)
        contradicting.push_back({p, std::move(f)});
      else if (SameKind(f.event_type, claim.event_type))
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
  // The closest account first: by a compatible actor, sharing the most words, earliest.
  auto rank = [&](const PassageFrame& pf) {
    return std::make_tuple(!ActorsCompatible(pf.frame.subject, claim.subject), -static_cast<int>(SharedTerms(claim, pf.frame)),
                           pf.frame.as_of.first);
  };
  std::stable_sort(same.begin(), same.end(), [&](const PassageFrame& x, const PassageFrame& y) { return rank(x) < rank(y); });
  constexpr size_t kMaxPassages = 3;
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
    if (differences.empty()) {
      out.verdict = Verdict::kSupported;
      out.evidence = {PassageEvidence(pf.passage)};
      out.correction.reset();
      out.explanation = pf.passage.title + " (" + pf.passage.date.ToString() + ") tells of the same event and agrees.";
      return out;
    }
    if (out.evidence.size() < kMaxPassages &&
        std::none_of(out.evidence.begin(), out.evidence.end(), [&](const Evidence& e) { return e.passage == pf.passage.text; }))
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
