// Reading input files whatever their compression: gzip (ISA-L), bzip2, xz, zstd or plain,
// detected by magic bytes, concatenated streams included (as pbzip2/pigz/bgzip write them).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "util/status.h"

namespace factlens {

class InputStream {
 public:
  virtual ~InputStream() = default;
  // Reads up to n decoded bytes; 0 means end of input. A decoding error is a Status.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // Bytes consumed from the underlying file so far (for progress against file_size()).
  virtual uint64_t raw_bytes_read() const = 0;
  // Size of the underlying file, 0 when unknown (a pipe).
  virtual uint64_t file_size() const = 0;
  virtual const char* encoding() const = 0;  // "gzip", "bzip2", "xz", "zstd", "plain"
};

// Opens `path` ("-" for standard input) and picks the decoder from the first bytes.
Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path);

}  // namespace factlens
