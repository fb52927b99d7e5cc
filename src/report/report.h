// Writing check results: human-readable text, and JSON (doc/report-format.md).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "check/document_checker.h"

namespace factlens {

nlohmann::json ReportJson(const DocumentReport& report);
void WriteTextReport(const DocumentReport& report, bool colour, std::ostream& out);

}  // namespace factlens
