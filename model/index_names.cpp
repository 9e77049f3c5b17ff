// The names PostgreSQL gives the indexes it makes for a partitioned table's index (rule 1 on partitioned
// tables, planner/rules/partitioned_index.cpp; and normalize(), which tells them from names a schema chose): ChooseIndexName -> ChooseRelationName(partition, column names, "idx"). The column
// names come from the index definition as both producers print it (`USING method (elements) [INCLUDE (...)]`):
// PostgreSQL names an element after its column, or after its expression by FigureColname (a call by its function,
// a cast by its argument or else its type, `case`, `array`, `row`), or "expr". The string-level rules (cutting to
// 63 bytes, numbering repeats) are shared with the parser (model/pg_names.h).
#include <cctype>
#include <map>
#include <set>

#include "model/pg_names.h"

namespace schemaplan::pg_names {
namespace {

/// The unquoted text of a (possibly double-quoted) identifier at the start of `s`; `used` receives its length.
/// Empty when `s` does not start with an identifier.
std::string leading_identifier(const std::string& s, size_t& used) {
  used = 0;
  if (s.empty()) return "";
  if (s[0] == '"') {
    std::string out;
    size_t i = 1;
    while (i < s.size()) {
      if (s[i] == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          out += '"';
          i += 2;
          continue;
        }
        used = i + 1;
        return out;
      }
      out += s[i++];
    }
    return "";
  }
  size_t i = 0;
  while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '$' ||
                          static_cast<unsigned char>(s[i]) >= 0x80))
    ++i;
  if (i == 0 || std::isdigit(static_cast<unsigned char>(s[0]))) return "";
  used = i;
  return s.substr(0, i);
}

/// The top-level, comma-separated elements of the parenthesised list starting at `s[at]` ('('); `end` receives
/// the position after its ')'.
std::vector<std::string> list_elements(const std::string& s, size_t at, size_t& end) {
  std::vector<std::string> out;
  int depth = 0;
  bool quoted = false, literal = false;
  std::string cur;
  for (size_t i = at; i < s.size(); ++i) {
    char c = s[i];
    if (!literal && c == '"') quoted = !quoted;
    if (!quoted && c == '\'') literal = !literal;
    if (!quoted && !literal) {
      if (c == '(' && depth++ == 0) continue;
      if (c == ')' && --depth == 0) {
        out.push_back(cur);
        end = i + 1;
        return out;
      }
      if (c == ',' && depth == 1) {
        out.push_back(cur);
        cur.clear();
        continue;
      }
    }
    if (depth >= 1) cur += c;
  }
  end = s.size();
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

/// The position of the ')' matching the '(' at `at` (quotes and literals skipped), or npos.
size_t matching(const std::string& s, size_t at) {
  int depth = 0;
  bool quoted = false, literal = false;
  for (size_t i = at; i < s.size(); ++i) {
    if (!literal && s[i] == '"') quoted = !quoted;
    if (!quoted && s[i] == '\'') literal = !literal;
    if (quoted || literal) continue;
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0) return i;
  }
  return std::string::npos;
}

/// A possibly qualified name at the start of `s` (`a`, `"A".b`): its last part (unquoted ones lower-cased, as
/// the parser folds them) and the length read.
std::string leading_name(const std::string& s, size_t& used) {
  std::string last;
  used = 0;
  while (true) {
    size_t n = 0;
    std::string part = leading_identifier(s.substr(used), n);
    if (n == 0) return last;
    if (s[used] != '"')
      for (auto& ch : part) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    last = part;
    used += n;
    if (used < s.size() && s[used] == '.' && used + 1 < s.size() && s[used + 1] != '.') {
      ++used;
      continue;
    }
    return last;
  }
}

/// The internal name of a type as a cast names it (`character varying` is `varchar`, ...): what the parser's
/// TypeName holds last.
std::string internal_type_name(std::string t) {
  if (auto p = t.find('('); p != std::string::npos && matching(t, p) != std::string::npos)
    t = trim(t.substr(0, p)) + trim(t.substr(matching(t, p) + 1));
  if (t.size() > 2 && t.compare(t.size() - 2, 2, "[]") == 0) t = trim(t.substr(0, t.size() - 2));
  static const std::map<std::string, std::string> names{
      {"character varying", "varchar"}, {"character", "bpchar"}, {"integer", "int4"}, {"bigint", "int8"},
      {"smallint", "int2"}, {"boolean", "bool"}, {"real", "float4"}, {"double precision", "float8"},
      {"timestamp without time zone", "timestamp"}, {"timestamp with time zone", "timestamptz"},
      {"time without time zone", "time"}, {"time with time zone", "timetz"}, {"bit varying", "varbit"}};
  if (auto it = names.find(t); it != names.end()) return it->second;
  size_t used = 0;
  std::string last = leading_name(t, used);
  return last.empty() ? t : last;
}

/// PostgreSQL's FigureColname for an expression as pg_get_indexdef prints it: a column's name, a function's,
/// a cast's argument's (else its type's), `case`, `array`, `row`; "" when none. `strength` as FigureColnameInternal
/// rates it (2 for a column or call, 1 for the weaker guesses).
std::string figure_colname(std::string e, int& strength) {
  e = trim(e);
  strength = 0;
  while (!e.empty() && e[0] == '(' && matching(e, 0) == e.size() - 1) e = trim(e.substr(1, e.size() - 2));
  if (e.empty()) return "";
  // A cast at the top level: `arg::type` (the last `::` outside parentheses, quotes and literals).
  int depth = 0;
  bool quoted = false, literal = false;
  size_t cast = std::string::npos;
  for (size_t i = 0; i + 1 < e.size(); ++i) {
    if (!literal && e[i] == '"') quoted = !quoted;
    if (!quoted && e[i] == '\'') literal = !literal;
    if (quoted || literal) continue;
    if (e[i] == '(' || e[i] == '[') ++depth;
    if (e[i] == ')' || e[i] == ']') --depth;
    if (depth == 0 && e[i] == ':' && e[i + 1] == ':') cast = i++;
  }
  if (cast != std::string::npos) {
    std::string name = figure_colname(e.substr(0, cast), strength);
    if (strength > 1) return name;
    strength = 1;
    return internal_type_name(trim(e.substr(cast + 2)));
  }
  size_t used = 0;
  std::string name = leading_name(e, used);
  if (name.empty()) return "";
  std::string rest = trim(e.substr(used));
  if (rest.empty()) {  // a column (or a keyword standing for a function: CURRENT_DATE, ...)
    strength = 2;
    return name;
  }
  if (rest[0] == '(' && matching(rest, 0) == rest.size() - 1) {  // a call
    strength = name == "row" ? 1 : 2;
    return name;
  }
  if (rest[0] == '[' && name == "array") {
    strength = 1;
    return name;
  }
  if (name == "case" && rest.size() >= 3 && rest.compare(rest.size() - 3, 3, "END") == 0) {
    strength = 1;
    return name;
  }
  return "";
}

/// The name PostgreSQL gives one index element: the column's name, the expression's FigureColname, or "expr".
std::string element_name(std::string e) {
  e = trim(e);
  size_t used = 0;
  std::string id = leading_identifier(e, used);
  if (!id.empty() && (used == e.size() || e[used] == ' ')) return id;  // a column, then opclass, order, ...
  // An expression: `call(...)` or `(expr)`, then what qualifies the element.
  size_t open = e.find('(');
  size_t close = open == std::string::npos ? std::string::npos : matching(e, open);
  size_t end = close == std::string::npos ? e.size() : close + 1;
  int strength = 0;
  std::string name = figure_colname(e.substr(0, end), strength);
  return name.empty() ? "expr" : name;
}

}  // namespace

std::string choose_relation_name(const std::string& schema, const std::string& name1, const std::string& name2,
                                 const std::string& label, const std::set<std::pair<std::string, std::string>>& taken) {
  std::string mod = label;
  for (int pass = 1;; ++pass) {
    std::string name = make_object_name(name1, name2, mod);
    if (!taken.count({schema, name})) return name;
    mod = label + std::to_string(pass);
  }
}

std::vector<std::string> index_column_names(const std::string& definition) {
  std::vector<std::string> raw;
  size_t open = definition.find('(');
  if (open == std::string::npos) return raw;
  size_t end = 0;
  for (const auto& e : list_elements(definition, open, end)) raw.push_back(element_name(e));
  // INCLUDE columns count too (DefineIndex names the index from key and included columns).
  static const std::string include = " INCLUDE (";
  if (definition.compare(end, include.size(), include) == 0)
    for (const auto& e : list_elements(definition, end + include.size() - 1, end)) raw.push_back(element_name(e));
  return number_duplicates(raw);  // a repeated name is numbered (ChooseIndexColumnNames)
}

}  // namespace schemaplan::pg_names
