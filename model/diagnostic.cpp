#include "model/diagnostic.h"

#include <algorithm>
#include <string_view>

#include "model/utf8.h"

namespace schemaplan {
namespace {

/// At most this many bytes of the source line are echoed under a diagnostic.
constexpr size_t kEchoBytes = 160;
constexpr std::string_view kCutMarker = "...";

}  // namespace

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
  std::string_view line(source);
  line = line.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  size_t column = std::min(static_cast<size_t>(d.span.column > 0 ? d.span.column - 1 : 0), line.size());
  // A binary file or a minified dump can hold megabytes in one "line": echo a window around the column, cut
  // at character boundaries and marked, so the error stays readable and bounded.
  size_t from = 0, to = line.size();
  if (line.size() > kEchoBytes) {
    from = column > kEchoBytes / 2 ? column - kEchoBytes / 2 : 0;
    while (from > 0 && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80) --from;
    to = std::min(line.size(), from + kEchoBytes);
    while (to < line.size() && to > from && (static_cast<unsigned char>(line[to]) & 0xC0) == 0x80) --to;
  }
  std::string shown = from > 0 ? std::string(kCutMarker) : std::string();
  // Keep tabs so the caret lines up under tab-indented source; one space per character (not per byte) so it
  // lines up under non-ASCII text too.
  std::string pad(shown.size(), ' ');
  for (size_t i = from; i < to;) {
    size_t n = utf8_sequence_length(line, i);
    unsigned char c = static_cast<unsigned char>(line[i]);
    // Control characters and malformed bytes would garble the terminal: each shows as one '?'.
    bool printable = n > 1 || (n == 1 && (c >= 0x20 || c == '\t') && c != 0x7F);
    if (printable)
      shown.append(line.substr(i, n));
    else
      shown += '?';
    if (i < column) pad += c == '\t' ? '\t' : ' ';
    i += n > 0 ? n : 1;
  }
  if (to < line.size()) shown += kCutMarker;
  out += shown + '\n';
  out += pad + "^\n";
  return out;
}

void fail(std::string code, std::string message, SourceSpan span, std::string source) {
  throw DiagnosticError(Diagnostic{Severity::Error, std::move(code), std::move(message), std::move(span)},
                        std::move(source));
}

}  // namespace schemaplan
