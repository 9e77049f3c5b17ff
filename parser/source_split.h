#pragma once
/// Source files -> statements: splitting, parsing one statement, and byte offset -> line:column.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/object_id.h"
#include "parser/parser.h"
#include "parser/pg_tree.h"

namespace schemaplan::parser {

/// Byte offset -> 1-based line and byte column, for one file.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  /// The span of byte `offset` of `file`.
  SourceSpan span(const std::string& file, size_t offset) const;

 private:
  std::vector<size_t> starts_;  // offset of the first byte of each line
};

/// One statement of a file, as found by libpg_query's splitter.
struct StatementText {
  size_t offset = 0;  ///< byte offset of `text` in the file (it may begin with blanks and comments)
  size_t start = 0;   ///< byte offset of the statement's first token in the file
  std::string text;   ///< the statement without its terminating semicolon
};

/// Throws DiagnosticError "encoding-error" at the first byte of `file` that is not well-formed UTF-8, or is NUL:
/// PostgreSQL would refuse the statement holding it (or, for a NUL, never see the text after it), and a binary
/// file given by mistake is caught at its first such byte.
void check_encoding(const SourceFile& file, const LineIndex& lines);

/// Splits a file into statements, skipping empty ones. Throws DiagnosticError "parse-error" (with the
/// position libpg_query reports) when the file does not parse.
std::vector<StatementText> split_statements(const SourceFile& file, const LineIndex& lines);

/// Parses one statement into `arena` and returns its tree. Throws DiagnosticError "parse-error".
Node* parse_statement(TreeArena& arena, const SourceFile& file, const LineIndex& lines, const StatementText& st);

/// One statement of a file and its tree.
struct ParsedStatement {
  StatementText text;
  Node* tree = nullptr;
};

/// What split_statements() and parse_statement() give for `file` when it parses, found with libpg_query's
/// scanner instead of a first full parse of the file (which was ~9% of reading a large schema); nullopt, with
/// nothing reported, whenever the result could differ from theirs or the file does not parse: the caller then
/// takes that path, which reports the error. Trees of a nullopt attempt stay in `arena` unused.
std::optional<std::vector<ParsedStatement>> parse_split_by_scanner(TreeArena& arena, const SourceFile& file);

/// The offset of the first byte at or after `pos` that is neither whitespace nor inside a comment.
size_t skip_blanks(std::string_view text, size_t pos);

/// A sentence to append to a syntax error at byte `offset` of `text` when the text there looks like syntax
/// PostgreSQL 15 does not have (or a psql meta-command); "" otherwise.
std::string syntax_hint(std::string_view text, size_t offset);

}  // namespace schemaplan::parser
