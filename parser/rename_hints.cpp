// Rename hints: `-- schemaplan:renamed-from OLD_NAME` comments (model/rename_hint.h).
//
// The comment belongs to the definition on its own line when code precedes it there, else to the next line
// that holds code. Of the definitions that start on that line (a column and its inline constraints, a table and
// its first column, ...) the hint names the first one, so write one definition per line when it matters:
//   CREATE TABLE accounts (  -- schemaplan:renamed-from users         (the table)
//     email text UNIQUE,     -- schemaplan:renamed-from mail          (the column, not its UNIQUE)
// OLD_NAME is an identifier as SQL writes it: folded to lower case unless double-quoted. A hint that names no
// definition is an error, so a typo does not silently turn a rename into a drop and an add.
#include <algorithm>
#include <cctype>
#include <optional>

#include "model/diagnostic.h"
#include "parser/parser.h"

namespace schemaplan::parser {
namespace {

constexpr std::string_view kMarker = "schemaplan:renamed-from";

struct Candidate {
  SourceSpan span;
  ObjectId id;
};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

bool has_code(const std::string& line) {
  size_t i = line.find_first_not_of(" \t\r");
  return i != std::string::npos && line.compare(i, 2, "--") != 0;
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
  const std::vector<Candidate> all = candidates(cat);
  for (const auto& f : files) {
    auto lines = split_lines(f.text);
    for (size_t n = 0; n < lines.size(); ++n) {
      size_t at = lines[n].find(kMarker);
      if (at == std::string::npos) continue;
      size_t dash = lines[n].rfind("--", at);
      if (dash == std::string::npos) continue;
      SourceSpan hint_span{f.path, static_cast<int>(n + 1), static_cast<int>(dash + 1)};
      auto old = old_name(lines[n].substr(at + kMarker.size()));
      if (!old) fail("rename-hint", "expected a name after schemaplan:renamed-from", hint_span, f.text);
      size_t target = n;
      if (!has_code(lines[n].substr(0, dash))) {
        target = n + 1;
        while (target < lines.size() && !has_code(lines[target])) ++target;
      }
      const Candidate* best = nullptr;
      for (const auto& c : all)
        if (c.span.file == f.path && c.span.line == static_cast<int>(target + 1) && (!best || c.span.column < best->span.column))
          best = &c;
      if (!best)
        fail("rename-hint", "schemaplan:renamed-from names no table, column, index or constraint definition", hint_span, f.text);
      cat.renames.push_back({best->id, *old, hint_span});
    }
  }
  std::sort(cat.renames.begin(), cat.renames.end(), [](const RenameHint& a, const RenameHint& b) { return a.id < b.id; });
}

}  // namespace schemaplan::parser
