// Check throughput and latency: synthetic 1,000-word news articles, built from the knowledge
// base's own office holders (so that mentions, claims and verification all run), checked one
// at a time on one core. Reports articles/s, MB/s, median and p99 latency, and the time spent
// finding mentions alone.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "check/document_checker.h"
#include "corpus/corpus.h"
#include "kb/queries.h"
#include "link/mentions.h"

using namespace factlens;

namespace {

const char* kFiller[] = {"the", "talks", "in", "a", "statement", "officials", "said", "on", "economy", "security",
                         "and", "of", "trade", "with", "after", "meeting", "government", "plans", "for", "new",
                         "agreement", "would", "be", "signed", "next", "month", "according", "to", "sources", "reported"};

struct Office {
  std::string position, holder;
  Date day;
};

// Real (position, holder, day inside the term) triples from the KB, for true and false claims.
std::vector<Office> SampleOffices(const KnowledgeBase& kb) {
  std::vector<Office> out;
  for (const char* name : {"Prime Minister of the United Kingdom", "President of the French Republic",
                           "Federal Chancellor of Germany", "Secretary-General of the United Nations",
                           "President of the International Criminal Court", "United States Secretary of State",
                           "Minister of Foreign Affairs of Russia", "Prime Minister of Japan", "President of Brazil"}) {
    Entity position;
    if (!ResolveEntity(kb, name, true, &position).ok()) continue;
    for (const Holding& h : HoldersOf(kb, position.id))
      if (h.term.start.precision == Precision::kDay && h.term.start.year >= 2000)
        out.push_back({position.label, h.holder.label, Date::FromDayNumber(h.term.start.DayNumber() + 30)});
  }
  return out;
}

std::string Article(const std::vector<Office>& offices, std::mt19937& rng, Date* date) {
  const Office& lead = offices[rng() % offices.size()];
  *date = lead.day;
  std::string text = "LONDON, " + lead.day.ToString() + " - ";
  int words = 0;
  while (words < 1000) {
    if (rng() % 120 == 0) {
      const Office& o = offices[rng() % offices.size()];
      text += o.holder + " met " + offices[rng() % offices.size()].holder + " in Geneva on " + o.day.ToString() + ". ";
      words += 8;
    } else if (rng() % 40 == 0) {
      const Office& o = offices[rng() % offices.size()];
      text += o.position + " " + o.holder + " ";
      words += 6;
    } else {
      text += kFiller[rng() % 30];
      text += rng() % 15 == 0 ? ". " : " ";
      ++words;
    }
  }
  return text + ".";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: check_bench KB [ARTICLES] [CORPUS]\n");
    return 2;
  }
  auto kb = KnowledgeBase::Open(argv[1]);
  if (!kb.ok()) {
    std::fprintf(stderr, "%s\n", kb.status().message().c_str());
    return 2;
  }
  const int n = argc > 2 ? std::atoi(argv[2]) : 2000;
  const std::vector<Office> offices = SampleOffices(**kb);
  if (offices.empty()) {
    std::fprintf(stderr, "the KB has none of the sample offices\n");
    return 2;
  }
  std::mt19937 rng(7);
  std::vector<std::pair<std::string, Date>> articles;
  size_t bytes = 0;
  for (int i = 0; i < n; ++i) {
    Date d;
    std::string a = Article(offices, rng, &d);
    bytes += a.size();
    articles.emplace_back(std::move(a), d);
  }
  std::unique_ptr<Corpus> corpus;
  if (argc > 3) {
    auto c = Corpus::Open(argv[3]);
    if (!c.ok()) {
      std::fprintf(stderr, "%s\n", c.status().message().c_str());
      return 2;
    }
    corpus = std::move(*c);
  }
  const DocumentChecker checker(**kb, corpus.get());
  const MentionFinder finder(**kb);
  std::vector<double> latency, mention_latency;
  size_t claims = 0;
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  for (const auto& [text, date] : articles) {
    const auto t0 = clock::now();
    auto doc = MakeDocument("bench", text, false);
    DocumentReport r = checker.Check(std::move(*doc), date);
    latency.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
    claims += r.claims.size();
  }
  const double total = std::chrono::duration<double>(clock::now() - start).count();
  for (const auto& [text, date] : articles) {
    const auto t0 = clock::now();
    auto tokens = Tokenize(text);
    auto mentions = finder.Find(text, tokens);
    mention_latency.push_back(std::chrono::duration<double, std::milli>(clock::now() - t0).count());
  }
  auto pct = [](std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
  };
  std::printf("%s: %llu entities%s%s; %d articles of ~1,000 words (%.1f claims each), one core\n", argv[1],
              static_cast<unsigned long long>((*kb)->entity_count()), corpus ? ", corpus " : "", corpus ? argv[3] : "", n,
              static_cast<double>(claims) / n);
  std::printf("  check: %.0f articles/s, %.1f MB/s; latency median %.3f ms, p99 %.3f ms (target: median < 2 ms)\n",
              n / total, static_cast<double>(bytes) / total / 1e6, pct(latency, 0.5), pct(latency, 0.99));
  std::printf("  mentions alone: median %.3f ms, p99 %.3f ms per article (target: well under 1 ms)\n",
              pct(mention_latency, 0.5), pct(mention_latency, 0.99));
  return 0;
}
