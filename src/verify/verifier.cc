#include "verify/verifier.h"

#include <algorithm>

#include "kb/queries.h"
#include "text/normalize.h"

namespace factlens {

const char* VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "supported";
    case Verdict::kRefuted: return "refuted";
    default: return "unverifiable";
  }
}

namespace {

// Whether a term overlaps the days [first, last] of a claim's date.
Coverage CoversRange(const Statement& s, const DateRange& r) {
  if (r.single_day()) return CoversDay(s, Date::FromDayNumber(r.first));
  if (!s.start.known() && !s.end.known()) return Coverage::kUnknown;
  if (s.start.known() && s.start.EarliestDay() > r.last) return Coverage::kNo;
  if (s.end.known() && s.end.LatestDay() < r.first) return Coverage::kNo;
  const bool starts_in_time = !s.start.known() || s.start.LatestDay() <= r.last;
  const bool ends_in_time = !s.end.known() || s.end.EarliestDay() >= r.first;
  return s.start.known() && starts_in_time && ends_in_time ? Coverage::kYes : Coverage::kUnknown;
}

std::string AsOfText(const DateRange& r) {
  if (r.single_day()) return Date::FromDayNumber(r.first).ToString();
  return "between " + Date::FromDayNumber(r.first).ToString() + " and " + Date::FromDayNumber(r.last).ToString();
}

Evidence TermEvidence(const Entity& person, const Entity& position, const Statement& term) {
  return Evidence::Fact(person.label + " held " + position.label + ", " + DescribeTerm(term), term.source, term.statement_id);
}

CheckedClaim Undated(const Claim& claim) {
  CheckedClaim out;
  out.explanation = "The article's date is unknown, so the claim cannot be checked: " + claim.as_of_basis + ".";
  return out;
}

struct Term {
  const Entity* position;
  Holding holding;
};

}  // namespace

CheckedClaim Verifier::Check(const Claim& claim) const {
  CheckedClaim out = claim.kind == ClaimKind::kPositionHeld ? CheckOffice(claim) : CheckHeadquarters(claim);
  out.claim = claim;
  return out;
}

// A name the knowledge base does not hold: it matches a holder when its words are the holder's
// name or the end of it ("Trump" for "Donald Trump").
static bool NameMatches(const std::string& written, const Entity& holder) {
  const std::string w = NormalizeName(written);
  auto matches = [&](const std::string& name) {
    const std::string n = NormalizeName(name);
    return n == w || (n.size() > w.size() && n.ends_with(" " + w));
  };
  if (matches(holder.label)) return true;
  return std::any_of(holder.aliases.begin(), holder.aliases.end(), matches);
}

CheckedClaim Verifier::CheckOffice(const Claim& claim) const {
  CheckedClaim out;
  if (claim.subject.id.empty()) return CheckUnknownHolder(claim);
  const std::string office = claim.positions.front().label;
  if (!claim.has_date) return Undated(claim);
  const DateRange& when = claim.as_of;
  std::vector<Term> mine, others_then;
  for (const Entity& position : claim.positions) {
    for (Holding& h : HoldersOf(kb_, position.id)) {
      h.coverage = CoversRange(h.term, when);
      if (h.holder.id == claim.subject.id) mine.push_back({&position, h});
      else if (h.coverage == Coverage::kYes) others_then.push_back({&position, h});
    }
  }
  auto any = [&](Coverage c) {
    return std::find_if(mine.begin(), mine.end(), [&](const Term& t) { return t.holding.coverage == c; });
  };
  for (const Term& t : mine) out.evidence.push_back(TermEvidence(claim.subject, *t.position, t.holding.term));
  if (claim.former) {
    const auto earlier = std::find_if(mine.begin(), mine.end(), [&](const Term& t) {
      return t.holding.term.end.known() && t.holding.term.end.LatestDay() < when.first;
    });
    if (earlier != mine.end()) {
      out.verdict = Verdict::kSupported;
      out.explanation = claim.subject.label + " had held the office of " + earlier->position->label + " (" +
                        DescribeTerm(earlier->holding.term) + ") before " + AsOfText(when) + ".";
    } else if (any(Coverage::kYes) != mine.end()) {
      out.verdict = Verdict::kRefuted;
      out.explanation = claim.subject.label + " was still " + office + " on " + AsOfText(when) + ", not a former holder.";
    } else if (mine.empty()) {
      out.verdict = Verdict::kRefuted;
      out.explanation = "The knowledge base lists every holder of " + office + " and " + claim.subject.label +
                        " is not among them.";
      if (HoldersOf(kb_, claim.positions.front().id).empty()) {
        out.verdict = Verdict::kUnverifiable;
        out.explanation = "The knowledge base knows no holders of " + office + ".";
      }
    } else if (std::all_of(mine.begin(), mine.end(), [&](const Term& t) {
                 return t.holding.term.start.known() && t.holding.term.start.EarliestDay() > when.last;
               })) {
      out.verdict = Verdict::kRefuted;
      out.explanation = claim.subject.label + " took office as " + mine.front().position->label + " only later (" +
                        DescribeTerm(mine.front().holding.term) + "), so was not a former holder on " + AsOfText(when) + ".";
    } else {
      out.explanation = "The dates of " + claim.subject.label + "'s term are too imprecise to say.";
    }
    return out;
  }
  if (auto yes = any(Coverage::kYes); yes != mine.end()) {
    out.verdict = Verdict::kSupported;
    out.evidence = {TermEvidence(claim.subject, *yes->position, yes->holding.term)};  // the term that covers the date
    out.explanation = claim.subject.label + " was " + yes->position->label + " on " + AsOfText(when) + " (" +
                      DescribeTerm(yes->holding.term) + ").";
    return out;
  }
  if (auto maybe = any(Coverage::kUnknown); maybe != mine.end()) {
    out.explanation = "The knowledge base dates " + claim.subject.label + "'s term as " + office + " only as " +
                      DescribeTerm(maybe->holding.term) + ", too imprecisely to decide for " + AsOfText(when) + ".";
    return out;
  }
  if (!others_then.empty()) {
    const Term& actual = others_then.front();
    out.verdict = Verdict::kRefuted;
    out.correction = Correction{actual.holding.holder.label, actual.holding.holder.id, DescribeTerm(actual.holding.term)};
    out.evidence.push_back(TermEvidence(actual.holding.holder, *actual.position, actual.holding.term));
    out.explanation = "On " + AsOfText(when) + " the " + actual.position->label + " was " + actual.holding.holder.label +
                      " (" + DescribeTerm(actual.holding.term) + ")";
    if (!mine.empty())
      out.explanation += "; " + claim.subject.label + " held the office " + DescribeTerm(mine.front().holding.term);
    out.explanation += ".";
    return out;
  }
  if (!mine.empty()) {
    // No other holder is known then, but the subject's own terms exclude the date.
    out.verdict = Verdict::kRefuted;
    out.explanation = claim.subject.label + " held the office of " + office + " " + DescribeTerm(mine.front().holding.term) +
                      ", not on " + AsOfText(when) + ".";
    return out;
  }
  out.explanation = "The knowledge base does not say who was " + office + " on " + AsOfText(when) + ".";
  return out;
}

CheckedClaim Verifier::CheckUnknownHolder(const Claim& claim) const {
  CheckedClaim out;
  if (!claim.has_date) return Undated(claim);
  std::vector<Term> then;
  for (const Entity& position : claim.positions)
    for (Holding& h : HoldersOf(kb_, position.id)) {
      h.coverage = CoversRange(h.term, claim.as_of);
      if (h.coverage == Coverage::kYes) then.push_back({&position, h});
    }
  for (const Term& t : then) {
    if (!NameMatches(claim.subject.label, t.holding.holder)) continue;
    out.verdict = Verdict::kSupported;
    out.evidence.push_back(TermEvidence(t.holding.holder, *t.position, t.holding.term));
    out.explanation = t.holding.holder.label + " was " + t.position->label + " on " + AsOfText(claim.as_of) + " (" +
                      DescribeTerm(t.holding.term) + ").";
    return out;
  }
  if (then.empty()) {
    out.explanation = "The knowledge base knows neither " + claim.subject.label + " nor who was " +
                      claim.positions.front().label + " on " + AsOfText(claim.as_of) + ".";
    return out;
  }
  const Term& actual = then.front();
  out.verdict = Verdict::kRefuted;
  out.correction = Correction{actual.holding.holder.label, actual.holding.holder.id, DescribeTerm(actual.holding.term)};
  out.evidence.push_back(TermEvidence(actual.holding.holder, *actual.position, actual.holding.term));
  out.explanation = "On " + AsOfText(claim.as_of) + " the " + actual.position->label + " was " +
                    actual.holding.holder.label + " (" + DescribeTerm(actual.holding.term) + "), not " +
                    claim.subject.label + ".";
  return out;
}

CheckedClaim Verifier::CheckHeadquarters(const Claim& claim) const {
  CheckedClaim out;
  std::vector<const Statement*> seats;
  for (const Statement& s : claim.subject.statements) {
    if (s.property != prop::kHeadquarters || s.rank == Rank::kDeprecated || s.kind != ValueKind::kItem) continue;
    if (claim.has_date && (s.start.known() || s.end.known()) && CoversRange(s, claim.as_of) == Coverage::kNo) continue;
    seats.push_back(&s);
  }
  if (seats.empty()) {
    out.explanation = "The knowledge base has no headquarters for " + claim.subject.label + ".";
    return out;
  }
  for (const Statement* s : seats) {
    const std::string place = kb_.LabelOf(s->item);
    out.evidence.push_back(Evidence::Fact(claim.subject.label + " is headquartered in " + place +
                                (s->start.known() || s->end.known() ? " (" + DescribeTerm(*s) + ")" : ""),
                            s->source, s->statement_id));
    if (s->item == claim.place.id) {
      out.verdict = Verdict::kSupported;
      out.explanation = claim.subject.label + " is headquartered in " + place + ".";
    }
  }
  if (out.verdict == Verdict::kSupported) return out;
  const std::string actual = kb_.LabelOf(seats.front()->item);
  out.verdict = Verdict::kRefuted;
  out.correction = Correction{actual, seats.front()->item, ""};
  out.explanation = claim.subject.label + " is headquartered in " + actual + ", not in " + claim.place.label + ".";
  return out;
}

}  // namespace factlens
