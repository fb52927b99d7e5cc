// Trusted documents for the corpus: plain text with a small header, HTML pages, or JSON Lines
// records, each split into sentence passages with offsets.
#pragma once

#include <string>
#include <vector>

#include "text/sentences.h"
#include "util/date.h"
#include "util/status.h"

namespace factlens {

struct CorpusDocument {
  std::string id;       // unique within the corpus: the file name or the record's "id"
  std::string title;
  Date date;            // the document's date (day precision) or unknown
  std::vector<std::string> sources;  // URLs
  std::string text;     // the body
  std::vector<Span> passages;        // sentences of the body
};

struct CorpusInputError {
  std::string where;  // "file" or "file:line"
  std::string message;
};

// Reads one input: a .txt file ("Title:", "Date:", "Source:" header lines, a blank line, the
// body), an .html page, or a .jsonl file of {id, url, date, title, text} records. Unreadable or
// malformed records are reported in `errors` and skipped.
std::vector<CorpusDocument> ReadCorpusInput(const std::string& path, std::vector<CorpusInputError>* errors);

// Parses the text format from memory (`id` names the document).
Result<CorpusDocument> ParseCorpusText(const std::string& id, const std::string& bytes);

}  // namespace factlens
