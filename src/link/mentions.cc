#include "link/mentions.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace factlens {

namespace {

constexpr size_t kMaxNameTokens = 12;

bool HasClass(const Entity& e, std::string_view cls) {
  for (const Statement& s : e.statements)
    if (s.property == prop::kInstanceOf && s.item == cls) return true;
  return false;
}

bool HasProperty(const Entity& e, uint32_t p) {
  for (const Statement& s : e.statements)
    if (s.property == p) return true;
  return false;
}

// How the name is capitalised: an acronym ("WHO", "ICC") must be written in capitals and a
// proper name must not be written all in lower case, so that "who" or "turkey" stay words.
bool CaseCompatible(std::string_view name, std::string_view written) {
  int name_upper = 0, name_lower = 0, text_upper = 0, text_lower = 0;
  for (unsigned char c : name) { name_upper += std::isupper(c) != 0; name_lower += std::islower(c) != 0; }
  for (unsigned char c : written) { text_upper += std::isupper(c) != 0; text_lower += std::islower(c) != 0; }
  if (name_upper >= 2 && name_lower == 0) return text_lower == 0;
  if (name_upper > 0 && text_upper == 0) return false;
  return true;
}

int TypePriority(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return 6;
    case EntityType::kPosition: return 5;
    case EntityType::kOrganization: return 4;
    case EntityType::kCountry: return 3;
    case EntityType::kCity: return 2;
    case EntityType::kRole: return 1;
    default: return 0;
  }
}

}  // namespace

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kPosition: return "position";
    case EntityType::kRole: return "role";
    case EntityType::kCountry: return "country";
    case EntityType::kOrganization: return "organization";
    case EntityType::kCity: return "city";
    default: return "other";
  }
}

EntityType TypeOf(const Entity& e) {
  if (HasClass(e, "fl:role")) return EntityType::kRole;
  if (HasClass(e, "fl:position")) return EntityType::kPosition;
  if (HasClass(e, "Q5") || HasProperty(e, prop::kPositionHeld)) return EntityType::kPerson;
  if (HasClass(e, "fl:country") || HasProperty(e, prop::kCapital) || HasProperty(e, prop::kDemonym)) return EntityType::kCountry;
  if (HasClass(e, "fl:organization") || HasProperty(e, prop::kHeadquarters)) return EntityType::kOrganization;
  if (HasClass(e, "fl:city")) return EntityType::kCity;
  if (HasProperty(e, prop::kJurisdiction) && HasProperty(e, prop::kSubclassOf)) return EntityType::kPosition;
  return EntityType::kOther;
}

bool MentionFinder::Resolve(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t last,
                            const std::vector<uint64_t>& postings, Mention* out) const {
  const std::string_view written = text.substr(tokens[first].start, tokens[last].end - tokens[first].start);
  const std::string key = NormalizeName(written);
  std::vector<std::pair<Entity, EntityType>> candidates;
  for (uint64_t off : postings) {
    Entity e;
    if (!kb_.EntityAt(off, &e).ok()) continue;
    bool compatible = false;
    auto check = [&](const std::string& name) {
      if (!compatible && NormalizeName(name) == key) compatible = CaseCompatible(name, written);
    };
    check(e.label);
    for (const auto& a : e.aliases) check(a);
    for (const auto& s : e.statements)
      if (s.property == prop::kDemonym && s.kind == ValueKind::kString) check(s.item);
    if (compatible) {
      const EntityType type = TypeOf(e);
      candidates.emplace_back(std::move(e), type);
    }
  }
  if (candidates.empty()) return false;
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    if (TypePriority(a.second) != TypePriority(b.second)) return TypePriority(a.second) > TypePriority(b.second);
    return a.first.prominence > b.first.prominence;
  });
  out->span = {tokens[first].start, tokens[last].end};
  out->first_token = first;
  out->last_token = last;
  out->type = candidates[0].second;
  out->entity = candidates[0].first;
  for (auto& [e, t] : candidates)
    if (t == out->type) out->same_name.push_back(std::move(e));
  return true;
}

std::vector<Mention> MentionFinder::Find(std::string_view text, const std::vector<Token>& tokens) const {
  std::vector<Mention> mentions;
  const PostingsTable& names = kb_.names();
  std::vector<bool> covered(tokens.size(), false);
  for (size_t i = 0; i < tokens.size();) {
    // Narrow a prefix range token by token; remember every exact name on the way.
    std::vector<std::pair<size_t, int64_t>> exact;  // (last token, table entry)
    PostingsTable::Range range = names.all();
    std::string key;
    for (size_t j = i; j < tokens.size() && j - i < kMaxNameTokens; ++j) {
      if (j > i) {
        // Names do not run across sentence punctuation.
        const std::string_view gap = text.substr(tokens[j - 1].end, tokens[j].start - tokens[j - 1].end);
        if (gap.find_first_of(".,;:!?()\"\n") != std::string_view::npos && gap != "." && gap != ". ") break;
        key += ' ';
      }
      key += tokens[j].folded;
      const int64_t e = names.Find(key, range);
      if (e >= 0) exact.emplace_back(j, e);
      range = names.PrefixRange(key + " ", range);
      if (range.empty()) break;
    }
    bool found = false;
    for (auto it = exact.rbegin(); it != exact.rend() && !found; ++it) {
      Mention m;
      if (Resolve(text, tokens, i, it->first, names.Postings(static_cast<uint64_t>(it->second)), &m)) {
        for (size_t k = i; k <= it->first; ++k) covered[k] = true;
        i = it->first + 1;
        mentions.push_back(std::move(m));
        found = true;
      }
    }
    if (!found) ++i;
  }
  // Surnames: after "Sergei Lavrov", a capitalised "Lavrov" alone is the same person.
  std::map<std::string, const Mention*> surnames;
  std::vector<Mention> by_surname;
  size_t next = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    while (next < mentions.size() && mentions[next].last_token < t) {
      const Mention& m = mentions[next++];
      if (m.type == EntityType::kPerson && m.last_token > m.first_token) {
        auto [it, inserted] = surnames.try_emplace(tokens[m.last_token].folded, &m);
        if (!inserted && it->second->entity.id != m.entity.id) it->second = nullptr;  // ambiguous
      }
    }
    if (covered[t] || !std::isupper(static_cast<unsigned char>(text[tokens[t].start]))) continue;
    auto it = surnames.find(tokens[t].folded);
    if (it == surnames.end() || it->second == nullptr) continue;
    Mention m = *it->second;
    m.span = {tokens[t].start, tokens[t].end};
    m.first_token = m.last_token = t;
    m.by_surname = true;
    by_surname.push_back(std::move(m));
  }
  mentions.insert(mentions.end(), by_surname.begin(), by_surname.end());
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return mentions;
}

}  // namespace factlens
