// Knowledge-base entities and statements as JSON, for `kb show/who/held --format json` and the
// HTTP API alike.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "kb/knowledge_base.h"

namespace factlens {

std::string RankName(Rank r);
nlohmann::json EntityRefJson(const Entity& e);  // {"id", "name"}
nlohmann::json StatementJson(const KnowledgeBase& kb, const Statement& s);

}  // namespace factlens
