// libFuzzer target: one line of a Wikidata dump. It must parse or be rejected, never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kb/wikidata_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static factlens::WikidataEntityParser parser({});
  factlens::Entity entity;
  bool keep = false;
  (void)parser.Parse(std::string_view(reinterpret_cast<const char*>(data), size), &entity, &keep);
  return 0;
}
