// Reading an article: plain UTF-8 text or an HTML page. For HTML the markup is blanked out
// in place (same length), so every byte offset in a report points into the original input.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/date.h"
#include "util/status.h"

namespace factlens {

struct Document {
  std::string source;  // file name, "-", or the id of a JSON Lines record
  std::string text;    // the text analysed: the input, markup blanked for HTML
  bool html = false;
  std::optional<Date> metadata_date;  // HTML meta tags / JSON-LD, or the JSON Lines "date"
  std::string metadata_date_basis;    // e.g. "HTML meta article:published_time"
};

constexpr size_t kMaxDocumentBytes = 16u << 20;

// Checks the bytes are a usable article (not empty, valid UTF-8, under the size limit) and
// prepares them. `html`: nullopt to detect from the content.
Result<Document> MakeDocument(std::string source, std::string bytes, std::optional<bool> html = std::nullopt);

// Blanks HTML markup (tags, comments, script/style content) to spaces and decodes character
// references in place; block-level tags become newlines so that paragraphs stay apart.
std::string BlankHtml(std::string_view html);
bool LooksLikeHtml(std::string_view bytes);
// The publication date given by an HTML page's metadata, if any.
std::optional<Date> HtmlPublicationDate(std::string_view html, std::string* basis);

}  // namespace factlens
