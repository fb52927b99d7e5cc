// The corpus of trusted documents: a Xapian full-text index of their sentence passages.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/corpus_document.h"
#include "util/status.h"

namespace Xapian {
class Database;
}

namespace factlens {

struct Passage {
  std::string document_id, title, source;
  Date date;
  std::string text;         // the passage (a sentence of the document)
  uint32_t start = 0, end = 0;  // its byte offsets in the document's text
  double score = 0;
};

// A retrieved document with its passages ranked by how many of the query's words they hold.
struct CorpusHit {
  std::string document_id, title, source;
  Date date;
  std::string text;
  std::vector<Span> passages;
  std::vector<size_t> ranked;  // passage indices, best first (passages holding no query word left out)
  double score = 0;
  Passage passage(size_t index) const;
};

struct CorpusStats {
  uint64_t documents = 0, passages = 0;
  std::string first_date, last_date;
};

// Adds documents to a corpus (created if absent) in one transaction: if the process dies
// before Commit(), the index stays as it was. A document whose id is already in the corpus
// replaces it.
class CorpusWriter {
 public:
  static Result<std::unique_ptr<CorpusWriter>> Open(const std::string& dir);
  ~CorpusWriter();  // without Commit(), the transaction is cancelled
  Status Add(const CorpusDocument& document);
  Status Commit();
  uint64_t added() const { return added_; }

 private:
  struct Impl;
  explicit CorpusWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
  uint64_t added_ = 0;
};

class Corpus {
 public:
  static Result<std::unique_ptr<Corpus>> Open(const std::string& dir);
  ~Corpus();

  // Documents best matching the words of `query` (BM25 over the most telling words, English
  // stemming), their passages ranked.
  std::vector<CorpusHit> Retrieve(const std::string& query, size_t max_documents) const;
  // The best passages of the best documents.
  std::vector<Passage> Search(const std::string& query, size_t max_results) const;
  // Passages containing this exact phrase (quotes).
  std::vector<Passage> SearchPhrase(const std::string& phrase, size_t max_results) const;
  CorpusStats Stats() const;

 private:
  explicit Corpus(std::unique_ptr<Xapian::Database> db);
  std::unique_ptr<Xapian::Database> db_;
};

}  // namespace factlens
