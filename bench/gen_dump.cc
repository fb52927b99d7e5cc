// Writes a synthetic Wikidata dump in the real layout (`[`, one entity per line followed by
// `,`, `]`), gzip-compressed with ISA-L, for benchmarking `kb build` at scale. Entities have
// the shape of real ones: labels, descriptions and aliases in several languages, statements
// with qualifiers and references, sitelinks; a mix of people with positions and other items.
#include <isa-l/igzip_lib.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

const char* kLanguages[] = {"en", "de", "fr", "es", "it", "ru", "ja", "zh", "pt", "nl", "pl", "sv", "uk", "ar"};
const char* kWords[] = {"north", "river", "council", "minister", "state", "union", "national", "party",
                        "court", "bank", "province", "district", "saint", "new", "port", "lake"};

class GzipWriter {
 public:
  explicit GzipWriter(FILE* out) : out_(out), buf_(1 << 20) {
    isal_deflate_init(&z_);
    z_.gzip_flag = IGZIP_GZIP;
    z_.level = 1;
    level_buf_.resize(ISAL_DEF_LVL1_DEFAULT);
    z_.level_buf = level_buf_.data();
    z_.level_buf_size = static_cast<uint32_t>(level_buf_.size());
  }
  void Write(const std::string& s, bool last = false) {
    z_.next_in = reinterpret_cast<uint8_t*>(const_cast<char*>(s.data()));
    z_.avail_in = static_cast<uint32_t>(s.size());
    z_.end_of_stream = last ? 1 : 0;
    z_.flush = NO_FLUSH;
    do {
      z_.next_out = buf_.data();
      z_.avail_out = static_cast<uint32_t>(buf_.size());
      isal_deflate(&z_);
      fwrite(buf_.data(), 1, buf_.size() - z_.avail_out, out_);
    } while (z_.avail_in > 0 || (last && z_.internal_state.state != ZSTATE_END));
  }

 private:
  FILE* out_;
  isal_zstream z_;
  std::vector<uint8_t> buf_, level_buf_;
};

std::string Time(int y, int m, int d, int precision) {
  char b[256];
  std::snprintf(b, sizeof b,
                "{\"time\":\"+%04d-%02d-%02dT00:00:00Z\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":%d,"
                "\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"}",
                y, m, d, precision);
  return b;
}

std::string ItemSnak(const char* prop, uint64_t q, const char* hash) {
  return std::string("{\"snaktype\":\"value\",\"property\":\"") + prop + "\",\"hash\":\"" + hash +
         "\",\"datavalue\":{\"value\":{\"entity-type\":\"item\",\"numeric-id\":" + std::to_string(q) +
         ",\"id\":\"Q" + std::to_string(q) + "\"},\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"}";
}

std::string TimeSnak(const char* prop, const std::string& time) {
  return std::string("{\"snaktype\":\"value\",\"property\":\"") + prop +
         "\",\"hash\":\"f1701d89eb5bca4464dc8f21243fe40f34807be3\",\"datavalue\":{\"value\":" + time +
         ",\"type\":\"time\"},\"datatype\":\"time\"}";
}

std::string Reference() {
  return "[{\"hash\":\"fa278ebfc458360e5aed63d5058cca83c46134f1\",\"snaks\":{\"P143\":[" +
         ItemSnak("P143", 328, "e4f6d9441d0600513c4533c672b5ab472dc73694") +
         "],\"P854\":[{\"snaktype\":\"value\",\"property\":\"P854\",\"datavalue\":{\"value\":\"https://example.org/ref\","
         "\"type\":\"string\"},\"datatype\":\"url\"}]},\"snaks-order\":[\"P143\",\"P854\"]}]";
}

std::string Statement(uint64_t id, int n, const std::string& mainsnak, const std::string& qualifiers) {
  std::string s = "{\"mainsnak\":" + mainsnak + ",\"type\":\"statement\"";
  if (!qualifiers.empty()) s += ",\"qualifiers\":{" + qualifiers + "}";
  s += ",\"id\":\"Q" + std::to_string(id) + "$" + std::to_string(n) + "-B92-4FE7-9EA0-C66DD660B9EB\",\"rank\":\"normal\",\"references\":" +
       Reference() + "}";
  return s;
}

std::string Entity(uint64_t id, std::mt19937_64& rng) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint64_t>(n)); };
  const bool person = pick(4) == 0;
  std::string name = std::string(kWords[pick(16)]) + " " + kWords[pick(16)] + " " + std::to_string(id % 100000);
  name[0] = static_cast<char>(name[0] - 32);
  const int langs = 2 + pick(12);
  std::string e = "{\"pageid\":" + std::to_string(id + 100) + ",\"ns\":0,\"title\":\"Q" + std::to_string(id) +
                  "\",\"lastrevid\":2483877201,\"modified\":\"2026-04-22T11:10:36Z\",\"type\":\"item\",\"id\":\"Q" +
                  std::to_string(id) + "\",\"labels\":{";
  for (int i = 0; i < langs; ++i)
    e += std::string(i ? "," : "") + "\"" + kLanguages[i] + "\":{\"language\":\"" + kLanguages[i] + "\",\"value\":\"" + name + "\"}";
  e += "},\"descriptions\":{";
  for (int i = 0; i < langs; ++i)
    e += std::string(i ? "," : "") + "\"" + kLanguages[i] + "\":{\"language\":\"" + kLanguages[i] +
         "\",\"value\":\"" + (person ? "politician" : "place in the north of the province") + "\"}";
  e += "},\"aliases\":{\"en\":[{\"language\":\"en\",\"value\":\"" + name + " (alias)\"}]},\"claims\":{";
  int n = 0;
  e += "\"P31\":[" + Statement(id, n++, ItemSnak("P31", person ? 5 : 515 + pick(50), "a3f3b3c3"), "") + "]";
  if (person) {
    e += ",\"P569\":[" + Statement(id, n++, TimeSnak("P569", Time(1900 + pick(100), 1 + pick(12), 1 + pick(28), 11)), "") + "]";
    e += ",\"P39\":[";
    const int positions = 1 + pick(4);
    for (int i = 0; i < positions; ++i) {
      const int y = 1950 + pick(70);
      std::string q = "\"P580\":[" + TimeSnak("P580", Time(y, 1 + pick(12), 1 + pick(28), 11)) + "],\"P582\":[" +
                      TimeSnak("P582", Time(y + 1 + pick(8), 1 + pick(12), 1 + pick(28), 11)) + "]";
      e += std::string(i ? "," : "") + Statement(id, n++, ItemSnak("P39", 1000 + pick(5000), "e9ec91c7"), q);
    }
    e += "]";
  } else {
    e += ",\"P17\":[" + Statement(id, n++, ItemSnak("P17", 1 + pick(200), "b4b4b4b4"), "") + "]";
  }
  // Properties a checker does not keep, which the reader must skip quickly.
  const int other = 2 + pick(10);
  for (int i = 0; i < other; ++i) {
    const std::string prop = "P" + std::to_string(2000 + i * 37);
    e += ",\"" + prop + "\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + prop +
         "\",\"datavalue\":{\"value\":\"ext-id-" + std::to_string(rng() % 1000000) +
         "\",\"type\":\"string\"},\"datatype\":\"external-id\"},\"type\":\"statement\",\"id\":\"Q" + std::to_string(id) +
         "$X" + std::to_string(i) + "\",\"rank\":\"normal\",\"references\":" + Reference() + "}]";
  }
  e += "},\"sitelinks\":{";
  for (int i = 0; i < langs / 2; ++i)
    e += std::string(i ? "," : "") + "\"" + kLanguages[i] + "wiki\":{\"site\":\"" + kLanguages[i] + "wiki\",\"title\":\"" + name + "\",\"badges\":[]}";
  e += "}}";
  return e;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_dump ENTITIES OUTPUT.json.gz\n");
    return 2;
  }
  const uint64_t count = std::strtoull(argv[1], nullptr, 10);
  FILE* out = std::fopen(argv[2], "wb");
  if (!out) {
    std::perror(argv[2]);
    return 2;
  }
  GzipWriter gz(out);
  std::mt19937_64 rng(42);
  std::string batch = "[\n";
  for (uint64_t i = 0; i < count; ++i) {
    batch += Entity(i + 1, rng);
    batch += i + 1 < count ? ",\n" : "\n";
    if (batch.size() > (1 << 20)) {
      gz.Write(batch);
      batch.clear();
    }
  }
  batch += "]\n";
  gz.Write(batch, true);
  return std::fclose(out) == 0 ? 0 : 1;
}
