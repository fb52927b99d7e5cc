#include "report/kb_json.h"

namespace factlens {

std::string RankName(Rank r) {
  return r == Rank::kPreferred ? "preferred" : r == Rank::kDeprecated ? "deprecated" : "normal";
}

nlohmann::json EntityRefJson(const Entity& e) { return {{"id", e.id}, {"name", e.label}}; }

nlohmann::json StatementJson(const KnowledgeBase& kb, const Statement& s) {
  nlohmann::json j;
  j["property"] = "P" + std::to_string(s.property);
  j["property_name"] = PropertyName(s.property);
  if (s.kind == ValueKind::kItem) j["value"] = {{"id", s.item}, {"name", kb.LabelOf(s.item)}};
  else if (s.kind == ValueKind::kTime) j["value"] = s.time.ToString();
  else j["value"] = s.item;
  if (s.start.known()) j["start"] = s.start.ToString();
  if (s.end.known()) j["end"] = s.end.ToString();
  if (s.point.known()) j["point_in_time"] = s.point.ToString();
  if (!s.replaces.empty()) j["replaces"] = {{"id", s.replaces}, {"name", kb.LabelOf(s.replaces)}};
  if (!s.replaced_by.empty()) j["replaced_by"] = {{"id", s.replaced_by}, {"name", kb.LabelOf(s.replaced_by)}};
  j["rank"] = RankName(s.rank);
  if (!s.statement_id.empty()) j["statement_id"] = s.statement_id;
  j["source"] = s.source;
  return j;
}

}  // namespace factlens
