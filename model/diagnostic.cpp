#include "model/diagnostic.h"

namespace schemaplan {

std::string format_diagnostic(const Diagnostic& d, const std::string& source) {
  const char* sev = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
  std::string out;
  if (!d.span.file.empty()) {
    out += d.span.file;
    if (d.span.known()) out += ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column);
    out += ": ";
  }
  out += sev;
  out += ": ";
  out += d.message;
  out += '\n';
  if (!d.span.known() || source.empty()) return out;
  // Find the line the span points at.
  size_t pos = 0;
  for (int l = 1; l < d.span.line && pos != std::string::npos; ++l) {
    pos = source.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
  if (pos == std::string::npos || pos > source.size()) return out;
  size_t end = source.find('\n', pos);
  std::string line = source.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  out += line + '\n';
  // Keep tabs so the caret lines up under tab-indented source.
  std::string pad;
  for (int i = 0; i + 1 < d.span.column && i < static_cast<int>(line.size()); ++i) pad += line[i] == '\t' ? '\t' : ' ';
  out += pad + "^\n";
  return out;
}

void fail(std::string code, std::string message, SourceSpan span, std::string source) {
  throw DiagnosticError(Diagnostic{Severity::Error, std::move(code), std::move(message), std::move(span)},
                        std::move(source));
}

}  // namespace schemaplan
