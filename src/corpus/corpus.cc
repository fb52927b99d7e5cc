#include "corpus/corpus.h"

#include <xapian.h>

#include <filesystem>

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

Passage FromDocument(const Xapian::Document& doc, double score) {
  const auto j = nlohmann::json::parse(doc.get_data());
  Passage p;
  p.document_id = j["id"];
  p.title = j["title"];
  p.source = j["source"];
  if (auto d = Date::Parse(j["date"].get<std::string>())) p.date = *d;
  p.text = j["text"];
  p.start = j["start"];
  p.end = j["end"];
  p.score = score;
  return p;
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
    Xapian::WritableDatabase& db = impl_->db;
    const std::string doc_term = "XD" + d.id;
    db.delete_document(doc_term);  // a re-added document replaces its old passages
    for (size_t i = 0; i < d.passages.size(); ++i) {
      const Span& s = d.passages[i];
      const std::string text = d.text.substr(s.start, s.end - s.start);
      Xapian::Document x;
      x.set_data(nlohmann::json{{"id", d.id}, {"title", d.title}, {"date", d.date.ToString()},
                                {"source", d.sources.empty() ? "" : d.sources.front()}, {"text", text},
                                {"start", s.start}, {"end", s.end}}
                     .dump());
      impl_->indexer.set_document(x);
      impl_->indexer.index_text(text);
      impl_->indexer.index_text(d.title, 1, "S");
      x.add_boolean_term(doc_term);
      x.add_value(kDateSlot, d.date.ToString());
      db.replace_document("Q" + d.id + "#" + std::to_string(i), x);
    }
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

std::vector<Passage> Corpus::Search(const std::string& query, size_t max_results) const {
  std::vector<Passage> out;
  try {
    Xapian::QueryParser parser;
    parser.set_stemmer(Xapian::Stem("en"));
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_stopper(&Stopper());
    parser.set_default_op(Xapian::Query::OP_OR);
    // The query is words from an article, not query syntax: no operators, wildcards or phrases.
    const Xapian::Query q = parser.parse_query(NormalizeName(query), 0);
    Xapian::Enquire enquire(*db_);
    enquire.set_query(q);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(max_results));
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it)
      out.push_back(FromDocument(it.get_document(), it.get_weight()));
  } catch (const Xapian::Error&) {
    // A query the index cannot answer finds nothing; retrieval never fails a check.
  }
  return out;
}

std::vector<Passage> Corpus::SearchPhrase(const std::string& phrase, size_t max_results) const {
  std::vector<Passage> out;
  const std::string wanted = NormalizeName(phrase);
  for (Passage& p : Search(phrase, max_results * 4))
    if (NormalizeName(p.text).find(wanted) != std::string::npos && out.size() < max_results) out.push_back(std::move(p));
  return out;
}

CorpusStats Corpus::Stats() const {
  CorpusStats s;
  s.passages = db_->get_doccount();
  Xapian::TermIterator end = db_->allterms_end("XD");
  for (Xapian::TermIterator t = db_->allterms_begin("XD"); t != end; ++t) ++s.documents;
  s.first_date = db_->get_value_lower_bound(kDateSlot);
  s.last_date = db_->get_value_upper_bound(kDateSlot);
  return s;
}

}  // namespace factlens
