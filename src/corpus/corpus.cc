#include "corpus/corpus.h"

#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "text/normalize.h"

namespace factlens {

namespace {

constexpr Xapian::valueno kDateSlot = 0;
const char* kStopwords[] = {"a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her",
                            "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they",
                            "this", "to", "was", "were", "which", "with", "who", "would", "will", "had", "been", "not"};

Xapian::SimpleStopper& Stopper() {
  static Xapian::SimpleStopper stopper(std::begin(kStopwords), std::end(kStopwords));
  return stopper;
}

CorpusHit FromDocument(const Xapian::Document& doc, double score) {
  const auto j = nlohmann::json::parse(doc.get_data());
  CorpusHit h;
  h.document_id = j["id"];
  h.title = j["title"];
  h.source = j["source"];
  if (auto d = Date::Parse(j["date"].get<std::string>())) h.date = *d;
  h.text = j["text"];
  for (const auto& p : j["passages"]) h.passages.push_back({p[0].get<uint32_t>(), p[1].get<uint32_t>()});
  h.score = score;
  return h;
}

// The stems of a text's words as the index holds them ("Z" + stem), without stopwords.
std::set<std::string> QueryStems(std::string_view text) {
  static thread_local Xapian::Stem stem("en");
  std::set<std::string> out;
  for (const Token& t : Tokenize(text)) {
    if (t.folded.size() < 3 || std::isdigit(static_cast<unsigned char>(t.folded[0]))) continue;
    if (std::find(std::begin(kStopwords), std::end(kStopwords), t.folded) != std::end(kStopwords)) continue;
    out.insert("Z" + stem(t.folded));
  }
  return out;
}

}  // namespace

struct CorpusWriter::Impl {
  std::string dir;
  Xapian::WritableDatabase db;
  Xapian::TermGenerator indexer;
  bool in_transaction = false;
};

CorpusWriter::CorpusWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

CorpusWriter::~CorpusWriter() {
  if (impl_ && impl_->in_transaction) {
    try {
      impl_->db.cancel_transaction();
    } catch (const Xapian::Error&) {
    }
  }
}

Result<std::unique_ptr<CorpusWriter>> CorpusWriter::Open(const std::string& dir) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->db = Xapian::WritableDatabase(dir, Xapian::DB_CREATE_OR_OPEN);
    impl->indexer.set_stemmer(Xapian::Stem("en"));
    impl->indexer.set_stopper(&Stopper());
    impl->db.begin_transaction();
    impl->in_transaction = true;
    return std::unique_ptr<CorpusWriter>(new CorpusWriter(std::move(impl)));
  } catch (const Xapian::Error& e) {
    return Status::IoError(dir + ": cannot open the corpus for writing: " + e.get_msg());
  }
}

Status CorpusWriter::Add(const CorpusDocument& d) {
  try {
    nlohmann::json passages = nlohmann::json::array();
    for (const Span& s : d.passages) passages.push_back({s.start, s.end});
    Xapian::Document x;
    x.set_data(nlohmann::json{{"id", d.id}, {"title", d.title}, {"date", d.date.ToString()},
                              {"source", d.sources.empty() ? "" : d.sources.front()}, {"text", d.text},
                              {"passages", passages}}
                   .dump());
    impl_->indexer.set_document(x);
    impl_->indexer.index_text(d.title);
    impl_->indexer.increase_termpos();
    impl_->indexer.index_text(d.text);
    x.add_value(kDateSlot, d.date.ToString());
    const std::string id_term = "Q" + d.id;
    x.add_boolean_term(id_term);
    impl_->db.replace_document(id_term, x);  // a re-added document replaces the old one
    ++added_;
  } catch (const Xapian::Error& e) {
    return Status::IoError(impl_->dir + ": " + e.get_msg());
  }
  return Status::Ok();
}

Status CorpusWriter::Commit() {
  try {
    impl_->db.commit_transaction();
    impl_->in_transaction = false;
    impl_->db.commit();
  } catch (const Xapian::Error& e) {
    return Status::IoError(impl_->dir + ": cannot commit: " + e.get_msg());
  }
  return Status::Ok();
}

Corpus::Corpus(std::unique_ptr<Xapian::Database> db) : db_(std::move(db)) {}
Corpus::~Corpus() = default;

Result<std::unique_ptr<Corpus>> Corpus::Open(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Status::NotFound(dir + ": no corpus here (create one with 'factlens corpus add')");
  try {
    return std::unique_ptr<Corpus>(new Corpus(std::make_unique<Xapian::Database>(dir)));
  } catch (const Xapian::Error& e) {
    return Status::Corruption(dir + ": not a readable corpus: " + e.get_msg());
  }
}

Passage CorpusHit::passage(size_t i) const {
  Passage p;
  p.document_id = document_id;
  p.title = title;
  p.source = source;
  p.date = date;
  p.start = passages[i].start;
  p.end = passages[i].end;
  p.text = text.substr(p.start, p.end - p.start);
  p.score = score;
  return p;
}

std::vector<CorpusHit> Corpus::Retrieve(const std::string& query, size_t max_documents) const {
  std::vector<CorpusHit> out;
  const std::set<std::string> stems = QueryStems(query);
  if (stems.empty()) return out;
  try {
    // OP_ELITE_SET keeps the query's most telling words, so that long sentences stay fast on
    // a large corpus.
    constexpr Xapian::termcount kEliteTerms = 6;
    const Xapian::Query q(Xapian::Query::OP_ELITE_SET, stems.begin(), stems.end(), kEliteTerms);
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(max_documents));
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      CorpusHit h = FromDocument(it.get_document(), it.get_weight());
      std::vector<std::pair<size_t, size_t>> scored;  // (query words held, passage)
      for (size_t i = 0; i < h.passages.size(); ++i) {
        size_t held = 0;
        for (const std::string& st : QueryStems(std::string_view(h.text).substr(h.passages[i].start, h.passages[i].end - h.passages[i].start)))
          held += stems.count(st);
        if (held > 0) scored.emplace_back(held, i);
      }
      std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      for (const auto& [held, i] : scored) h.ranked.push_back(i);
      out.push_back(std::move(h));
    }
  } catch (const Xapian::Error&) {
    // A query the index cannot answer finds nothing; retrieval never fails a check.
  }
  return out;
}

std::vector<Passage> Corpus::Search(const std::string& query, size_t max_results) const {
  std::vector<Passage> out;
  const std::vector<CorpusHit> hits = Retrieve(query, max_results);
  // Round robin over the documents: the best passage of each, then the second best...
  for (size_t rank = 0; out.size() < max_results; ++rank) {
    bool any = false;
    for (const CorpusHit& h : hits)
      if (rank < h.ranked.size() && out.size() < max_results) {
        out.push_back(h.passage(h.ranked[rank]));
        any = true;
      }
    if (!any) break;
  }
  return out;
}

std::vector<Passage> Corpus::SearchPhrase(const std::string& phrase, size_t max_results) const {
  std::vector<Passage> out;
  const std::string wanted = NormalizeName(phrase);
  for (const CorpusHit& h : Retrieve(phrase, max_results * 4))
    for (size_t i : h.ranked)
      if (out.size() < max_results &&
          NormalizeName(std::string_view(h.text).substr(h.passages[i].start, h.passages[i].end - h.passages[i].start)).find(wanted) != std::string::npos)
        out.push_back(h.passage(i));
  return out;
}

CorpusStats Corpus::Stats() const {
  CorpusStats s;
  s.documents = db_->get_doccount();
  for (Xapian::PostingIterator p = db_->postlist_begin(""); p != db_->postlist_end(""); ++p) {
    const auto j = nlohmann::json::parse(db_->get_document(*p).get_data());
    s.passages += j["passages"].size();
  }
  s.first_date = db_->get_value_lower_bound(kDateSlot);
  s.last_date = db_->get_value_upper_bound(kDateSlot);
  return s;
}

}  // namespace factlens
