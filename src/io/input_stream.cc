#include "io/input_stream.h"

#include <bzlib.h>
#include <fcntl.h>
#include <isa-l/igzip_lib.h>
#include <lzma.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace factlens {
namespace {

constexpr size_t kRawBuffer = 1 << 20;

// The compressed bytes: a file descriptor with a refillable buffer.
class RawSource {
 public:
  RawSource(int fd, std::string path) : fd_(fd), path_(std::move(path)), buf_(kRawBuffer) {
    struct stat st;
    if (fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<uint64_t>(st.st_size);
  }
  ~RawSource() {
    if (fd_ > 0) close(fd_);
  }
  // Makes at least one unread byte available unless at end of file.
  Status Fill() {
    if (pos_ < end_) return Status::Ok();
    pos_ = end_ = 0;
    for (;;) {
      const ssize_t n = read(fd_, buf_.data(), buf_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return Status::IoError(path_ + ": read failed: " + std::strerror(errno));
      end_ = static_cast<size_t>(n);
      consumed_ += end_;
      return Status::Ok();
    }
  }
  bool empty() const { return pos_ >= end_; }
  uint8_t* data() { return reinterpret_cast<uint8_t*>(buf_.data()) + pos_; }
  size_t available() const { return end_ - pos_; }
  void Advance(size_t n) { pos_ += n; }
  // Peeks up to n bytes without consuming (only within the current buffer after Fill).
  uint64_t consumed() const { return consumed_ - (end_ - pos_); }
  uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }

 private:
  int fd_;
  std::string path_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  uint64_t consumed_ = 0, size_ = 0;
};

class StreamBase : public InputStream {
 public:
  explicit StreamBase(std::unique_ptr<RawSource> src) : src_(std::move(src)) {}
  uint64_t raw_bytes_read() const override { return src_->consumed(); }
  uint64_t file_size() const override { return src_->size(); }

 protected:
  Status Corrupt(const std::string& what) const {
    return Status::Corruption(src_->path() + ": " + what + " (at compressed byte " +
                              std::to_string(src_->consumed()) + ")");
  }
  std::unique_ptr<RawSource> src_;
};

class PlainStream : public StreamBase {
 public:
  using StreamBase::StreamBase;
  const char* encoding() const override { return "plain"; }
  Result<size_t> Read(char* buf, size_t n) override {
    if (Status s = src_->Fill(); !s.ok()) return s;
    const size_t k = std::min(n, src_->available());
    std::memcpy(buf, src_->data(), k);
    src_->Advance(k);
    return k;
  }
};

// Skips zero padding between or after members (tar-like writers pad); anything else that is
// not a new member is an error rather than silently dropped data.
Result<bool> NextMemberFollows(RawSource& src, const uint8_t* magic, size_t magic_len) {
  for (;;) {
    if (Status s = src.Fill(); !s.ok()) return s;
    if (src.empty()) return false;
    if (src.data()[0] != 0) break;
    src.Advance(1);
  }
  // The magic bytes may straddle a buffer boundary only in pathological files; we require
  // the first byte to match and let the decoder validate the rest.
  (void)magic_len;
  return src.data()[0] == magic[0];
}

class GzipStream : public StreamBase {
 public:
  explicit GzipStream(std::unique_ptr<RawSource> src) : StreamBase(std::move(src)) {
    isal_inflate_init(&state_);
    state_.crc_flag = ISAL_GZIP;
  }
  const char* encoding() const override { return "gzip"; }
  Result<size_t> Read(char* buf, size_t n) override {
    static constexpr uint8_t kMagic[] = {0x1f, 0x8b};
    while (!done_) {
      if (state_.block_state == ISAL_BLOCK_FINISH) {
        Result<bool> more = NextMemberFollows(*src_, kMagic, 2);
        if (!more.ok()) return more.status();
        if (!*more) {
          if (!src_->empty()) return Corrupt("trailing garbage after gzip data");
          done_ = true;
          break;
        }
        isal_inflate_reset(&state_);
        state_.crc_flag = ISAL_GZIP;
      }
      if (Status s = src_->Fill(); !s.ok()) return s;
      if (src_->empty()) return Corrupt("gzip data is truncated");
      state_.next_in = src_->data();
      state_.avail_in = static_cast<uint32_t>(src_->available());
      state_.next_out = reinterpret_cast<uint8_t*>(buf);
      state_.avail_out = static_cast<uint32_t>(std::min<size_t>(n, 1u << 30));
      const int ret = isal_inflate(&state_);
      src_->Advance(src_->available() - state_.avail_in);
      if (ret != ISAL_DECOMP_OK) return Corrupt("invalid gzip data (ISA-L error " + std::to_string(ret) + ")");
      const size_t produced = n - state_.avail_out;
      if (produced > 0) return produced;
    }
    return size_t{0};
  }

 private:
  inflate_state state_;
  bool done_ = false;
};

class Bzip2Stream : public StreamBase {
 public:
  explicit Bzip2Stream(std::unique_ptr<RawSource> src) : StreamBase(std::move(src)) { Init(); }
  ~Bzip2Stream() override { BZ2_bzDecompressEnd(&bz_); }
  const char* encoding() const override { return "bzip2"; }
  Result<size_t> Read(char* buf, size_t n) override {
    static constexpr uint8_t kMagic[] = {'B', 'Z', 'h'};
    while (!done_) {
      if (stream_end_) {
        Result<bool> more = NextMemberFollows(*src_, kMagic, 3);
        if (!more.ok()) return more.status();
        if (!*more) {
          if (!src_->empty()) return Corrupt("trailing garbage after bzip2 data");
          done_ = true;
          break;
        }
        BZ2_bzDecompressEnd(&bz_);
        Init();
      }
      if (Status s = src_->Fill(); !s.ok()) return s;
      if (src_->empty()) return Corrupt("bzip2 data is truncated");
      bz_.next_in = reinterpret_cast<char*>(src_->data());
      bz_.avail_in = static_cast<unsigned>(src_->available());
      bz_.next_out = buf;
      bz_.avail_out = static_cast<unsigned>(std::min<size_t>(n, 1u << 30));
      const int ret = BZ2_bzDecompress(&bz_);
      src_->Advance(src_->available() - bz_.avail_in);
      if (ret == BZ_STREAM_END) stream_end_ = true;
      else if (ret != BZ_OK) return Corrupt("invalid bzip2 data (libbz2 error " + std::to_string(ret) + ")");
      const size_t produced = n - bz_.avail_out;
      if (produced > 0) return produced;
    }
    return size_t{0};
  }

 private:
  void Init() {
    std::memset(&bz_, 0, sizeof bz_);
    BZ2_bzDecompressInit(&bz_, 0, 0);
    stream_end_ = false;
  }
  bz_stream bz_;
  bool stream_end_ = false, done_ = false;
};

class XzStream : public StreamBase {
 public:
  explicit XzStream(std::unique_ptr<RawSource> src) : StreamBase(std::move(src)) {
    init_ = lzma_stream_decoder(&lz_, UINT64_MAX, LZMA_CONCATENATED);
  }
  ~XzStream() override { lzma_end(&lz_); }
  const char* encoding() const override { return "xz"; }
  Result<size_t> Read(char* buf, size_t n) override {
    if (init_ != LZMA_OK) return Corrupt("cannot initialise the xz decoder");
    while (!done_) {
      if (Status s = src_->Fill(); !s.ok()) return s;
      const lzma_action action = src_->empty() ? LZMA_FINISH : LZMA_RUN;
      lz_.next_in = src_->data();
      lz_.avail_in = src_->available();
      lz_.next_out = reinterpret_cast<uint8_t*>(buf);
      lz_.avail_out = n;
      const lzma_ret ret = lzma_code(&lz_, action);
      src_->Advance(src_->available() - lz_.avail_in);
      if (ret == LZMA_STREAM_END) done_ = true;
      else if (ret != LZMA_OK) return Corrupt(action == LZMA_FINISH ? "xz data is truncated" : "invalid xz data");
      const size_t produced = n - lz_.avail_out;
      if (produced > 0) return produced;
    }
    return size_t{0};
  }

 private:
  lzma_stream lz_ = LZMA_STREAM_INIT;
  lzma_ret init_ = LZMA_OK;
  bool done_ = false;
};

class ZstdStream : public StreamBase {
 public:
  explicit ZstdStream(std::unique_ptr<RawSource> src)
      : StreamBase(std::move(src)), ctx_(ZSTD_createDCtx()) {}
  ~ZstdStream() override { ZSTD_freeDCtx(ctx_); }
  const char* encoding() const override { return "zstd"; }
  Result<size_t> Read(char* buf, size_t n) override {
    for (;;) {
      if (Status s = src_->Fill(); !s.ok()) return s;
      if (src_->empty()) {
        if (pending_ != 0) return Corrupt("zstd data is truncated");
        return size_t{0};
      }
      ZSTD_inBuffer in{src_->data(), src_->available(), 0};
      ZSTD_outBuffer out{buf, n, 0};
      pending_ = ZSTD_decompressStream(ctx_, &out, &in);  // frames concatenate naturally
      src_->Advance(in.pos);
      if (ZSTD_isError(pending_)) return Corrupt(std::string("invalid zstd data: ") + ZSTD_getErrorName(pending_));
      if (out.pos > 0) return out.pos;
    }
  }

 private:
  ZSTD_DCtx* ctx_;
  size_t pending_ = 0;
};

}  // namespace

Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path) {
  const int fd = path == "-" ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    return Status::InvalidArgument(path + ": is a directory");
  }
  auto src = std::make_unique<RawSource>(fd, path == "-" ? "<stdin>" : path);
  if (Status s = src->Fill(); !s.ok()) return s;
  const uint8_t* m = src->data();
  const size_t k = src->available();
  auto starts = [&](std::initializer_list<uint8_t> magic) {
    if (k < magic.size()) return false;
    return std::memcmp(m, magic.begin(), magic.size()) == 0;
  };
  std::unique_ptr<InputStream> out;
  if (starts({0x1f, 0x8b})) out = std::make_unique<GzipStream>(std::move(src));
  else if (starts({'B', 'Z', 'h'})) out = std::make_unique<Bzip2Stream>(std::move(src));
  else if (starts({0xfd, '7', 'z', 'X', 'Z', 0x00})) out = std::make_unique<XzStream>(std::move(src));
  else if (starts({0x28, 0xb5, 0x2f, 0xfd})) out = std::make_unique<ZstdStream>(std::move(src));
  else out = std::make_unique<PlainStream>(std::move(src));
  return out;
}

}  // namespace factlens
