#include "parser/source_split.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "model/diagnostic.h"
#include "model/utf8.h"

namespace schemaplan::parser {
namespace {

// pg_dump 15.18 and later wrap dumps in `\restrict KEY` / `\unrestrict KEY` psql meta-commands. They carry
// no schema, so they are blanked out (spaces, newlines kept) before splitting: offsets stay the same, so
// every line:column still points into the file as written.
std::string blank_restrict_lines(std::string text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + pos, eol - pos);
    if (line.starts_with("\\restrict ") || line.starts_with("\\unrestrict "))
      std::fill(text.begin() + static_cast<std::ptrdiff_t>(pos), text.begin() + static_cast<std::ptrdiff_t>(eol), ' ');
    pos = eol + 1;
  }
  return text;
}

// `COPY ... FROM stdin;` in a psql script is followed by its rows, up to a line `\.`: data, not SQL. The rows are
// blanked out like the lines above (the COPY statement itself stays, to be counted as a data statement).
std::string blank_copy_data(std::string text) {
  auto lower = [](std::string_view v) {
    std::string out(v);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  size_t pos = 0;
  bool in_data = false;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + pos, eol - pos);
    if (in_data) {
      if (line == "\\." || line == "\\.\r") in_data = false;
      std::fill(text.begin() + static_cast<std::ptrdiff_t>(pos), text.begin() + static_cast<std::ptrdiff_t>(eol), ' ');
    } else if (line.size() >= 5 && lower(line.substr(0, 5)) == "copy ") {  // lowering every line was ~1% of a parse
      std::string l = lower(line);
      while (!l.empty() && (l.back() == ' ' || l.back() == '\r' || l.back() == '\t')) l.pop_back();
      in_data = l.starts_with("copy ") && l.find(" from stdin") != std::string::npos && l.ends_with(";");
    } else {
      in_data = false;
    }
    pos = eol + 1;
  }
  return text;
}

// `cursorpos` is a 1-based byte offset into the string that was parsed (0 when unknown), which starts at
// byte `base` of the file.
[[noreturn]] void syntax_error(const SourceFile& file, const LineIndex& lines, std::string message, int cursorpos,
                               size_t base) {
  size_t offset = std::min(base + (cursorpos > 0 ? static_cast<size_t>(cursorpos) - 1 : 0), file.text.size());
  std::string hint = syntax_hint(file.text, offset);
  if (!hint.empty()) message += " " + hint;
  fail("parse-error", message, lines.span(file.path, offset), file.text);
}

// Words and numbers that PostgreSQL 15's grammar does not know: numbers with underscores or in hex, octal or
// binary (16), SQL/JSON constructors and IS JSON (16), JSON_TABLE and friends (17), VIRTUAL generated
// columns, WITHOUT OVERLAPS, PERIOD and NOT ENFORCED (18).
bool looks_newer(std::string_view text) {
  static const std::set<std::string> kWords = {
      "JSON_TABLE", "JSON_OBJECT", "JSON_ARRAY", "JSON_ARRAYAGG", "JSON_OBJECTAGG", "JSON_EXISTS", "JSON_QUERY",
      "JSON_VALUE", "JSON_SCALAR", "JSON_SERIALIZE", "SYSTEM_USER", "VIRTUAL", "OVERLAPS", "PERIOD", "ENFORCED"};
  std::string previous;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      size_t end = i;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_')) ++end;
      std::string_view number = text.substr(i, end - i);
      bool radix = number.size() > 2 && number[0] == '0' && std::string_view("xXoObB").find(number[1]) != std::string_view::npos;
      if (radix || number.find('_') != std::string_view::npos) return true;
      i = end;
    } else if (std::isalpha(c) || c == '_') {
      std::string word;
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
        word += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++])));
      if (kWords.count(word) && (word != "OVERLAPS" || previous == "WITHOUT")) return true;
      if (word == "JSON" && (previous == "IS" || previous == "NOT")) return true;
      previous = word;
    } else {
      ++i;
    }
  }
  return false;
}

// The text the splitters read: the file with the psql lines above blanked out.
std::string splittable_text(const SourceFile& file) { return blank_copy_data(blank_restrict_lines(file.text)); }

// Whether a protobuf parse result can nest more than kMaxTreeDepth levels. Each level below the top costs its
// parent at least two bytes (a field tag and a length) before the nested message's own bytes begin, so a result
// shorter than twice the limit cannot: tree_depth()'s walk is skipped for nearly every statement.
bool too_deep(const PgQueryProtobuf& pb) {
  return pb.len >= 2 * kMaxTreeDepth && tree_depth(pb, kMaxTreeDepth) > kMaxTreeDepth;
}

// Whether text[from, to) holds only what lies between two statements for PostgreSQL 15's lexer: its whitespace
// (space, tab, newline, carriage return, form feed), `--` comments (to a newline or carriage return), nested
// block comments, and semicolons. Anything else (a vertical tab, an unterminated comment, a stray word) is
// answered false, which only ever sends the file down the parser's path.
bool only_separators(std::string_view text, size_t from, size_t to) {
  size_t pos = from;
  while (pos < to) {
    char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';') {
      ++pos;
    } else if (text.compare(pos, 2, "--") == 0) {
      while (pos < to && text[pos] != '\n' && text[pos] != '\r') ++pos;
    } else if (text.compare(pos, 2, "/*") == 0) {
      int depth = 0;
      while (true) {
        if (pos + 1 >= to) return false;  // unterminated within the range
        if (text.compare(pos, 2, "/*") == 0) {
          ++depth;
          pos += 2;
        } else if (text.compare(pos, 2, "*/") == 0) {
          pos += 2;
          if (--depth == 0) break;
        } else {
          ++pos;
        }
      }
    } else {
      return false;
    }
  }
  return pos == to;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

SourceSpan LineIndex::span(const std::string& file, size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  size_t line = static_cast<size_t>(it - starts_.begin());  // >= 1 because starts_[0] == 0
  return SourceSpan{file, static_cast<int>(line), static_cast<int>(offset - starts_[line - 1] + 1)};
}

void check_encoding(const SourceFile& file, const LineIndex& lines) {
  size_t bad = first_bad_utf8(file.text);
  if (bad == std::string_view::npos) return;
  unsigned char c = static_cast<unsigned char>(file.text[bad]);
  if (c == 0)
    fail("encoding-error", "NUL byte: a SQL file is text, and this looks like a binary file", lines.span(file.path, bad),
         file.text);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", c);
  fail("encoding-error",
       std::string("byte ") + hex +
           " is not valid UTF-8: SQL files are read as UTF-8 (convert a Latin-1 file with `iconv -f LATIN1 -t UTF-8`)",
       lines.span(file.path, bad), file.text);
}

size_t skip_blanks(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (std::isspace(c)) {
      ++pos;
    } else if (text.substr(pos, 2) == "--") {
      size_t eol = text.find('\n', pos);
      pos = eol == std::string_view::npos ? text.size() : eol + 1;
    } else if (text.substr(pos, 2) == "/*") {
      // PostgreSQL's block comments nest.
      int depth = 0;
      while (pos < text.size()) {
        if (text.substr(pos, 2) == "/*") {
          ++depth;
          pos += 2;
        } else if (text.substr(pos, 2) == "*/") {
          pos += 2;
          if (--depth == 0) break;
        } else {
          ++pos;
        }
      }
    } else {
      break;
    }
  }
  return pos;
}

std::vector<StatementText> split_statements(const SourceFile& file, const LineIndex& lines) {
  std::string text = splittable_text(file);
  PgQuerySplitResult r = pg_query_split_with_parser(text.c_str());
  if (r.error) {
    std::string msg = r.error->message ? r.error->message : "syntax error";
    int pos = r.error->cursorpos;
    pg_query_free_split_result(r);
    syntax_error(file, lines, msg, pos, 0);
  }
  std::vector<StatementText> out;
  for (int i = 0; i < r.n_stmts; ++i) {
    auto loc = static_cast<size_t>(r.stmts[i]->stmt_location);
    auto len = static_cast<size_t>(r.stmts[i]->stmt_len);
    if (len == 0) len = text.size() - loc;  // the last statement may run to the end of the file
    StatementText st{loc, skip_blanks(text, loc), text.substr(loc, len)};
    if (st.start >= loc + len) continue;  // only blanks and comments
    out.push_back(std::move(st));
  }
  pg_query_free_split_result(r);
  return out;
}

Node* parse_statement(TreeArena& arena, const SourceFile& file, const LineIndex& lines, const StatementText& st) {
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(st.text.c_str());
  if (r.error) {
    std::string msg = r.error->message ? r.error->message : "syntax error";
    int pos = r.error->cursorpos;
    pg_query_free_protobuf_parse_result(r);
    syntax_error(file, lines, msg, pos, st.offset);
  }
  if (too_deep(r.parse_tree)) {
    pg_query_free_protobuf_parse_result(r);
    fail("parse-error",
         "statement nested too deeply for schemaplan (its parse tree has more than " + std::to_string(kMaxTreeDepth) +
             " levels: a very long chain of operators or nested calls)",
         lines.span(file.path, st.start), file.text);
  }
  PgQuery__ParseResult* tree = arena.unpack(r.parse_tree);
  pg_query_free_protobuf_parse_result(r);
  if (!tree || tree->n_stmts != 1 || !tree->stmts[0]->stmt)
    fail("parse-error", "expected exactly one statement here", lines.span(file.path, st.start), file.text);
  return tree->stmts[0]->stmt;
}

// Why the scanner's split gives the parser's, when it is accepted here. pg_query_split_with_scanner() ends a
// piece at each `;` token outside parentheses (it counts them) and drops the pieces that hold no keyword (empty
// statements, or a stray word). Each piece is parsed on its own, as split_statements()' pieces are, and the split
// is accepted only when every piece parses as exactly one statement and all the text between, before and after
// the pieces is whitespace, comments and semicolons (only_separators). The file is then those statements joined
// by `;` tokens, which the grammar accepts with each `;` ending a statement (stmtmulti: stmtmulti ';'
// toplevel_stmt); PostgreSQL's grammar is LALR(1) without conflicts, so that is the only way it parses the file,
// and the parser's split (each statement from just after the `;` before it) is the same pieces. The tokens are
// the same too: a piece is cut at a `;` token, after which the lexer is in its initial state, and the grammar's
// one-token lookahead (NOT, NULLS, WITH, UIDENT) reads a `;` and the end of the text alike. A `;` inside a
// statement outside parentheses (a BEGIN ATOMIC body) leaves a piece that is not a whole statement and fails to
// parse, and an unbalanced parenthesis leaves one that runs on past its statement's end: both send the file down
// the parser's path, as does every syntax error.
std::optional<std::vector<ParsedStatement>> parse_split_by_scanner(TreeArena& arena, const SourceFile& file) {
  std::string text = splittable_text(file);
  PgQuerySplitResult r = pg_query_split_with_scanner(text.c_str());
  std::optional<std::vector<ParsedStatement>> out;
  if (!r.error) out.emplace().reserve(static_cast<size_t>(r.n_stmts));
  size_t end = 0;  // where the previous piece ended
  for (int i = 0; out && i < r.n_stmts; ++i) {
    auto loc = static_cast<size_t>(r.stmts[i]->stmt_location);
    auto len = static_cast<size_t>(r.stmts[i]->stmt_len);
    if (r.stmts[i]->stmt_location < 0 || r.stmts[i]->stmt_len <= 0 || loc < end || len > text.size() - loc ||
        !only_separators(text, end, loc)) {
      out.reset();
      break;
    }
    end = loc + len;
    StatementText st{loc, skip_blanks(text, loc), text.substr(loc, len)};
    PgQuery__ParseResult* tree = nullptr;
    if (st.start < end) {
      PgQueryProtobufParseResult p = pg_query_parse_protobuf(st.text.c_str());
      if (!p.error && !too_deep(p.parse_tree)) tree = arena.unpack(p.parse_tree);
      pg_query_free_protobuf_parse_result(p);
    }
    if (!tree || tree->n_stmts != 1 || !tree->stmts[0]->stmt) {
      out.reset();
      break;
    }
    out->push_back(ParsedStatement{std::move(st), tree->stmts[0]->stmt});
  }
  pg_query_free_split_result(r);
  if (out && !only_separators(text, end, text.size())) out.reset();
  return out;
}

std::string syntax_hint(std::string_view text, size_t offset) {
  size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  if (skip_blanks(text, line_start) == line_start && line_start < text.size() && text[line_start] == '\\')
    return "(psql meta-commands are not supported in schema files)";
  // Look a little before the error (JSON_TABLE fails later, at COLUMNS) and at the failing token itself.
  size_t from = offset > 200 ? offset - 200 : 0;
  if (looks_newer(text.substr(from, std::min<size_t>(text.size() - from, offset - from + 60))))
    return "(schemaplan's parser is PostgreSQL 15; this looks like PostgreSQL 16+ syntax)";
  return "";
}

}  // namespace schemaplan::parser
