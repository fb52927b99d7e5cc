// libFuzzer target: a knowledge base file, opened without the checksum (as large files are)
// and queried. Corruption must be reported, never crash.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "kb/knowledge_base.h"
#include "kb/queries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/factlens-fuzz-" + std::to_string(getpid()) + ".kb";
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto kb = factlens::KnowledgeBase::Open(path, factlens::KnowledgeBase::Verify::kNever);
  if (!kb.ok()) return 0;
  factlens::Entity e;
  (void)factlens::ResolveEntity(**kb, "Piotr Hofmanski", true, &e);
  (void)factlens::HoldersAt(**kb, "fl:icc_president", factlens::Date::Day(2023, 3, 15));
  const auto& names = (*kb)->names();
  for (uint64_t i = 0; i < names.size() && i < 64; ++i)
    for (uint64_t off : names.Postings(i)) (void)(*kb)->EntityAt(off, &e);
  return 0;
}
