#include "io/line_reader.h"

#include <cstring>

namespace factlens {

LineReader::LineReader(std::unique_ptr<InputStream> input)
    : input_(std::move(input)), file_size_(input_->file_size()) {
  for (size_t i = 0; i < kChunksInFlight; ++i) {
    auto c = std::make_unique<Chunk>();
    c->data.resize(kChunkSize);
    free_.push_back(std::move(c));
  }
  producer_ = std::thread([this] { Produce(); });
}

LineReader::~LineReader() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  producer_.join();
}

void LineReader::Produce() {
  for (;;) {
    std::unique_ptr<Chunk> chunk;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [&] { return stop_ || !free_.empty(); });
      if (stop_) return;
      chunk = std::move(free_.front());
      free_.pop_front();
    }
    chunk->size = 0;
    Status status;
    bool end = false;
    while (chunk->size < chunk->data.size()) {
      Result<size_t> n = input_->Read(chunk->data.data() + chunk->size, chunk->data.size() - chunk->size);
      if (!n.ok()) { status = n.status(); break; }
      if (*n == 0) { end = true; break; }
      chunk->size += *n;
    }
    raw_bytes_.store(input_->raw_bytes_read(), std::memory_order_relaxed);
    std::lock_guard lock(mu_);
    if (chunk->size > 0) ready_.push_back(std::move(chunk));
    if (!status.ok() || end) {
      producer_status_ = status;
      producer_done_ = true;
      cv_.notify_all();
      return;
    }
    cv_.notify_all();
  }
}

bool LineReader::NextChunk() {
  std::unique_lock lock(mu_);
  if (current_) {
    free_.push_back(std::move(current_));
    cv_.notify_all();
  }
  cv_.wait(lock, [&] { return !ready_.empty() || producer_done_; });
  if (ready_.empty()) {
    status_ = producer_status_;
    return false;
  }
  current_ = std::move(ready_.front());
  ready_.pop_front();
  decoded_bytes_ += current_->size;
  pos_ = 0;
  return true;
}

bool LineReader::Next(std::string_view* line) {
  if (eof_) return false;
  assembled_.clear();
  bool spanning = false;
  for (;;) {
    if (!current_ || pos_ >= current_->size) {
      if (!NextChunk()) {
        eof_ = true;
        if (!status_.ok() || !spanning) return false;
        break;  // last line without a final newline
      }
    }
    const char* begin = current_->data.data() + pos_;
    const size_t avail = current_->size - pos_;
    const void* nl = std::memchr(begin, '\n', avail);
    if (nl != nullptr) {
      const size_t len = static_cast<const char*>(nl) - begin;
      pos_ += len + 1;
      if (!spanning) {
        *line = std::string_view(begin, len);
        ++line_number_;
        if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
        return true;
      }
      assembled_.append(begin, len);
      break;
    }
    assembled_.append(begin, avail);
    spanning = true;
    pos_ = current_->size;
  }
  ++line_number_;
  *line = assembled_;
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  return true;
}

}  // namespace factlens
