// Is a default expression volatile? Rule 5 needs to know, offline, without asking a server.
//
// Why it matters: since PostgreSQL 11, ADD COLUMN ... DEFAULT e stores e's value once in the catalog when e is
// not volatile (constants, now(), CURRENT_TIMESTAMP: evaluated once for the statement), so no row is touched.
// A volatile default (gen_random_uuid(), clock_timestamp(), nextval()) must be computed per row, so the ADD
// rewrites the whole table under ACCESS EXCLUSIVE. Deciding wrongly in the safe direction only costs a backfill
// step; deciding wrongly the other way costs an outage, so the test is conservative: an expression is volatile
// unless every function it calls is stable or immutable. A user-defined function's volatility is read from its
// model in the desired catalog (PROVOLATILE from a database, the VOLATILE/STABLE/IMMUTABLE clause from SQL files;
// both producers fill Function::volatility, and the column's default is evaluated when the function already has
// its new definition): the call counts as not volatile only when every overload of that name (in its schema when
// the call is qualified) is stable or immutable. A name the catalog does not hold is a builtin: known stable or
// immutable ones pass, everything else (and any other qualified call) is volatile.
// The known volatile builtins are listed for the reader and docs/hazards.md; they are volatile by the rule
// above anyway.
#include <algorithm>
#include <cctype>
#include <set>

#include "planner/rules/rules.h"

namespace schemaplan::rules {
namespace {

/// Builtins that are immutable or stable (pg_proc.provolatile 'i' or 's'), and SQL keywords that look like
/// calls (`CAST(`, `COALESCE(`), and type names that take modifiers (`varying(20)` in a cast).
const std::set<std::string>& known_not_volatile() {
  static const std::set<std::string> s{
      // keywords and type names with parentheses
      "cast", "coalesce", "nullif", "greatest", "least", "row", "array", "extract", "overlay", "position",
      "substring", "trim", "varying", "character", "char", "varchar", "numeric", "decimal", "timestamp", "time",
      "interval", "bit", "float", "precision", "collate", "any", "all", "in", "exists", "and", "or", "not",
      // stable: evaluated once per statement, so ADD COLUMN stores one value
      "now", "statement_timestamp", "transaction_timestamp", "current_setting", "current_database",
      "current_schema", "to_char", "to_date", "to_timestamp", "timezone", "age", "date_part", "date_trunc",
      // immutable
      "lower", "upper", "length", "char_length", "octet_length", "abs", "round", "floor", "ceil", "ceiling",
      "trunc", "md5", "btrim", "ltrim", "rtrim", "replace", "concat", "concat_ws", "left", "right", "lpad", "rpad",
      "split_part", "make_date", "make_interval", "make_timestamp", "make_timestamptz", "jsonb_build_object",
      "jsonb_build_array", "json_build_object", "json_build_array", "to_jsonb", "to_json", "array_length",
      "cardinality", "int4range", "int8range", "numrange", "tstzrange", "daterange", "tsrange", "uuid_nil",
      "power", "sqrt", "mod", "sign", "encode", "decode", "format", "initcap", "reverse", "repeat"};
  return s;
}

}  // namespace

/// Volatile builtins commonly found in defaults (docs/hazards.md lists them).
const std::vector<std::string>& known_volatile_functions() {
  static const std::vector<std::string> v{"clock_timestamp", "gen_random_uuid", "nextval", "random", "setval",
                                          "timeofday", "txid_current", "uuid_generate_v1", "uuid_generate_v1mc",
                                          "uuid_generate_v4"};
  return v;
}

namespace {

/// 'i'/'s' when every function of `cat` named `name` (in `schema` unless empty) is immutable or stable, 'v' when
/// one is volatile, 0 when the catalog holds none of that name.
char declared_volatility(const Catalog* cat, const std::string& schema, const std::string& name) {
  if (!cat) return 0;
  char out = 0;
  for (const auto& f : cat->functions) {
    if (f.name != name || (!schema.empty() && f.schema != schema) || f.kind != 'f') continue;
    if (f.volatility == 'v') return 'v';
    out = f.volatility;
  }
  return out;
}

}  // namespace

bool is_volatile_expression(const std::string& expr, const Catalog* functions) {
  // Every word directly followed by `(` outside quotes is a call (or a keyword/type, see the list above).
  size_t i = 0;
  while (i < expr.size()) {
    char c = expr[i];
    if (c == '\'') {  // string literal, '' doubles a quote
      for (++i; i < expr.size(); ++i)
        if (expr[i] == '\'') {
          if (i + 1 < expr.size() && expr[i + 1] == '\'') ++i;
          else break;
        }
      ++i;
      continue;
    }
    bool word_start = std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '"';
    if (!word_start) {
      ++i;
      continue;
    }
    // A possibly qualified, possibly quoted name: a.b, "A"."b".
    std::string last, schema;
    bool qualified_user = false;
    while (i < expr.size()) {
      std::string part;
      if (expr[i] == '"') {
        for (++i; i < expr.size() && expr[i] != '"'; ++i) part += expr[i];
        ++i;
      } else {
        while (i < expr.size() && (std::isalnum(static_cast<unsigned char>(expr[i])) || expr[i] == '_' || expr[i] == '$'))
          part += static_cast<char>(std::tolower(static_cast<unsigned char>(expr[i++])));
      }
      if (i < expr.size() && expr[i] == '.') {
        qualified_user |= part != "pg_catalog";
        schema = part;
        last.clear();
        ++i;
        continue;
      }
      last = part;
      break;
    }
    size_t j = i;
    while (j < expr.size() && expr[j] == ' ') ++j;
    if (j < expr.size() && expr[j] == '(') {
      char declared = declared_volatility(functions, schema, last);
      if (declared == 'v') return true;
      if (declared == 0 && (qualified_user || !known_not_volatile().count(last))) return true;
    }
  }
  return false;
}

}  // namespace schemaplan::rules
