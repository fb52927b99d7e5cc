// libFuzzer target: an article (text or HTML) checked against the starter knowledge base.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/document_checker.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto kb = factlens::KnowledgeBase::Open(FACTLENS_STARTER_KB);
  if (!kb.ok()) __builtin_trap();
  auto doc = factlens::MakeDocument("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  static const factlens::DocumentChecker checker(**kb);
  (void)checker.Check(std::move(*doc), factlens::Date::Day(2023, 3, 15));
  return 0;
}
