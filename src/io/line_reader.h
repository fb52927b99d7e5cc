// Splits a decoded input into lines. Decoding runs on its own thread, a few chunks ahead, so
// that decompression and parsing overlap on two cores while memory stays bounded.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "io/input_stream.h"

namespace factlens {

class LineReader {
 public:
  static constexpr size_t kChunkSize = 8 << 20;
  static constexpr size_t kChunksInFlight = 4;

  explicit LineReader(std::unique_ptr<InputStream> input);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its '\n' (and without a trailing '\r'); valid until the next call.
  // Returns false at the end of input or on a read error (see status()).
  bool Next(std::string_view* line);
  uint64_t line_number() const { return line_number_; }
  const Status& status() const { return status_; }
  uint64_t raw_bytes_read() const { return raw_bytes_.load(std::memory_order_relaxed); }
  uint64_t file_size() const { return file_size_; }
  uint64_t decoded_bytes() const { return decoded_bytes_; }

 private:
  struct Chunk {
    std::vector<char> data;
    size_t size = 0;
  };
  void Produce();
  bool NextChunk();  // replaces current_ with the next decoded chunk; false at end

  std::unique_ptr<InputStream> input_;
  uint64_t file_size_;
  std::thread producer_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::unique_ptr<Chunk>> ready_, free_;
  bool producer_done_ = false, stop_ = false;
  Status producer_status_;
  std::atomic<uint64_t> raw_bytes_{0};

  std::unique_ptr<Chunk> current_;
  size_t pos_ = 0;
  std::string assembled_;  // a line that spans chunks
  uint64_t line_number_ = 0;
  uint64_t decoded_bytes_ = 0;
  bool eof_ = false;
  Status status_;
};

}  // namespace factlens
