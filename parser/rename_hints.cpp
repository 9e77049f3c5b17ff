// Rename hints: `-- schemaplan:renamed-from OLD_NAME` comments (model/rename_hint.h).
//
// The comment belongs to the definition on its own line when code precedes it there, else to the next line
// that holds code. Of the definitions that start on that line (a column and its inline constraints, a table and
// its first column, ...) the hint names the first one, so write one definition per line when it matters:
//   CREATE TABLE accounts (  -- schemaplan:renamed-from users         (the table)
//     email text UNIQUE,     -- schemaplan:renamed-from mail          (the column, not its UNIQUE)
// OLD_NAME is an identifier as SQL writes it: folded to lower case unless double-quoted. A hint that names no
// definition is an error, so a typo does not silently turn a rename into a drop and an add.
//
// Comments are found by libpg_query's scanner, as the server sees them: `-- schemaplan:renamed-from` inside a
// string or a quoted name is not a hint. A line that begins inside a token (a quoted name or string holding a
// line break) continues the line where that token began: a definition written on one line stays on one line
// even when a name in it holds a newline.
#include <algorithm>
#include <cctype>
#include <optional>

#include "model/diagnostic.h"
#include "parser/parser.h"
#include "parser/pg_tree.h"
#include "parser/source_split.h"

namespace schemaplan::parser {
namespace {

constexpr std::string_view kMarker = "schemaplan:renamed-from";

struct Candidate {
  SourceSpan span;
  ObjectId id;
};

struct Token {
  size_t start, end;
  bool comment;  ///< a `--` comment (SQL_COMMENT)
};

/// The file's tokens in order, from libpg_query's scanner. The file parsed already, so the scanner accepts it;
/// if it did not, its message is a parse error like the parser's.
std::vector<Token> scan(const SourceFile& f, const LineIndex& lines) {
  PgQueryScanResult r = pg_query_scan(f.text.c_str());
  if (r.error) {
    std::string message = r.error->message;
    size_t at = r.error->cursorpos > 0 ? static_cast<size_t>(r.error->cursorpos) - 1 : 0;
    pg_query_free_scan_result(r);
    fail("parse-error", message, lines.span(f.path, std::min(at, f.text.size())), f.text);
  }
  PgQuery__ScanResult* result =
      pg_query__scan_result__unpack(nullptr, r.pbuf.len, reinterpret_cast<const uint8_t*>(r.pbuf.data));
  std::vector<Token> out;
  for (size_t i = 0; result && i < result->n_tokens; ++i) {
    const PgQuery__ScanToken* t = result->tokens[i];
    if (t->token == PG_QUERY__TOKEN__C_COMMENT) continue;
    out.push_back({static_cast<size_t>(t->start), static_cast<size_t>(t->end), t->token == PG_QUERY__TOKEN__SQL_COMMENT});
  }
  if (result) pg_query__scan_result__free_unpacked(result, nullptr);
  pg_query_free_scan_result(r);
  return out;
}

/// The identifier after the marker: `"Quoted ""x"""` or a bare word folded to lower case.
std::optional<std::string> old_name(const std::string& rest) {
  size_t i = rest.find_first_not_of(" \t");
  if (i == std::string::npos) return std::nullopt;
  std::string out;
  if (rest[i] == '"') {
    for (++i; i < rest.size(); ++i) {
      if (rest[i] == '"') {
        if (i + 1 < rest.size() && rest[i + 1] == '"') {
          out += '"';
          ++i;
          continue;
        }
        return out.empty() ? std::nullopt : std::optional<std::string>(out);
      }
      out += rest[i];
    }
    return std::nullopt;
  }
  while (i < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[i])) || rest[i] == '_' || rest[i] == '$'))
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(rest[i++])));
  return out.empty() ? std::nullopt : std::optional<std::string>(out);
}

std::vector<Candidate> candidates(const Catalog& cat) {
  std::vector<Candidate> out;
  for (const auto& t : cat.tables) {
    out.push_back({t.meta.span, t.id()});
    for (const auto& c : t.columns) out.push_back({c.meta.span, {ObjectKind::Column, t.schema, c.name, t.name, ""}});
    for (const auto& k : t.constraints)
      out.push_back({k.meta.span, {ObjectKind::Constraint, t.schema, k.name, t.name, ""}});
  }
  for (const auto& i : cat.indexes) out.push_back({i.meta.span, i.id()});
  return out;
}

}  // namespace

void read_rename_hints(const std::vector<SourceFile>& files, Catalog& cat) {
  // Every table, column, constraint and index as a candidate, listed only once a file holds a hint: most
  // projects have none, and listing them (with their spans) was ~2% of reading 10,000 tables.
  std::vector<Candidate> all;
  bool listed = false;
  for (const auto& f : files) {
    if (f.text.find(kMarker) == std::string::npos) continue;  // most files: no need to scan them
    if (!listed) all = candidates(cat), listed = true;
    LineIndex lines(f.text);
    auto line_of = [&](size_t offset) { return lines.span(f.path, offset).line; };
    const std::vector<Token> tokens = scan(f, lines);
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (!tokens[k].comment) continue;
      std::string_view comment = std::string_view(f.text).substr(tokens[k].start, tokens[k].end - tokens[k].start);
      size_t at = comment.find(kMarker);
      if (at == std::string_view::npos) continue;
      size_t dash = comment.rfind("--", at);
      SourceSpan hint_span = lines.span(f.path, tokens[k].start + (dash == std::string_view::npos ? 0 : dash));
      auto old = old_name(std::string(comment.substr(at + kMarker.size())));
      if (!old) fail("rename-hint", "expected a name after schemaplan:renamed-from", hint_span, f.text);
      // The hint's line when code precedes it there, else the line of the next code.
      int target = 0;
      if (k > 0 && !tokens[k - 1].comment && tokens[k - 1].end > 0 && line_of(tokens[k - 1].end - 1) == hint_span.line) {
        target = hint_span.line;
      } else {
        for (size_t j = k + 1; j < tokens.size() && !target; ++j)
          if (!tokens[j].comment) target = line_of(tokens[j].start);
      }
      // A line that begins inside a token continues the line where the token began.
      for (bool moved = true; moved && target > 0;) {
        moved = false;
        for (const auto& t : tokens)
          if (t.start < t.end && line_of(t.start) < target && line_of(t.end - 1) >= target) {
            target = line_of(t.start);
            moved = true;
            break;
          }
      }
      const Candidate* best = nullptr;
      for (const auto& c : all)
        if (c.span.file == f.path && c.span.line == target && (!best || c.span.column < best->span.column))
          best = &c;
      if (!best)
        fail("rename-hint", "schemaplan:renamed-from names no table, column, index or constraint definition", hint_span, f.text);
      cat.renames.push_back({best->id, *old, hint_span});
    }
  }
  std::sort(cat.renames.begin(), cat.renames.end(), [](const RenameHint& a, const RenameHint& b) { return a.id < b.id; });
}

}  // namespace schemaplan::parser
