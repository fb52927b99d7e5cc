#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/common.h"
#include "kb/queries.h"

namespace factlens::cli {

static void PrintEntityText(const KnowledgeBase& kb, const Entity& e) {
  std::cout << e.label << " (" << e.id << ")\n";
  if (!e.description.empty()) std::cout << "  " << e.description << "\n";
  if (!e.aliases.empty()) {
    std::cout << "  also known as: ";
    for (size_t i = 0; i < e.aliases.size(); ++i) std::cout << (i ? "; " : "") << e.aliases[i];
    std::cout << "\n";
  }
  std::map<uint32_t, std::vector<const Statement*>> by_property;
  for (const auto& s : e.statements) by_property[s.property].push_back(&s);
  for (const auto& [property, statements] : by_property) {
    std::cout << "  " << PropertyName(property) << ":\n";
    for (const Statement* s : statements) {
      std::cout << "    ";
      if (s->kind == ValueKind::kItem) {
        const std::string label = kb.LabelOf(s->item);
        std::cout << (label == s->item ? s->item : label + " (" + s->item + ")");
      }
      else if (s->kind == ValueKind::kTime) std::cout << s->time.ToString();
      else std::cout << s->item;
      if (s->start.known() || s->end.known() || s->point.known()) std::cout << "  " << DescribeTerm(*s);
      if (s->rank != Rank::kNormal) std::cout << "  [" << RankName(s->rank) << "]";
      std::cout << "  source: " << s->source << "\n";
    }
  }
}

void AddKbShow(CLI::App& kb, int* exit_code) {
  struct Args { std::string kb, query, format = "text"; };
  auto a = std::make_shared<Args>();
  CLI::App* cmd = kb.add_subcommand("show", "show an entity and its facts");
  cmd->add_option("--kb", a->kb, "knowledge base file (default: $FACTLENS_KB or the starter KB)");
  cmd->add_option("--format", a->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("entity", a->query, "a Wikidata id (Q7747), a curated id (fl:icc) or a name")->required();
  cmd->callback([a, exit_code] {
    auto opened = OpenKb(a->kb);
    if (!opened.ok()) { *exit_code = Fail(opened.status().message()); return; }
    const KnowledgeBase& base = **opened;
    Entity e;
    if (Status s = ResolveEntity(base, a->query, false, &e); !s.ok()) {
      std::cerr << "factlens: " << s.message() << "\n";
      *exit_code = s.code() == Status::Code::kNotFound ? kExitFinding : kExitError;
      return;
    }
    if (a->format == "json") {
      nlohmann::json j = EntityRefJson(e);
      j["description"] = e.description;
      j["aliases"] = e.aliases;
      j["prominence"] = e.prominence;
      j["statements"] = nlohmann::json::array();
      for (const auto& s : e.statements) j["statements"].push_back(StatementJson(base, s));
      std::cout << j.dump(2) << "\n";
    } else {
      PrintEntityText(base, e);
    }
  });
}

}  // namespace factlens::cli
