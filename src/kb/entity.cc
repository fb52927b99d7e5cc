#include "kb/entity.h"

namespace factlens {

bool IsKeptProperty(uint32_t p) {
  switch (p) {
    case prop::kHeadOfGovernment: case prop::kCountry: case prop::kInstanceOf:
    case prop::kHeadOfState: case prop::kCapital: case prop::kPositionHeld:
    case prop::kHeadquarters: case prop::kSubclassOf: case prop::kChairperson:
    case prop::kDateOfBirth: case prop::kDateOfDeath: case prop::kJurisdiction:
    case prop::kDirector: case prop::kOfficeholder: case prop::kDemonym:
    case prop::kOfficeHeldByHead:
      return true;
    default:
      return false;
  }
}

std::string PropertyName(uint32_t p) {
  switch (p) {
    case prop::kHeadOfGovernment: return "head of government";
    case prop::kCountry: return "country";
    case prop::kInstanceOf: return "instance of";
    case prop::kHeadOfState: return "head of state";
    case prop::kCapital: return "capital";
    case prop::kPositionHeld: return "position held";
    case prop::kHeadquarters: return "headquarters location";
    case prop::kSubclassOf: return "subclass of";
    case prop::kChairperson: return "chairperson";
    case prop::kDateOfBirth: return "date of birth";
    case prop::kDateOfDeath: return "date of death";
    case prop::kJurisdiction: return "applies to jurisdiction";
    case prop::kDirector: return "director/manager";
    case prop::kOfficeholder: return "officeholder";
    case prop::kDemonym: return "demonym";
    case prop::kOfficeHeldByHead: return "office held by head of the organization";
    default: return "P" + std::to_string(p);
  }
}

}  // namespace factlens
