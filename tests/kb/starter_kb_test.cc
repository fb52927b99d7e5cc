// The starter knowledge base, checked against independent office-holder datasets in
// ../shared/data/officeholders (read in place, never copied): wherever both cover the same
// person in the same office, the dates must agree to the day where both give days.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "kb/knowledge_base.h"
#include "kb/queries.h"
#include "testing.h"
#include "text/normalize.h"

namespace factlens {

using namespace factlens::testing;

namespace {

struct Term {
  std::string dataset, office, person;
  Date start, end;  // unknown when the dataset gives none
};

// Minimal RFC 4180 CSV reading (quoted fields with commas and doubled quotes).
std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  const std::string text = ReadFile(path);
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(field); field.clear();
    } else if (c == '\n') {
      row.push_back(field); field.clear();
      rows.push_back(row); row.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) { row.push_back(field); rows.push_back(row); }
  return rows;
}

Date ParseDatasetDate(std::string s) {
  // "+2019-07-24T00:00:00Z", "+2025-00-00T00:00:00Z" (year only), "2019-07-24" or "".
  if (s.empty()) return {};
  if (s[0] == '+') s = s.substr(1);
  s = s.substr(0, 10);
  if (s.size() == 10 && s.substr(5) == "00-00") return *Date::Parse(s.substr(0, 4));
  if (s.size() == 10 && s.substr(8) == "00") return *Date::Parse(s.substr(0, 7));
  auto d = Date::Parse(s);
  return d ? *d : Date{};
}

// Where a dataset is known to be wrong, the KB keeps the correct date; each entry says why
// and is listed in the test output. Keys: dataset|office|person|start or end.
const std::map<std::string, std::string>& Errata() {
  static const std::map<std::string, std::string> errata = {
#include "starter_kb_errata.inc"
  };
  return errata;
}

int64_t Lo(const Date& d) { return d.known() ? d.EarliestDay() : INT64_MIN / 2; }
int64_t Hi(const Date& d) { return d.known() ? d.LatestDay() : INT64_MAX / 2; }

// A dataset may split one tenure into several rows (a new cabinet, a renamed department);
// consecutive rows of the same person in the same office become one term.
std::vector<Term> MergeAdjacent(std::vector<Term> terms) {
  std::stable_sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
    return std::tie(a.dataset, a.office, a.person) < std::tie(b.dataset, b.office, b.person) ||
           (std::tie(a.dataset, a.office, a.person) == std::tie(b.dataset, b.office, b.person) && Lo(a.start) < Lo(b.start));
  });
  std::vector<Term> out;
  for (Term& t : terms) {
    if (!out.empty()) {
      Term& last = out.back();
      if (last.dataset == t.dataset && last.office == t.office && last.person == t.person && last.end.known() &&
          t.start.known() && t.start.EarliestDay() - last.end.LatestDay() <= 1) {
        last.end = t.end;
        continue;
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

class CrossCheck {
 public:
  explicit CrossCheck(const KnowledgeBase& kb) : kb_(kb) {}

  void Compare(const Term& t, const Entity& position) {
    const std::string person_key = NormalizeName(t.person);
    std::vector<Holding> all = HoldersOf(kb_, position.id);
    // The same tenure: the KB term of this person overlapping the dataset's by more than the
    // handover day, and among those the one that starts closest.
    const Holding* best = nullptr;
    int64_t best_distance = INT64_MAX;
    for (const Holding& h : all) {
      if (NormalizeName(h.holder.label) != person_key && !HasAlias(h.holder, person_key)) continue;
      if (Lo(t.start) >= Hi(h.term.end) || Lo(h.term.start) >= Hi(t.end)) continue;
      const int64_t distance = std::llabs(Lo(t.start) - Lo(h.term.start));
      if (distance < best_distance) { best_distance = distance; best = &h; }
    }
    if (best == nullptr) return;  // not covered by both
    CompareDate(t, "start", t.start, best->term.start, all, *best);
    CompareDate(t, "end", t.end, best->term.end, all, *best);
  }

  int compared = 0, handovers = 0;
  std::vector<std::string> disagreements, excused;

 private:
  static bool HasAlias(const Entity& e, const std::string& key) {
    for (const auto& a : e.aliases)
      if (NormalizeName(a) == key) return true;
    return false;
  }
  // Sources differ on whether a term ends on the last full day in office or on the day the
  // successor takes over. Dates one day apart describe the same handover when the KB's next
  // holder starts on the later of the two days.
  static bool SameHandover(const Date& theirs, const Date& ours, const std::vector<Holding>& all, const Holding& h) {
    if (theirs.precision != Precision::kDay || ours.precision != Precision::kDay) return false;
    const int64_t a = theirs.DayNumber(), b = ours.DayNumber();
    if (std::llabs(a - b) != 1) return false;
    for (const Holding& other : all)
      if (&other != &h && other.term.start.known() && other.term.start.precision == Precision::kDay &&
          other.term.start.DayNumber() == std::max(a, b))
        return true;
    return false;
  }
  void CompareDate(const Term& t, const char* which, const Date& theirs, const Date& ours,
                   const std::vector<Holding>& all, const Holding& h) {
    if (!theirs.known() || !ours.known()) return;
    ++compared;
    bool agree;
    if (theirs.precision == Precision::kDay && ours.precision == Precision::kDay) agree = theirs == ours;
    else agree = theirs.year == ours.year;  // coarser precision: the years must agree
    if (agree) return;
    if (std::string(which) == "end" && SameHandover(theirs, ours, all, h)) {
      ++handovers;
      return;
    }
    const std::string key = t.dataset + "|" + t.office + "|" + t.person + "|" + which;
    const std::string line = key + ": dataset " + theirs.ToString() + ", starter KB " + ours.ToString();
    if (auto it = Errata().find(key); it != Errata().end()) excused.push_back(line + " (" + it->second + ")");
    else disagreements.push_back(line);
  }
  const KnowledgeBase& kb_;
};

// The KB position a dataset's office names: by its name, or for "<country> foreign minister"
// through the generic role and the country, as the claim checker resolves role phrases.
bool ResolveOffice(const KnowledgeBase& kb, const std::string& office, Entity* position) {
  const std::string suffix = " foreign minister";
  if (office.ends_with(suffix)) {
    Entity country;
    if (!ResolveEntity(kb, office.substr(0, office.size() - suffix.size()), false, &country).ok()) return false;
    std::vector<Entity> found = PositionsFor(kb, "fl:role_foreign_minister", country.id);
    if (found.size() != 1) return false;
    *position = found[0];
    return true;
  }
  return ResolveEntity(kb, office, true, position).ok() && IsPosition(kb, *position);
}

std::vector<Term> VDyKnowTerms() {
  std::vector<Term> terms;
  const auto json = nlohmann::json::parse(ReadFile(SharedPath("data/officeholders/v-dyknow-wikidata.json")));
  auto add = [&](const std::string& office, const nlohmann::json& answers) {
    for (const auto& a : answers) {
      const std::string s = a.get<std::string>();
      const size_t sp = s.find(" |S: "), ep = s.find(" |E: ");
      if (sp == std::string::npos || ep == std::string::npos) continue;
      terms.push_back({"v-dyknow", office, s.substr(0, sp), ParseDatasetDate(s.substr(sp + 5, ep - sp - 5)),
                       ParseDatasetDate(s.substr(ep + 5))});
    }
  };
  for (const auto& [country, offices] : json["countries"].items())
    for (const auto& [office, v] : offices.items())
      if (v.is_object() && v.contains("answers") && !(country == "Canada" && office == "monarch of the United Kingdom"))
        add(office, v["answers"]);
  const std::map<std::string, std::string> org_offices = {
      {"United Nations", "Secretary-General of the United Nations"},
      {"North Atlantic Treaty Organization", "Secretary General of NATO"},
      {"World Bank", "President of the World Bank Group"}};
  for (const auto& [org, office] : org_offices)
    for (const auto& [_, v] : json["organizations"][org].items())
      if (v.is_object() && v.contains("answers")) add(office, v["answers"]);
  return terms;
}

std::vector<Term> EveryPoliticianTerms() {
  std::vector<Term> terms;
  auto ministers = ReadCsv(SharedPath("data/officeholders/everypolitician-foreign-ministers-2022-12.csv"));
  for (size_t i = 1; i < ministers.size(); ++i) {
    const auto& r = ministers[i];
    if (r.size() < 8 || r[1].empty()) continue;
    // The office is "foreign minister of <country>": found through the KB's role phrase.
    terms.push_back({"everypolitician-fm", r[3] + " foreign minister", r[1], ParseDatasetDate(r[6]), {}});
  }
  auto posts = ReadCsv(SharedPath("data/officeholders/everypolitician-international-posts.csv"));
  for (size_t i = 1; i < posts.size(); ++i) {
    const auto& r = posts[i];
    if (r.size() < 5) continue;
    terms.push_back({"everypolitician-intl", r[0], r[1], ParseDatasetDate(r[3]), ParseDatasetDate(r[4])});
  }
  return terms;
}

std::vector<Term> IfgTerms() {
  const std::string dir = "data/officeholders/ifg-ministers/";
  std::map<std::string, std::string> people, posts;
  for (const auto& r : ReadCsv(SharedPath(dir + "person.csv")))
    if (r.size() > 4 && !people.count(r[0])) people[r[0]] = r[4];  // display name
  const std::map<std::string, std::string> offices = {
      {"Prime Minister", "Prime Minister of the United Kingdom"},
      {"Secretary of State for Foreign and Commonwealth Affairs", "Foreign Secretary"},
      {"Secretary of State for Foreign, Commonwealth and Development Affairs", "Foreign Secretary"}};
  for (const auto& r : ReadCsv(SharedPath(dir + "post.csv")))
    if (r.size() > 3 && offices.count(r[3])) posts[r[0]] = offices.at(r[3]);
  std::vector<Term> terms;
  for (const auto& r : ReadCsv(SharedPath(dir + "appointment.csv"))) {
    if (r.size() < 5 || !posts.count(r[2]) || !people.count(r[1])) continue;
    terms.push_back({"ifg", posts[r[2]], people[r[1]], ParseDatasetDate(r[3]), ParseDatasetDate(r[4])});
  }
  return terms;
}

}  // namespace

TEST(StarterKb, AgreesWithIndependentOfficeholderDatasets) {
  REQUIRE_SHARED();
  auto kb = KnowledgeBase::Open(StarterKbPath());
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  CrossCheck check(**kb);
  std::map<std::string, int> per_dataset;
  for (auto source : {VDyKnowTerms(), EveryPoliticianTerms(), IfgTerms()}) {
    for (const Term& t : MergeAdjacent(source)) {
      Entity position;
      if (!ResolveOffice(**kb, t.office, &position)) continue;
      const int before = check.compared;
      check.Compare(t, position);
      per_dataset[t.dataset] += check.compared - before;
    }
  }
  std::cout << "compared " << check.compared << " dates (" << check.handovers
            << " end dates one day apart at the same handover):";
  for (const auto& [d, n] : per_dataset) std::cout << " " << d << " " << n << ";";
  std::cout << "\n" << check.excused.size() << " known dataset errors (errata):\n";
  for (const auto& e : check.excused) std::cout << "  " << e << "\n";
  std::ostringstream list;
  for (const auto& d : check.disagreements) list << "  " << d << "\n";
  EXPECT_TRUE(check.disagreements.empty()) << check.disagreements.size() << " disagreement(s):\n" << list.str();
  EXPECT_GE(check.compared, 300);
  // Every erratum must still be needed: a stale one would hide nothing, but mislead.
  EXPECT_EQ(check.excused.size(), Errata().size());
}

// One person at a time holds an office like a presidency: terms of different people may touch
// (the handover day) but not overlap, unless a bound is imprecise.
TEST(StarterKb, TermsOfDifferentHoldersDoNotOverlap) {
  auto kb = KnowledgeBase::Open(StarterKbPath());
  ASSERT_TRUE(kb.ok());
  std::set<std::string> positions;
  const PostingsTable& names = (*kb)->names();
  for (uint64_t i = 0; i < names.size(); ++i)
    for (uint64_t off : names.Postings(i)) {
      Entity e;
      ASSERT_TRUE((*kb)->EntityAt(off, &e).ok());
      for (const auto& s : e.statements)
        if (s.property == prop::kPositionHeld) positions.insert(s.item);
    }
  int checked = 0;
  for (const std::string& p : positions) {
    std::vector<Holding> terms = HoldersOf(**kb, p);
    for (size_t i = 0; i < terms.size(); ++i)
      for (size_t j = i + 1; j < terms.size(); ++j) {
        const Statement& a = terms[i].term;
        const Statement& b = terms[j].term;
        if (terms[i].holder.id == terms[j].holder.id) continue;
        if (a.start.precision != Precision::kDay || b.start.precision != Precision::kDay) continue;
        if ((a.end.known() && a.end.precision != Precision::kDay) || (b.end.known() && b.end.precision != Precision::kDay)) continue;
        ++checked;
        const int64_t overlap = std::min(Hi(a.end), Hi(b.end)) - std::max(Lo(a.start), Lo(b.start));
        EXPECT_LE(overlap, 0) << (*kb)->LabelOf(p) << ": " << terms[i].holder.label << " (" << DescribeTerm(a)
                              << ") and " << terms[j].holder.label << " (" << DescribeTerm(b) << ")";
      }
  }
  EXPECT_GT(checked, 1000);
}

TEST(StarterKb, EveryStatementHasASource) {
  auto kb = KnowledgeBase::Open(StarterKbPath());
  ASSERT_TRUE(kb.ok());
  const PostingsTable& names = (*kb)->names();
  std::set<uint64_t> seen;
  for (uint64_t i = 0; i < names.size(); ++i) {
    for (uint64_t off : names.Postings(i)) {
      if (!seen.insert(off).second) continue;
      Entity e;
      ASSERT_TRUE((*kb)->EntityAt(off, &e).ok());
      for (const auto& s : e.statements) EXPECT_NE(s.source.find("://"), std::string::npos) << e.id;
    }
  }
  EXPECT_EQ(seen.size(), (*kb)->entity_count());
}

TEST(StarterKb, CoversTheOfficesTheProductPromises) {
  auto kb = KnowledgeBase::Open(StarterKbPath());
  ASSERT_TRUE(kb.ok());
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Prime Minister of the United Kingdom", "2019-06-05"},
      {"President of the International Criminal Court", "2023-03-15"},
      {"Prosecutor of the International Criminal Court", "2023-03-15"},
      {"Secretary-General of the United Nations", "2010-01-01"},
      {"Secretary General of NATO", "2020-01-01"},
      {"President of the European Commission", "2020-01-01"},
      {"President of the European Council", "2020-01-01"},
      {"President of the European Central Bank", "2020-01-01"},
      {"Managing Director of the International Monetary Fund", "2020-01-01"},
      {"Director-General of the World Health Organization", "2020-01-01"},
      {"Director-General of the World Trade Organization", "2020-01-01"},
      {"President of the International Court of Justice", "2020-01-01"},
      {"President of the World Bank Group", "2020-01-01"},
      {"Federal Chancellor of Germany", "2010-01-01"},
      {"President of the French Republic", "2010-01-01"},
      {"Prime Minister of Japan", "2010-01-01"},
      {"Prime Minister of Hungary", "2015-01-01"},
      {"United States Secretary of State", "2023-03-15"},
      {"Minister of Foreign Affairs of Russia", "2023-03-15"}};
  for (const auto& [office, day] : expected) {
    Entity position;
    ASSERT_TRUE(ResolveEntity(**kb, office, true, &position).ok()) << office;
    EXPECT_FALSE(HoldersAt(**kb, position.id, *Date::Parse(day)).empty()) << office << " on " << day;
  }
}

}  // namespace factlens
