#include "events/event_extractor.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace factlens {

namespace {

const std::map<std::string, const char*>& Verbs() {
  static const std::map<std::string, const char*> verbs = {
      {"threatened", "threaten"}, {"threatens", "threaten"}, {"threaten", "threaten"}, {"warned", "threaten"},
      {"warns", "threaten"}, {"announced", "announce"}, {"announces", "announce"}, {"declared", "announce"},
      {"declares", "announce"}, {"issued", "issue"}, {"issues", "issue"}, {"opened", "open"}, {"opens", "open"},
      {"denied", "deny"}, {"denies", "deny"}, {"met", "meet"}, {"meets", "meet"}, {"visited", "visit"},
      {"visits", "visit"}, {"signed", "sign"}, {"signs", "sign"}, {"said", "say"}, {"says", "say"},
      {"stated", "say"}, {"stating", "say"}, {"told", "say"}, {"accused", "say"}, {"urged", "say"}, {"called", "say"}, {"condemned", "say"},
      {"launched", "launch"}, {"launches", "launch"}, {"invaded", "launch"}, {"acknowledged", "acknowledge"},
      {"admitted", "acknowledge"}, {"confirmed", "acknowledge"}};
  return verbs;
}

const std::map<std::string, std::string>& Channels() {
  static const std::map<std::string, std::string> channels = {
      {"letter", "letter"}, {"telegram", "Telegram"}, {"statement", "statement"}, {"interview", "interview"},
      {"tweet", "X (Twitter)"}, {"twitter", "X (Twitter)"}, {"facebook", "Facebook"}, {"speech", "speech"},
      {"address", "address"}, {"briefing", "briefing"}, {"conference", "press conference"}, {"decree", "decree"},
      {"communique", "communique"}, {"video", "video"}};
  return channels;
}

const std::set<std::string>& Stopwords() {
  static const std::set<std::string> words = {
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "in", "is",
      "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was", "were", "which",
      "with", "who", "would", "will", "had", "been", "not", "s", "any", "also", "after", "before", "than", "then",
      "there", "these", "those", "into", "about", "over", "said", "says", "would", "could", "can", "all", "more",
      "one", "two", "three", "first", "new", "other", "its", "our", "we", "i", "you", "him", "them", "being", "very",
      "long", "did", "do", "does", "but", "if", "so", "such", "only", "most", "some", "no", "up", "out", "what"};
  return words;
}

bool InSpans(const std::vector<Span>& spans, uint32_t pos) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return s.contains(pos); });
}

bool IsActorType(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kCountry;
}

}  // namespace

const char* EventTypeOf(const std::string& word) {
  auto it = Verbs().find(word);
  return it == Verbs().end() ? "" : it->second;
}

std::vector<std::string> ContentTerms(const AnalysedText& a, Span span) {
  static thread_local Xapian::Stem stem("en");
  std::set<std::string> terms;
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    const Token& tok = a.tokens[t];
    if (tok.start < span.start || tok.end > span.end) continue;
    if (Stopwords().count(tok.folded) || *EventTypeOf(tok.folded) != '\0') continue;
    if (std::isdigit(static_cast<unsigned char>(tok.folded[0])) || tok.folded.size() < 3) continue;
    bool covered = false;
    for (const DateMention& d : a.dates) covered |= d.span.contains(tok.start);
    // Words of a name count once, as the entity ("E:id"), not again as words.
    for (const Mention& m : a.mentions) covered |= m.type != EntityType::kRole && m.span.contains(tok.start);
    if (covered) continue;
    terms.insert(stem(tok.folded));
  }
  // Offices ("Russian President") say little about which event it is: the people do.
  for (const Mention& m : a.mentions)
    if (m.span.start >= span.start && m.span.end <= span.end && m.type != EntityType::kRole && m.type != EntityType::kPosition)
      terms.insert("E:" + m.entity.id);
  return {terms.begin(), terms.end()};
}

// The country a capital city stands for when it acts ("Moscow denied"), as a mention.
const Mention* EventExtractor::CapitalOf(const Mention& m) const {
  if (m.type != EntityType::kCity) return nullptr;
  auto it = capitals_.find(m.entity.id);
  if (it == capitals_.end()) {
    Mention country;
    std::vector<uint64_t> referrers = kb_.Referrers(m.entity.id, prop::kCapital);
    if (!referrers.empty() && kb_.EntityAt(referrers.front(), &country.entity).ok()) {
      country.span = m.span;
      country.type = EntityType::kCountry;
      it = capitals_.emplace(m.entity.id, std::make_unique<Mention>(std::move(country))).first;
    } else {
      it = capitals_.emplace(m.entity.id, nullptr).first;
    }
  }
  return it->second.get();
}

// One frame per event verb: its actor is the nearest person (else organisation or country)
// named before the verb and after the previous verb; "he"/"she" refer to the last person named.
std::vector<Claim> EventExtractor::SentenceFrames(const AnalysedText& a, size_t si, const Mention** last_person) const {
  std::vector<Claim> frames;
  const Span sentence = a.sentences[si];
  std::vector<size_t> verbs;
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    const Token& tok = a.tokens[t];
    if (!sentence.contains(tok.start) || InSpans(a.quotes, tok.start) || *EventTypeOf(tok.folded) == '\0') continue;
    static const std::set<std::string> kPassive = {"be", "been", "being", "is", "was", "were", "are"};
    if (t > 0 && kPassive.count(a.tokens[t - 1].folded)) continue;  // "would be met with": not an act of the subject
    verbs.push_back(t);
  }
  uint32_t end = sentence.end;
  while (end > sentence.start && (a.text[end - 1] == '.' || std::isspace(static_cast<unsigned char>(a.text[end - 1])))) --end;
  std::string channel;
  for (const Token& tok : a.tokens)
    if (sentence.contains(tok.start) && !InSpans(a.quotes, tok.start) && channel.empty())
      if (auto ch = Channels().find(tok.folded); ch != Channels().end()) channel = ch->second;
  const DateMention* first_date = nullptr;
  for (const DateMention& d : a.dates)
    if (sentence.contains(d.span.start) && first_date == nullptr && d.span.end > a.dateline_end) first_date = &d;
  const Mention* place = nullptr;
  for (const Mention& m : a.mentions)
    if (sentence.contains(m.span.start) && m.type == EntityType::kCity && place == nullptr && m.first_token > 0 &&
        (a.tokens[m.first_token - 1].folded == "in" || a.tokens[m.first_token - 1].folded == "at"))
      place = &m;
  const std::vector<std::string> terms = ContentTerms(a, sentence);
  const Mention* previous_actor = nullptr;
  for (size_t vi = 0; vi < verbs.size(); ++vi) {
    const size_t verb = verbs[vi];
    const uint32_t from = vi == 0 ? sentence.start : a.tokens[verbs[vi - 1]].end;
    const Mention* actor = nullptr;
    const Mention* fallback = nullptr;
    for (const Mention& m : a.mentions) {
      if (m.span.start < from || m.span.end > a.tokens[verb].start || InSpans(a.quotes, m.span.start)) continue;
      if (m.type == EntityType::kPerson) actor = &m;
      else if (IsActorType(m.type) || CapitalOf(m) != nullptr) fallback = &m;
    }
    if (actor == nullptr) actor = fallback;
    if (actor == nullptr && verb > 0 && (a.tokens[verb - 1].folded == "he" || a.tokens[verb - 1].folded == "she"))
      actor = *last_person;
    if (actor == nullptr) actor = previous_actor;  // "Putin met Xi and signed ..."
    if (actor == nullptr) continue;
    previous_actor = actor;
    // The verb's own date: after the verb in its clause ("met ... on 16 June 2021"), between
    // actor and verb ("Putin on Tuesday signed"), or opening the sentence ("On 16 June 2021,
    // Biden met"). A date elsewhere belongs to another clause ("agreed on Tuesday ... since
    // Moscow launched ...") and only dates the claim loosely.
    const uint32_t until = vi + 1 < verbs.size() ? a.tokens[verbs[vi + 1]].start : sentence.end;
    const uint32_t actor_start = sentence.contains(actor->span.start) ? actor->span.start : a.tokens[verb].start;
    size_t first_token_of_sentence = 0;
    while (first_token_of_sentence < a.tokens.size() && a.tokens[first_token_of_sentence].start < sentence.start)
      ++first_token_of_sentence;
    const DateMention* date = nullptr;
    for (const DateMention& d : a.dates) {
      if (!sentence.contains(d.span.start) || date != nullptr || d.span.end <= a.dateline_end) continue;
      const bool after_verb = d.span.start >= a.tokens[verb].end && d.span.end <= until;
      const bool before_verb = d.span.start >= actor_start && d.span.end <= a.tokens[verb].start;
      size_t opening_token = first_token_of_sentence;  // after a dateline, the sentence opens after the dash
      while (opening_token < a.tokens.size() && a.tokens[opening_token].start < a.dateline_end) ++opening_token;
      const bool opening = opening_token + 3 < a.tokens.size() && d.span.start <= a.tokens[opening_token + 2].start &&
                           d.span.end <= actor_start;
      if (after_verb || before_verb || opening) date = &d;
    }
    const bool own_date = date != nullptr;
    if (date == nullptr) date = first_date;
    // Likewise the channel and the place ("In a speech, X said ... and threatened on Telegram").
    std::string verb_channel;
    const Mention* verb_place = nullptr;
    for (const Token& tok : a.tokens)
      if (tok.start >= from && tok.end <= until && !InSpans(a.quotes, tok.start) && verb_channel.empty())
        if (auto ch = Channels().find(tok.folded); ch != Channels().end()) verb_channel = ch->second;
    for (const Mention& m : a.mentions)
      if (m.span.start >= a.tokens[verb].end && m.span.end <= until && m.type == EntityType::kCity && verb_place == nullptr &&
          m.first_token > 0 && (a.tokens[m.first_token - 1].folded == "in" || a.tokens[m.first_token - 1].folded == "at"))
        verb_place = &m;
    Claim c;
    c.kind = ClaimKind::kEvent;
    c.event_type = EventTypeOf(a.tokens[verb].folded);
    // "Moscow launched": a capital acting stands for its country.
    const Mention* country = actor->type == EntityType::kCity ? CapitalOf(*actor) : nullptr;
    c.subject = country != nullptr ? country->entity : actor->entity;
    c.subject_span = actor->span;
    c.span = {sentence.contains(actor->span.start) ? std::min(actor->span.start, a.tokens[verb].start) : a.tokens[verb].start, end};
    if (!sentence.contains(actor->span.start) && verb > 0) c.span.start = a.tokens[verb - 1].start;
    for (const Mention& m : a.mentions)
      if (sentence.contains(m.span.start) && m.entity.id != actor->entity.id &&
          (m.type == EntityType::kPerson || m.type == EntityType::kOrganization || m.type == EntityType::kCountry))
        c.participants.push_back(m.entity.id);  // the parties; places are compared apart
    if (const Mention* pl = verb_place != nullptr ? verb_place : place; pl != nullptr) {
      c.place = pl->entity;
      c.place_span = pl->span;
    }
    c.channel = verb_channel.empty() ? channel : verb_channel;
    if (date != nullptr) {
      c.as_of = date->range;
      c.has_date = true;
      c.date_explicit = own_date;  // a date elsewhere in the sentence may belong to another clause
      c.as_of_basis = "the date the sentence gives: '" + date->expression + "'";
    } else if (a.document_date.date) {
      c.as_of = {a.document_date.date->DayNumber(), a.document_date.date->DayNumber()};
      c.has_date = true;
      c.as_of_basis = "the document date (" + a.document_date.basis + "); the sentence does not date the event";
    }
    c.terms = terms;
    c.sentence = std::string(Between(a, sentence.start, sentence.end));
    c.office_text = std::string(Between(a, a.tokens[verb].start, a.tokens[verb].end));
    frames.push_back(std::move(c));
  }
  for (const Mention& m : a.mentions)
    if (sentence.contains(m.span.start) && m.type == EntityType::kPerson) *last_person = &m;
  return frames;
}

std::vector<Claim> EventExtractor::Frames(const AnalysedText& a) const {
  std::vector<Claim> out;
  const Mention* last_person = nullptr;
  for (size_t si = 0; si < a.sentences.size(); ++si)
    for (Claim& c : SentenceFrames(a, si, &last_person)) out.push_back(std::move(c));
  return out;
}

std::vector<Claim> EventExtractor::Extract(const AnalysedText& a) const {
  std::vector<Claim> out;
  const Mention* last_person = nullptr;
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const Span sentence = a.sentences[si];
    std::vector<Claim> frames = SentenceFrames(a, si, &last_person);
    // Quoted words: a quote claim, its speaker the actor of the verb before the quotation.
    for (const Span& q : a.quotes) {
      if (!sentence.contains(q.start)) continue;
      const std::string words(a.text.substr(q.start, q.end - q.start));
      if (std::count(words.begin(), words.end(), ' ') < 3) continue;  // a phrase, not a quotation
      const Claim* speaker = nullptr;
      for (const Claim& f : frames)
        if (f.span.start < q.start) speaker = &f;
      if (speaker == nullptr) continue;
      Claim quote = *speaker;
      quote.kind = ClaimKind::kQuote;
      quote.quote = words;
      quote.span = {speaker->span.start, std::min<uint32_t>(q.end + 1, sentence.end)};
      out.push_back(std::move(quote));
    }
    for (Claim& f : frames) {
      if (f.event_type == "say") continue;
      out.push_back(std::move(f));
      break;
    }
  }
  return out;
}

}  // namespace factlens
