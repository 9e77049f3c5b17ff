#pragma once
/// User-facing problems with their source spans. Errors in user input are diagnostics, never asserts.
#include <stdexcept>
#include <string>
#include <vector>

#include "model/object_id.h"

namespace schemaplan {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;     ///< short stable code, e.g. "parse-error", "unsupported-statement"
  std::string message;  ///< lower-case start, no final full stop
  SourceSpan span;      ///< may be unknown (e.g. a connection error)
};

/// Formats like ninja and compilers: `file:line:col: error: message`, then the source line and a caret
/// under the column. `source` is the full text of span.file (empty: no excerpt is printed).
std::string format_diagnostic(const Diagnostic& d, const std::string& source);

/// Thrown for a user-input problem that stops the command (the CLI prints it and exits 2).
/// `source` carries the text of the file the span points into, so the caret excerpt can be printed.
class DiagnosticError : public std::runtime_error {
 public:
  DiagnosticError(Diagnostic d, std::string source = {})
      : std::runtime_error(d.message), diag_(std::move(d)), source_(std::move(source)) {}
  const Diagnostic& diagnostic() const { return diag_; }
  const std::string& source() const { return source_; }
  std::string formatted() const { return format_diagnostic(diag_, source_); }

 private:
  Diagnostic diag_;
  std::string source_;
};

/// Shorthand to throw an error diagnostic.
[[noreturn]] void fail(std::string code, std::string message, SourceSpan span = {}, std::string source = {});

}  // namespace schemaplan
