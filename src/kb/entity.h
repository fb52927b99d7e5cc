// The knowledge base's data model: entities and their time-qualified statements.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "util/date.h"

namespace factlens {

// Wikidata property numbers the knowledge base keeps (see doc/kb-format.md).
namespace prop {
constexpr uint32_t kHeadOfGovernment = 6;
constexpr uint32_t kCountry = 17;
constexpr uint32_t kInstanceOf = 31;
constexpr uint32_t kHeadOfState = 35;
constexpr uint32_t kCapital = 36;
constexpr uint32_t kPositionHeld = 39;
constexpr uint32_t kHeadquarters = 159;
constexpr uint32_t kSubclassOf = 279;
constexpr uint32_t kChairperson = 488;
constexpr uint32_t kDateOfBirth = 569;
constexpr uint32_t kDateOfDeath = 570;
constexpr uint32_t kStartTime = 580;
constexpr uint32_t kEndTime = 582;
constexpr uint32_t kPointInTime = 585;
constexpr uint32_t kJurisdiction = 1001;
constexpr uint32_t kDirector = 1037;
constexpr uint32_t kOfficeholder = 1308;
constexpr uint32_t kReplaces = 1365;
constexpr uint32_t kReplacedBy = 1366;
constexpr uint32_t kDemonym = 1549;
constexpr uint32_t kOfficeHeldByHead = 2388;
}  // namespace prop

// True for the properties whose statements the dump reader keeps.
bool IsKeptProperty(uint32_t property);
// "position held" for 39, or "P123" for properties without a name here.
std::string PropertyName(uint32_t property);

enum class Rank : uint8_t { kDeprecated = 0, kNormal = 1, kPreferred = 2 };
enum class ValueKind : uint8_t { kItem = 0, kTime = 1, kString = 2 };

struct Statement {
  uint32_t property = 0;
  Rank rank = Rank::kNormal;
  ValueKind kind = ValueKind::kItem;
  std::string item;  // entity id (kItem) or text (kString)
  Date time;         // kTime
  Date start, end, point;  // qualifiers P580, P582, P585
  std::string replaces, replaced_by;  // qualifiers P1365, P1366
  std::string statement_id;
  std::string source;  // a URL, or where in Wikidata the statement stands
};

struct Entity {
  std::string id;  // "Q7747", or "fl:key" for curated entities without a Wikidata id
  std::string label;
  std::string description;
  std::vector<std::string> aliases;
  uint32_t prominence = 0;  // sitelink count
  std::vector<Statement> statements;
};

}  // namespace factlens
