#include "model/sql_writer.h"

#include <algorithm>
#include <array>

namespace schemaplan::sql {
namespace {
// PostgreSQL 15's keywords of every category but UNRESERVED (pg_get_keywords() where catcode <> 'U'),
// sorted: these are the ones quote_ident() quotes.
constexpr std::array<std::string_view, 151> kQuotedKeywords = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
    "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
    "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
    "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "dec",
    "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", "extract",
    "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group",
    "grouping", "having", "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect",
    "interval", "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit",
    "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
    "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
    "position", "precision", "primary", "real", "references", "returning", "right", "row", "select",
    "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric", "table", "tablesample",
    "then", "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using",
    "values", "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
    "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize",
    "xmltable"};
}  // namespace

bool needs_quoting_as_keyword(std::string_view word) {
  return std::binary_search(kQuotedKeywords.begin(), kQuotedKeywords.end(), word);
}

std::string ident(std::string_view name) {
  bool plain = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      plain = false;
      break;
    }
  }
  if (plain && !needs_quoting_as_keyword(name)) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string qualified(std::string_view schema, std::string_view name) {
  if (schema.empty()) return ident(name);
  return ident(schema) + "." + ident(name);
}

std::string literal(std::string_view text) {
  bool backslash = text.find('\\') != std::string_view::npos;
  std::string out = backslash ? "E'" : "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    if (c == '\\') out += '\\';
    out += c;
  }
  out += '\'';
  return out;
}

std::string ident_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += ident(n);
  }
  return out;
}

std::string dollar_quoted(std::string_view text) {
  std::string tag = "$function$";
  // A body ending in `$function` would merge with the closing tag's `$`: lengthen the tag then too.
  while (text.find(tag) != std::string_view::npos || (!text.empty() && text.back() == '$') ||
         std::string_view(text).ends_with(tag.substr(0, tag.size() - 1)))
    tag.insert(tag.size() - 1, "x");
  return tag + std::string(text) + tag;
}

}  // namespace schemaplan::sql
