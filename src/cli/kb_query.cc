// `kb who` and `kb held`: the two time-qualified questions, asked from the command line.
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "kb/queries.h"

namespace factlens::cli {

namespace {

struct QueryArgs {
  std::string kb, subject, at, format = "text";
};

CLI::App* AddQuery(CLI::App& kb, const char* name, const char* help, const char* subject_help,
                   std::shared_ptr<QueryArgs> a) {
  CLI::App* cmd = kb.add_subcommand(name, help);
  cmd->add_option("--kb", a->kb, "knowledge base file (default: $FACTLENS_KB or the starter KB)");
  cmd->add_option("--at", a->at, "the date, YYYY-MM-DD")->required();
  cmd->add_option("--format", a->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("subject", a->subject, subject_help)->required();
  return cmd;
}

const char* CoverageWord(Coverage c) { return c == Coverage::kYes ? "held" : "possibly held"; }

// Runs a query; `answer` returns the holdings to print and the resolved subject.
void RunQuery(const QueryArgs& a, bool want_position, int* exit_code,
              const std::function<std::vector<Holding>(const KnowledgeBase&, const Entity&, const Date&)>& answer) {
  auto date = Date::Parse(a.at);
  if (!date || date->precision != Precision::kDay) { *exit_code = Fail("--at needs a date as YYYY-MM-DD, got '" + a.at + "'"); return; }
  auto opened = OpenKb(a.kb);
  if (!opened.ok()) { *exit_code = Fail(opened.status().message()); return; }
  const KnowledgeBase& kb = **opened;
  Entity subject;
  if (Status s = ResolveEntity(kb, a.subject, want_position, &subject); !s.ok()) {
    std::cerr << "factlens: " << s.message() << "\n";
    *exit_code = s.code() == Status::Code::kNotFound ? kExitFinding : kExitError;
    return;
  }
  std::vector<Holding> holdings = answer(kb, subject, *date);
  if (a.format == "json") {
    nlohmann::json j;
    j["subject"] = EntityRefJson(subject);
    j["at"] = date->ToString();
    j["results"] = nlohmann::json::array();
    for (const Holding& h : holdings) {
      nlohmann::json r = EntityRefJson(h.holder);
      r["certain"] = h.coverage == Coverage::kYes;
      r["term"] = StatementJson(kb, h.term);
      j["results"].push_back(r);
    }
    std::cout << j.dump(2) << "\n";
  } else if (holdings.empty()) {
    std::cout << "no record for " << subject.label << " (" << subject.id << ") on " << date->ToString() << "\n";
  } else {
    for (const Holding& h : holdings)
      std::cout << h.holder.label << " (" << h.holder.id << ")  " << DescribeTerm(h.term)
                << (h.coverage == Coverage::kYes ? "" : "  [" + std::string(CoverageWord(h.coverage)) + ": dates imprecise]")
                << "  source: " << h.term.source << "\n";
  }
  if (holdings.empty()) *exit_code = kExitFinding;
}

}  // namespace

void AddKbWho(CLI::App& kb, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  CLI::App* cmd = AddQuery(kb, "who", "who held a position on a date", "the position, by id or name", a);
  cmd->callback([a, exit_code] {
    RunQuery(*a, true, exit_code, [](const KnowledgeBase& kb, const Entity& position, const Date& d) {
      return HoldersAt(kb, position.id, d);
    });
  });
}

void AddKbHeld(CLI::App& kb, int* exit_code) {
  auto a = std::make_shared<QueryArgs>();
  CLI::App* cmd = AddQuery(kb, "held", "the positions a person held on a date", "the person, by id or name", a);
  cmd->callback([a, exit_code] {
    RunQuery(*a, false, exit_code, [](const KnowledgeBase& kb, const Entity& person, const Date& d) {
      return PositionsAt(kb, person, d);
    });
  });
}

void AddKbVerify(CLI::App& kb, int* exit_code) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = kb.add_subcommand("verify", "check a knowledge base file's checksum in full");
  cmd->add_option("--kb", *path, "knowledge base file (default: $FACTLENS_KB or the starter KB)");
  cmd->callback([path, exit_code] {
    auto opened = KnowledgeBase::Open(ResolveKbPath(*path), KnowledgeBase::Verify::kAlways);
    if (!opened.ok()) { *exit_code = Fail(opened.status().message()); return; }
    std::cout << (*opened)->path() << ": ok, " << (*opened)->entity_count() << " entities\n";
  });
}

}  // namespace factlens::cli
