#include "kb/queries.h"

#include <algorithm>

#include "text/normalize.h"

namespace factlens {

Coverage CoversDay(const Statement& s, const Date& day) {
  const int64_t d = day.DayNumber();
  if (s.point.known() && !s.start.known() && !s.end.known()) {
    if (d < s.point.EarliestDay() || d > s.point.LatestDay()) return Coverage::kUnknown;
    return s.point.precision == Precision::kDay ? Coverage::kYes : Coverage::kUnknown;
  }
  if (!s.start.known() && !s.end.known()) return Coverage::kUnknown;
  Coverage c = Coverage::kYes;
  if (s.start.known()) {
    if (d < s.start.EarliestDay()) return Coverage::kNo;
    if (d < s.start.LatestDay()) c = Coverage::kUnknown;
  } else {
    c = Coverage::kUnknown;  // no known start: cannot say since when
  }
  if (s.end.known()) {
    if (d > s.end.LatestDay()) return Coverage::kNo;
    if (d > s.end.EarliestDay()) c = Coverage::kUnknown;
  }
  return c;
}

std::string DescribeTerm(const Statement& s) {
  if (s.start.known() && s.end.known()) return s.start.ToString() + " to " + s.end.ToString();
  if (s.start.known()) return "since " + s.start.ToString();
  if (s.end.known()) return "until " + s.end.ToString();
  if (s.point.known()) return "in " + s.point.ToString();
  return "dates unknown";
}

static bool Overlaps(const Statement& a, const Statement& b) {
  const int64_t a0 = a.start.known() ? a.start.EarliestDay() : INT64_MIN;
  const int64_t a1 = a.end.known() ? a.end.LatestDay() : INT64_MAX;
  const int64_t b0 = b.start.known() ? b.start.EarliestDay() : INT64_MIN;
  const int64_t b1 = b.end.known() ? b.end.LatestDay() : INT64_MAX;
  return a0 <= b1 && b0 <= a1;
}

std::vector<const Statement*> EvidenceStatements(const Entity& subject, uint32_t property,
                                                 std::string_view object_id) {
  std::vector<const Statement*> preferred, normal, out;
  for (const Statement& s : subject.statements) {
    if (s.property != property || s.item != object_id) continue;
    if (s.rank == Rank::kPreferred) preferred.push_back(&s);
    else if (s.rank == Rank::kNormal) normal.push_back(&s);
  }
  out = preferred;
  for (const Statement* n : normal) {
    const bool superseded = std::any_of(preferred.begin(), preferred.end(), [&](const Statement* p) {
      return (p->start.known() || p->end.known()) && (n->start.known() || n->end.known()) && Overlaps(*p, *n);
    });
    if (!superseded) out.push_back(n);
  }
  return out;
}

static int64_t StartKey(const Statement& s) {
  return s.start.known() ? s.start.EarliestDay() : s.point.known() ? s.point.EarliestDay() : INT64_MIN;
}

std::vector<Holding> HoldersOf(const KnowledgeBase& kb, std::string_view position_id) {
  std::vector<Holding> out;
  for (uint64_t offset : kb.Referrers(position_id, prop::kPositionHeld)) {
    Entity person;
    if (!kb.EntityAt(offset, &person).ok()) continue;
    for (const Statement* s : EvidenceStatements(person, prop::kPositionHeld, position_id))
      out.push_back({person, *s, Coverage::kNo});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Holding& a, const Holding& b) { return StartKey(a.term) < StartKey(b.term); });
  return out;
}

std::vector<Holding> HoldersAt(const KnowledgeBase& kb, std::string_view position_id, const Date& day) {
  std::vector<Holding> out;
  for (Holding& h : HoldersOf(kb, position_id)) {
    h.coverage = CoversDay(h.term, day);
    if (h.coverage != Coverage::kNo) out.push_back(std::move(h));
  }
  std::stable_sort(out.begin(), out.end(), [](const Holding& a, const Holding& b) { return a.coverage > b.coverage; });
  return out;
}

std::vector<Holding> PositionsAt(const KnowledgeBase& kb, const Entity& person, const Date& day) {
  std::vector<std::string> positions;
  for (const Statement& s : person.statements)
    if (s.property == prop::kPositionHeld && std::find(positions.begin(), positions.end(), s.item) == positions.end())
      positions.push_back(s.item);
  std::vector<Holding> out;
  for (const std::string& pos : positions) {
    Entity position;
    if (!kb.FindById(pos, &position).ok()) position.id = position.label = pos;
    for (const Statement* s : EvidenceStatements(person, prop::kPositionHeld, pos)) {
      const Coverage c = CoversDay(*s, day);
      if (c != Coverage::kNo) out.push_back({position, *s, c});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Holding& a, const Holding& b) { return a.coverage > b.coverage; });
  return out;
}

bool IsPosition(const KnowledgeBase& kb, const Entity& e) {
  for (const Statement& s : e.statements)
    if (s.property == prop::kInstanceOf && s.item == "fl:position") return true;
  return !kb.Referrers(e.id, prop::kPositionHeld).empty();
}

std::vector<Entity> PositionsFor(const KnowledgeBase& kb, std::string_view role_id, std::string_view jurisdiction_id) {
  std::vector<Entity> out;
  for (uint64_t off : kb.Referrers(jurisdiction_id, prop::kJurisdiction)) {
    Entity e;
    if (!kb.EntityAt(off, &e).ok()) continue;
    for (const Statement& s : e.statements) {
      if (s.property == prop::kSubclassOf && s.item == role_id) {
        out.push_back(std::move(e));
        break;
      }
    }
  }
  return out;
}

static bool LooksLikeId(std::string_view s) {
  if (s.starts_with("fl:")) return s.size() > 3;
  if (s.size() < 2 || (s[0] != 'Q' && s[0] != 'P')) return false;
  return std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Status ResolveEntity(const KnowledgeBase& kb, std::string_view text, bool want_position, Entity* out) {
  if (LooksLikeId(text)) return kb.FindById(text, out);
  std::vector<uint64_t> offsets = kb.FindByName(NormalizeName(text));
  if (offsets.empty()) return Status::NotFound("no entity named '" + std::string(text) + "' in " + kb.path());
  bool found = false;
  int best_score = -1;
  for (uint64_t off : offsets) {
    Entity e;
    if (Status s = kb.EntityAt(off, &e); !s.ok()) return s;
    int score = static_cast<int>(std::min<uint32_t>(e.prominence, 1000));
    if (want_position && IsPosition(kb, e)) score += 100000;
    if (!found || score > best_score) {
      *out = std::move(e);
      best_score = score;
      found = true;
    }
  }
  return Status::Ok();
}

}  // namespace factlens
