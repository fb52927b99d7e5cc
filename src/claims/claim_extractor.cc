#include "claims/claim_extractor.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "kb/queries.h"

namespace factlens {

const char* ClaimKindName(ClaimKind k) {
  switch (k) {
    case ClaimKind::kPositionHeld: return "position_held";
    case ClaimKind::kHeadquarters: return "headquarters";
    case ClaimKind::kEvent: return "event";
    default: return "quote";
  }
}

AnalysedText Analyse(const KnowledgeBase& kb, std::string_view text, DocumentDate date) {
  AnalysedText a;
  a.text = text;
  a.tokens = Tokenize(text);
  a.sentences = SplitSentences(text);
  a.quotes = QuotedSpans(text);
  a.document_date = std::move(date);
  a.dates = FindDates(text, a.document_date.date);
  a.mentions = MentionFinder(kb).Find(text, a.tokens);
  const size_t line_end = std::min(text.find('\n'), text.size());
  for (const char* dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "}) {
    const size_t at = text.substr(0, std::min<size_t>(line_end, 160)).find(dash);
    if (at != std::string_view::npos && !a.dates.empty() && a.dates.front().span.end <= at) {
      a.dateline_end = static_cast<uint32_t>(at);
      break;
    }
  }
  return a;
}

size_t SentenceIndex(const AnalysedText& a, uint32_t pos) {
  for (size_t i = 0; i < a.sentences.size(); ++i)
    if (pos < a.sentences[i].end) return i;
  return a.sentences.size();
}

std::string_view Between(const AnalysedText& a, uint32_t from, uint32_t to) {
  return from <= to ? a.text.substr(from, to - from) : std::string_view();
}

namespace {

bool IsOrgOrCountry(EntityType t) { return t == EntityType::kCountry || t == EntityType::kOrganization; }


std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsApostrophe(std::string_view gap) { return gap == "'" || gap == "\xE2\x80\x99"; }

// Token i is the possessive "s" of the word before it ("Russia's", "Russia’s").
bool IsPossessiveS(const AnalysedText& a, size_t i) {
  return i > 0 && i < a.tokens.size() && a.tokens[i].folded == "s" &&
         IsApostrophe(Between(a, a.tokens[i - 1].end, a.tokens[i].start));
}


bool SameSentence(const AnalysedText& a, uint32_t x, uint32_t y) { return SentenceIndex(a, x) == SentenceIndex(a, y); }

// Mention index whose first token is `token`, or -1.
int MentionStartingAt(const AnalysedText& a, size_t token) {
  for (size_t i = 0; i < a.mentions.size(); ++i)
    if (a.mentions[i].first_token == token) return static_cast<int>(i);
  return -1;
}

// "the court's president": the organisation the noun refers back to.
const Mention* Antecedent(const AnalysedText& a, size_t before_mention, const std::string& noun) {
  static const std::set<std::string> kNouns = {"court", "tribunal", "organisation", "organization", "bank", "fund",
                                               "alliance", "union", "commission", "council", "agency", "body",
                                               "country", "nation", "bloc", "institution", "group"};
  if (!kNouns.count(noun)) return nullptr;
  const bool country = noun == "country" || noun == "nation";
  const Mention* fallback = nullptr;
  for (size_t i = before_mention; i-- > 0;) {
    const Mention& m = a.mentions[i];
    if (country ? m.type != EntityType::kCountry : m.type != EntityType::kOrganization) continue;
    if (NormalizeName(m.entity.label).find(noun) != std::string::npos) return &m;
    if (fallback == nullptr) fallback = &m;
  }
  return fallback;
}

bool Capitalised(const AnalysedText& a, size_t t) {
  const unsigned char c = static_cast<unsigned char>(a.text[a.tokens[t].start]);
  return std::isupper(c) || c >= 0xC0;  // an upper-case ASCII letter, or a non-ASCII letter
}

bool CoveredByMention(const AnalysedText& a, size_t t) {
  for (const Mention& m : a.mentions)
    if (m.first_token <= t && t <= m.last_token) return true;
  return false;
}

// A name the knowledge base does not know, right after an office phrase: two to four
// capitalised words ("Prime Minister John Smithson"). Returns the last token, or -1.
int UnknownNameAfter(const AnalysedText& a, size_t after_token) {
  size_t t = after_token + 1;
  size_t last = t;
  for (; last < a.tokens.size() && last < t + 4; ++last) {
    if (!Capitalised(a, last) || CoveredByMention(a, last)) break;
    if (last > t && !Squeeze(Between(a, a.tokens[last - 1].end, a.tokens[last].start)).empty() &&
        Between(a, a.tokens[last - 1].end, a.tokens[last].start) != "-")
      break;
  }
  if (last < t + 2) return -1;  // a single capitalised word is too often not a name
  const std::string gap = Squeeze(Between(a, a.tokens[after_token].end, a.tokens[t].start));
  if (!(gap.empty() || gap == ",")) return -1;
  return static_cast<int>(last - 1);
}

// Two people of one name (two Latvians called Andris Bērziņš): the claim's office tells which
// one the article means, if one of them held it.
const Entity& HolderAmong(const Mention& person, const std::vector<Entity>& positions) {
  for (const Entity& candidate : person.same_name)
    for (const Statement& s : candidate.statements)
      if (s.property == prop::kPositionHeld)
        for (const Entity& p : positions)
          if (s.item == p.id) return candidate;
  return person.entity;
}

}  // namespace

struct ClaimExtractor::OfficePhrase {
  Span span;
  size_t first_token = 0, last_token = 0;
  std::vector<Entity> roles;
  std::vector<Entity> positions;
  bool former = false;
};

std::optional<ClaimExtractor::OfficePhrase> ClaimExtractor::ParseOffice(const AnalysedText& a, size_t k) const {
  const Mention& m = a.mentions[k];
  if (m.type != EntityType::kPosition && m.type != EntityType::kRole) return std::nullopt;
  OfficePhrase p;
  p.span = m.span;
  p.first_token = m.first_token;
  p.last_token = m.last_token;
  if (m.type == EntityType::kPosition) {
    p.positions = m.same_name;
  } else {
    p.roles = m.same_name;
    const Mention* jurisdiction = nullptr;
    // Left: "Russia's foreign minister", "Russian foreign minister", "ICC president".
    if (k > 0) {
      const Mention& left = a.mentions[k - 1];
      if (IsOrgOrCountry(left.type) && !left.by_surname &&
          (left.last_token + 1 == m.first_token ||
           (left.last_token + 2 == m.first_token && IsPossessiveS(a, left.last_token + 1))) &&
          Squeeze(Between(a, left.span.end, m.span.start)).find_first_of(",.;") == std::string::npos) {
        jurisdiction = &left;
        p.span.start = left.span.start;
        p.first_token = left.first_token;
      }
    }
    // "the court's president": a noun referring back to an organisation named before.
    if (jurisdiction == nullptr && m.first_token >= 3 && a.tokens[m.first_token - 3].folded == "the" &&
        IsPossessiveS(a, m.first_token - 1) && MentionStartingAt(a, m.first_token - 2) < 0) {
      jurisdiction = Antecedent(a, k, a.tokens[m.first_token - 2].folded);
      if (jurisdiction != nullptr) {
        p.span.start = a.tokens[m.first_token - 3].start;
        p.first_token = m.first_token - 3;
      }
    }
    // Right: "president of France", "Secretary-General of the United Nations".
    if (jurisdiction == nullptr && m.last_token + 2 < a.tokens.size() && a.tokens[m.last_token + 1].folded == "of") {
      size_t t = m.last_token + 2;
      if (a.tokens[t].folded == "the" && t + 1 < a.tokens.size()) ++t;
      const int r = MentionStartingAt(a, t);
      if (r >= 0 && IsOrgOrCountry(a.mentions[r].type)) {
        jurisdiction = &a.mentions[r];
        p.span.end = jurisdiction->span.end;
        p.last_token = jurisdiction->last_token;
      }
    }
    if (jurisdiction != nullptr)
      for (const Entity& role : p.roles)
        for (Entity& pos : PositionsFor(kb_, role.id, jurisdiction->entity.id)) p.positions.push_back(std::move(pos));
  }
  if (p.first_token > 0) {
    const std::string& before = a.tokens[p.first_token - 1].folded;
    if (before == "former" || before == "ex") {
      p.former = true;
      p.span.start = a.tokens[p.first_token - 1].start;
      --p.first_token;
    }
  }
  return p;
}

void ClaimExtractor::AddOfficeClaims(const AnalysedText& a, std::vector<Claim>* out) const {
  for (size_t k = 0; k < a.mentions.size(); ++k) {
    std::optional<OfficePhrase> phrase = ParseOffice(a, k);
    if (!phrase) continue;
    const Mention* person = nullptr;
    Span span = phrase->span;
    // A: "[office] [,] PERSON" ("British Prime Minister Boris Johnson", "Russia's foreign minister, Sergei Lavrov").
    size_t next = k + 1;
    while (next < a.mentions.size() && a.mentions[next].span.start < phrase->span.end) ++next;
    if (next < a.mentions.size() && a.mentions[next].type == EntityType::kPerson &&
        SameSentence(a, span.start, a.mentions[next].span.start)) {
      const std::string gap = Squeeze(Between(a, span.end, a.mentions[next].span.start));
      if (gap.empty() || gap == ",") {
        person = &a.mentions[next];
        span.end = person->span.end;
        // "President Emmanuel Macron of France": the jurisdiction follows the name.
        if (phrase->positions.empty() && person->last_token + 2 < a.tokens.size() &&
            a.tokens[person->last_token + 1].folded == "of") {
          size_t t = person->last_token + 2;
          if (a.tokens[t].folded == "the" && t + 1 < a.tokens.size()) ++t;
          const int r = MentionStartingAt(a, t);
          if (r >= 0 && IsOrgOrCountry(a.mentions[r].type)) {
            for (const Entity& role : phrase->roles)
              for (Entity& pos : PositionsFor(kb_, role.id, a.mentions[r].entity.id)) phrase->positions.push_back(std::move(pos));
            span.end = a.mentions[r].span.end;
          }
        }
      }
    }
    // B: "PERSON, [the] [office]" ("Sergei Lavrov, Russia's foreign minister,").
    if (person == nullptr && k > 0) {
      size_t prev = k;
      while (prev > 0 && a.mentions[prev - 1].span.end > phrase->span.start) --prev;
      if (prev > 0 && a.mentions[prev - 1].type == EntityType::kPerson &&
          SameSentence(a, a.mentions[prev - 1].span.start, span.start)) {
        const std::string gap = Squeeze(Between(a, a.mentions[prev - 1].span.end, span.start));
        if (gap == "," || gap == ",the") {
          person = &a.mentions[prev - 1];
          span.start = person->span.start;
        }
      }
    }
    Entity unknown;
    Span unknown_span;
    if (person == nullptr && !phrase->positions.empty() && SentenceIndex(a, phrase->span.end) == SentenceIndex(a, phrase->span.start)) {
      const int last = UnknownNameAfter(a, phrase->last_token);
      if (last >= 0) {
        unknown_span = {a.tokens[phrase->last_token + 1].start, a.tokens[static_cast<size_t>(last)].end};
        unknown.label = std::string(Between(a, unknown_span.start, unknown_span.end));
        span.end = unknown_span.end;
      }
    }
    if ((person == nullptr && unknown.label.empty()) || phrase->positions.empty()) continue;
    Claim c;
    c.kind = ClaimKind::kPositionHeld;
    c.span = span;
    c.subject = person != nullptr ? HolderAmong(*person, phrase->positions) : unknown;
    c.subject_span = person != nullptr ? person->span : unknown_span;
    c.positions = phrase->positions;
    c.office_span = phrase->span;
    c.office_text = std::string(Between(a, phrase->span.start, phrase->span.end));
    c.former = phrase->former;
    out->push_back(std::move(c));
  }
}

void ClaimExtractor::AddHeadquartersClaims(const AnalysedText& a, std::vector<Claim>* out) const {
  static const std::set<std::string> kSeatWords = {"headquarters", "headquarter", "headquartered", "based",
                                                   "seat", "seated", "hq"};
  for (size_t k = 1; k < a.mentions.size(); ++k) {
    const Mention& city = a.mentions[k];
    if (city.type != EntityType::kCity || city.first_token < 3) continue;
    size_t t = city.first_token - 1;
    if (a.tokens[t].folded != "in" && a.tokens[t].folded != "at") continue;
    --t;
    if (!kSeatWords.count(a.tokens[t].folded)) continue;
    // Before the seat word: ORG, "ORG's", or "ORG,".
    size_t org_end_token = t - 1;
    if (IsPossessiveS(a, org_end_token)) --org_end_token;
    const Mention* org = nullptr;
    for (size_t i = k; i-- > 0;)
      if (a.mentions[i].last_token == org_end_token && a.mentions[i].type == EntityType::kOrganization) org = &a.mentions[i];
    if (org == nullptr) continue;
    const std::string gap = Squeeze(Between(a, org->span.end, a.tokens[t].start));
    if (!(gap.empty() || gap == "," || gap == "'s" || gap == "\xE2\x80\x99s")) continue;
    Claim c;
    c.kind = ClaimKind::kHeadquarters;
    c.subject = org->entity;
    c.subject_span = org->span;
    c.place = city.entity;
    c.place_span = city.span;
    c.span = {org->span.start, city.span.end};
    // "The Hague, Netherlands": the country after the city belongs to the claim's words.
    if (k + 1 < a.mentions.size() && a.mentions[k + 1].type == EntityType::kCountry &&
        Squeeze(Between(a, city.span.end, a.mentions[k + 1].span.start)) == ",")
      c.span.end = a.mentions[k + 1].span.end;
    c.office_text = std::string(Between(a, a.tokens[t].start, a.tokens[t].end));
    out->push_back(std::move(c));
  }
}

// A date earlier in the claim's sentence sets the time of the whole sentence ("In 2009, British
// Prime Minister Gordon Brown ..."). A later one usually belongs to what the person did or
// said, often an embedded event ("... said Russia was expelled in 2014"); only a day named
// right after the claim ("... spoke on Tuesday") is taken.
void ClaimExtractor::Date(const AnalysedText& a, Claim* c) const {
  const size_t s = SentenceIndex(a, c->span.start);
  const DateMention* chosen = nullptr;
  for (const DateMention& d : a.dates) {
    if (SentenceIndex(a, d.span.start) != s) continue;
    if (d.span.end <= c->span.start) chosen = &d;
  }
  if (chosen == nullptr) {
    for (const DateMention& d : a.dates) {
      if (SentenceIndex(a, d.span.start) != s || d.span.start < c->span.end || !d.range.single_day()) continue;
      size_t words_between = 0;
      for (const Token& t : a.tokens) words_between += t.start >= c->span.end && t.end <= d.span.start;
      size_t on = 0;
      while (on < a.tokens.size() && a.tokens[on].end <= d.span.start) ++on;
      if (words_between <= 4 && on > 0 && a.tokens[on - 1].folded == "on") chosen = &d;
      break;
    }
  }
  if (chosen != nullptr) {
    c->as_of = chosen->range;
    c->has_date = true;
    c->as_of_basis = "the date its sentence refers to: '" + chosen->expression + "'";
  } else if (a.document_date.date) {
    const int64_t d = a.document_date.date->DayNumber();
    c->as_of = {d, d};
    c->has_date = true;
    c->as_of_basis = "the document date (" + a.document_date.basis + ")";
  } else {
    c->as_of_basis = a.document_date.basis;
  }
}

std::vector<Claim> ClaimExtractor::Extract(const AnalysedText& a) const {
  std::vector<Claim> claims;
  AddOfficeClaims(a, &claims);
  AddHeadquartersClaims(a, &claims);
  for (Claim& c : claims) {
    Date(a, &c);
    for (const Span& q : a.quotes) c.quoted |= q.contains(c.span.start);
  }
  std::sort(claims.begin(), claims.end(), [](const Claim& x, const Claim& y) { return x.span.start < y.span.start; });
  return claims;
}

}  // namespace factlens
