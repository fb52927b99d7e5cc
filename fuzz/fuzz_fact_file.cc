// libFuzzer target: a curated fact file. Errors are reported, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kb/fact_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factlens::FactFileSet set;
  set.AddText("fuzz.facts", std::string_view(reinterpret_cast<const char*>(data), size));
  (void)set.Finish();
  return 0;
}
