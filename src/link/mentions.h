// Entity mentions: every knowledge-base name in the text (longest match, case- and
// accent-insensitive), typed, with later surname-only mentions of people linked back.
#pragma once

#include <string_view>
#include <vector>

#include "kb/knowledge_base.h"
#include "text/normalize.h"
#include "text/sentences.h"

namespace factlens {

enum class EntityType { kPerson, kPosition, kRole, kCountry, kOrganization, kCity, kOther };
const char* EntityTypeName(EntityType t);
EntityType TypeOf(const Entity& e);

struct Mention {
  Span span;
  size_t first_token = 0, last_token = 0;  // indices into the token vector
  Entity entity;                  // the chosen reading
  EntityType type = EntityType::kOther;
  std::vector<Entity> same_name;  // every entity of this name and type (e.g. two offices called "EU foreign policy chief")
  bool by_surname = false;
};

class MentionFinder {
 public:
  explicit MentionFinder(const KnowledgeBase& kb) : kb_(kb) {}
  // Mentions in text order; `tokens` must be Tokenize(text).
  std::vector<Mention> Find(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  bool Resolve(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last,
               const std::vector<uint64_t>& postings, Mention* out) const;
  const KnowledgeBase& kb_;
};

}  // namespace factlens
