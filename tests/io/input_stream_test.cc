#include "io/input_stream.h"

#include <gtest/gtest.h>

#include "io/line_reader.h"
#include "testing.h"

namespace factlens {

using namespace factlens::testing;

static Result<std::string> DecodeAll(const std::string& path) {
  Result<std::unique_ptr<InputStream>> in = OpenInput(path);
  if (!in.ok()) return in.status();
  std::string out;
  char buf[65536];
  for (;;) {
    Result<size_t> n = (*in)->Read(buf, sizeof buf);
    if (!n.ok()) return n.status();
    if (*n == 0) return out;
    out.append(buf, *n);
  }
}

TEST(InputStream, RealSampleDecodesIdenticallyInEveryEncoding) {
  REQUIRE_SHARED();
  auto plain = DecodeAll(SharedPath("data/wikidata/sample-dump.json"));
  auto gz = DecodeAll(SharedPath("data/wikidata/sample-dump.json.gz"));
  auto bz = DecodeAll(SharedPath("data/wikidata/sample-dump.json.bz2"));
  ASSERT_TRUE(plain.ok() && gz.ok() && bz.ok());
  EXPECT_GT(plain->size(), 1000000u);
  EXPECT_EQ(*plain, *gz);
  EXPECT_EQ(*plain, *bz);
}

TEST(InputStream, ConcatenatedStreamsAreReadToTheEnd) {
  const std::string dir = TempDir();
  const std::string a(300000, 'a'), b = "second member\n";
  WriteFile(dir + "/multi.gz", Gzip(a) + Gzip(b));
  WriteFile(dir + "/multi.bz2", Bzip2(a) + Bzip2(b));
  EXPECT_EQ(*DecodeAll(dir + "/multi.gz"), a + b);
  EXPECT_EQ(*DecodeAll(dir + "/multi.bz2"), a + b);
}

TEST(InputStream, TruncatedCompressedInputIsAnError) {
  const std::string dir = TempDir();
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\n";
  const std::string gz = Gzip(text), bz = Bzip2(text);
  WriteFile(dir + "/cut.gz", gz.substr(0, gz.size() / 2));
  WriteFile(dir + "/cut.bz2", bz.substr(0, bz.size() / 2));
  auto g = DecodeAll(dir + "/cut.gz");
  auto z = DecodeAll(dir + "/cut.bz2");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("truncated"), std::string::npos) << g.status().message();
  ASSERT_FALSE(z.ok());
  EXPECT_NE(z.status().message().find("truncated"), std::string::npos) << z.status().message();
}

TEST(InputStream, CorruptGzipIsAnError) {
  const std::string dir = TempDir();
  std::string gz = Gzip(std::string(100000, 'x') + "tail");
  for (size_t i = 20; i < gz.size() - 10; i += 7) gz[i] = static_cast<char>(gz[i] ^ 0x5a);
  WriteFile(dir + "/bad.gz", gz);
  EXPECT_FALSE(DecodeAll(dir + "/bad.gz").ok());
}

TEST(InputStream, XzAndZstdAreDetected) {
  const std::string dir = TempDir();
  WriteFile(dir + "/t.txt", "hello xz and zstd\n");
  ASSERT_EQ(std::system(("xz -k " + dir + "/t.txt && zstd -q " + dir + "/t.txt").c_str()), 0);
  auto x = DecodeAll(dir + "/t.txt.xz");
  auto z = DecodeAll(dir + "/t.txt.zst");
  ASSERT_TRUE(x.ok() && z.ok());
  EXPECT_EQ(*x, "hello xz and zstd\n");
  EXPECT_EQ(*z, "hello xz and zstd\n");
}

TEST(InputStream, MissingFileAndDirectoryAreClearErrors) {
  auto missing = OpenInput("/nonexistent/file.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("cannot open"), std::string::npos);
  auto dir = OpenInput("/tmp");
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("directory"), std::string::npos);
}

TEST(LineReader, SplitsLinesAcrossChunkBoundaries) {
  const std::string dir = TempDir();
  std::string text;
  std::vector<std::string> expected;
  // Lines of varied length, several spanning the reader's 8 MiB chunks, one without a final '\n'.
  for (int i = 0; i < 40; ++i) {
    std::string line(static_cast<size_t>((i * 7919) % 1000000), static_cast<char>('a' + i % 26));
    expected.push_back(line);
    text += line + (i % 3 == 0 ? "\r\n" : "\n");
  }
  expected.push_back("last");
  text += "last";
  WriteFile(dir + "/lines.gz", Gzip(text));
  auto in = OpenInput(dir + "/lines.gz");
  ASSERT_TRUE(in.ok());
  LineReader reader(std::move(*in));
  std::string_view line;
  std::vector<std::string> got;
  while (reader.Next(&line)) got.emplace_back(line);
  EXPECT_TRUE(reader.status().ok());
  EXPECT_EQ(got, expected);
  EXPECT_EQ(reader.line_number(), expected.size());
}

}  // namespace factlens
