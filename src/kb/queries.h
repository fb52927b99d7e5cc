// Time-qualified questions to the knowledge base: who held an office on a day, what a person
// held, and which entity a name or id means.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kb/knowledge_base.h"

namespace factlens {

// Whether a statement's validity interval contains a day, given the precision of its bounds.
enum class Coverage { kNo = 0, kUnknown = 1, kYes = 2 };
Coverage CoversDay(const Statement& s, const Date& day);

// True if a term's interval is known only imprecisely or not at all on this day.
std::string DescribeTerm(const Statement& s);  // "2021-03-11 to 2024-03-10", "since 2004-03-09"

struct Holding {
  Entity holder;     // the person (HoldersOf) or the position (PositionsOf)
  Statement term;    // the P39 statement
  Coverage coverage = Coverage::kNo;
};

// Statements usable as evidence for one (subject, property, object): deprecated ones never
// are, and a normal statement is superseded by a preferred one whose interval overlaps it.
std::vector<const Statement*> EvidenceStatements(const Entity& subject, uint32_t property,
                                                 std::string_view object_id);

// Every term of every holder of `position_id`, ordered by start date.
std::vector<Holding> HoldersOf(const KnowledgeBase& kb, std::string_view position_id);
// The holders on `day` (coverage kYes or kUnknown), best first.
std::vector<Holding> HoldersAt(const KnowledgeBase& kb, std::string_view position_id, const Date& day);
// The positions `person` held on `day` (coverage kYes or kUnknown).
std::vector<Holding> PositionsAt(const KnowledgeBase& kb, const Entity& person, const Date& day);

// Resolves a user's "Q7747", "fl:icc" or a name. Among entities of the same name, positions
// come first when `want_position`, then the most prominent.
Status ResolveEntity(const KnowledgeBase& kb, std::string_view id_or_name, bool want_position, Entity* out);

bool IsPosition(const KnowledgeBase& kb, const Entity& e);

// The positions that are a subclass of `role_id` and apply to `jurisdiction_id` ("foreign
// minister" + Russia -> Minister of Foreign Affairs of Russia).
std::vector<Entity> PositionsFor(const KnowledgeBase& kb, std::string_view role_id, std::string_view jurisdiction_id);

}  // namespace factlens
