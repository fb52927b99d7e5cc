#include "report/report.h"

namespace factlens {

namespace {

// An entity the knowledge base does not hold has no id: null.
nlohmann::json EntityJson(const Entity& e) {
  return {{"name", e.label}, {"id", e.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.id)}};
}

nlohmann::json ClaimJson(const DocumentReport& r, const CheckedClaim& c) {
  const Claim& claim = c.claim;
  nlohmann::json j;
  j["kind"] = ClaimKindName(claim.kind);
  j["text"] = r.document.text.substr(claim.span.start, claim.span.end - claim.span.start);
  j["start"] = claim.span.start;
  j["end"] = claim.span.end;
  j["subject"] = EntityJson(claim.subject);
  j["subject"]["start"] = claim.subject_span.start;
  j["subject"]["end"] = claim.subject_span.end;
  if (claim.kind == ClaimKind::kEvent || claim.kind == ClaimKind::kQuote) {
    j["object"] = {{"event", claim.event_type}, {"verb", claim.office_text}};
    j["object"]["channel"] = claim.channel.empty() ? nlohmann::json(nullptr) : nlohmann::json(claim.channel);
    j["object"]["place"] = claim.place.id.empty() ? nlohmann::json(nullptr) : EntityJson(claim.place);
    if (claim.kind == ClaimKind::kQuote) j["quote"] = claim.quote;
    j["date_explicit"] = claim.date_explicit;
  } else if (claim.kind == ClaimKind::kPositionHeld) {
    j["object"] = EntityJson(claim.positions.front());
    j["object"]["text"] = claim.office_text;
    if (claim.positions.size() > 1) {
      j["object"]["alternatives"] = nlohmann::json::array();
      for (size_t i = 1; i < claim.positions.size(); ++i) j["object"]["alternatives"].push_back(EntityJson(claim.positions[i]));
    }
    j["former"] = claim.former;
  } else {
    j["object"] = EntityJson(claim.place);
  }
  if (claim.kind == ClaimKind::kPositionHeld || claim.kind == ClaimKind::kHeadquarters) {
    j["object"]["start"] = claim.kind == ClaimKind::kPositionHeld ? claim.office_span.start : claim.place_span.start;
    j["object"]["end"] = claim.kind == ClaimKind::kPositionHeld ? claim.office_span.end : claim.place_span.end;
  }
  j["as_of"] = claim.has_date ? nlohmann::json(claim.as_of.ToString()) : nlohmann::json(nullptr);
  j["as_of_basis"] = claim.as_of_basis;
  j["quoted"] = claim.quoted;
  j["verdict"] = VerdictName(c.verdict);
  j["explanation"] = c.explanation;
  j["evidence"] = nlohmann::json::array();
  for (const Evidence& e : c.evidence) {
    nlohmann::json ev = {{"fact", e.fact}, {"source", e.source}, {"start", nullptr}, {"end", nullptr}};
    if (!e.statement_id.empty()) ev["statement_id"] = e.statement_id;
    if (e.is_passage) {
      ev["document"] = e.document;
      ev["title"] = e.title;
      ev["date"] = e.date;
      ev["passage"] = e.passage;
      ev["start"] = e.start;
      ev["end"] = e.end;
    }
    j["evidence"].push_back(ev);
  }
  if (c.correction) {
    j["correction"] = {{"name", c.correction->name}, {"id", c.correction->id}};
    j["correction"]["term"] = c.correction->detail;
  } else {
    j["correction"] = nullptr;
  }
  return j;
}

const char* Colour(Verdict v) {
  switch (v) {
    case Verdict::kRefuted: return "\033[1;31m";
    case Verdict::kSupported: return "\033[1;32m";
    default: return "\033[1;33m";
  }
}

}  // namespace

nlohmann::json ReportJson(const DocumentReport& r) {
  nlohmann::json j;
  j["document"] = {{"source", r.document.source},
                   {"date", r.date.date ? nlohmann::json(r.date.date->ToString()) : nlohmann::json(nullptr)},
                   {"date_basis", r.date.basis}};
  if (!r.error.empty()) {
    j["error"] = r.error;
    return j;
  }
  j["claims"] = nlohmann::json::array();
  for (const CheckedClaim& c : r.claims) j["claims"].push_back(ClaimJson(r, c));
  j["summary"] = {{"supported", r.count(Verdict::kSupported)},
                  {"refuted", r.count(Verdict::kRefuted)},
                  {"unverifiable", r.count(Verdict::kUnverifiable)}};
  return j;
}

void WriteTextReport(const DocumentReport& r, bool colour, std::ostream& out) {
  out << r.document.source << ": ";
  if (!r.error.empty()) {
    out << "error: " << r.error << "\n";
    return;
  }
  out << "dated " << (r.date.date ? r.date.date->ToString() : "unknown") << " (" << r.date.basis << ")\n";
  if (r.claims.empty()) out << "  no checkable claims found\n";
  for (const CheckedClaim& c : r.claims) {
    const Claim& claim = c.claim;
    std::string verdict = VerdictName(c.verdict);
    for (char& ch : verdict) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    verdict.resize(12, ' ');
    out << "  " << (colour ? Colour(c.verdict) : "") << verdict << (colour ? "\033[0m" : "") << " \""
        << r.document.text.substr(claim.span.start, claim.span.end - claim.span.start) << "\"  [" << claim.span.start
        << "-" << claim.span.end << "]" << (claim.quoted ? " (in a quotation)" : "") << "\n";
    out << "               " << c.explanation << "\n";
    if (c.correction)
      out << "               correction: " << c.correction->name
          << (c.correction->detail.empty() ? "" : " (" + c.correction->detail + ")") << "\n";
    for (const Evidence& e : c.evidence) {
      if (e.is_passage)
        out << "               evidence: \"" << e.passage << "\"  — " << e.title << ", " << e.date << "  <" << e.source << ">\n";
      else
        out << "               evidence: " << e.fact << "  <" << e.source << ">\n";
    }
  }
  out << "  summary: " << r.count(Verdict::kRefuted) << " refuted, " << r.count(Verdict::kSupported) << " supported, "
      << r.count(Verdict::kUnverifiable) << " unverifiable\n";
}

}  // namespace factlens
