#include <cstring>
#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {

namespace {
/// "character varying(20)[]" -> "character varying"; "numeric(10,2)" -> "numeric"; "timestamp(3) with time zone"
/// -> "timestamp with time zone".
std::string base_type(std::string t) {
  bool array = false;
  while (t.size() > 2 && t.compare(t.size() - 2, 2, "[]") == 0) {
    t.resize(t.size() - 2);
    array = true;
  }
  std::string out;
  int depth = 0;
  bool in_quotes = false;
  for (char ch : t) {
    if (ch == '"') in_quotes = !in_quotes;
    if (!in_quotes && ch == '(') ++depth;
    if (depth == 0) out += ch;
    if (!in_quotes && ch == ')') --depth;
  }
  return out + (array ? "[]" : "");
}
}  // namespace

namespace {

bool is_number(const std::string& t) {
  static const char* const kinds[] = {"smallint", "integer", "bigint", "real", "double precision", "numeric"};
  for (const char* k : kinds)
    if (t == k || (t.rfind(k, 0) == 0 && t.size() > std::strlen(k) && t[std::strlen(k)] == '(')) return true;
  return false;
}

bool is_datetime(const std::string& t) {
  return t == "date" || t.rfind("timestamp", 0) == 0;
}

}  // namespace

std::string convert(const std::string& expr, const std::string& from, const std::string& to) {
  // PostgreSQL has no cast between numbers and dates or timestamps: the conversion goes through Unix epoch
  // seconds both ways (a timestamp without time zone read as UTC), so that one undoes the other.
  if (is_datetime(from) && is_number(to)) return "extract(epoch FROM " + expr + ")::" + to;
  if (is_number(from) && is_datetime(to)) {
    if (to.rfind("timestamp with time zone", 0) == 0) return "to_timestamp(" + expr + ")::" + to;
    return "(to_timestamp(" + expr + ") AT TIME ZONE 'UTC')::" + to;
  }
  // Through text when an enum (a schema-qualified type) is involved: an enum has no cast but from and to text.
  bool via_text = from.find('.') != std::string::npos || to.find('.') != std::string::npos;
  bool array = to.size() > 2 && to.compare(to.size() - 2, 2, "[]") == 0;
  return expr + (via_text ? (array ? "::text[]" : "::text") : "") + "::" + to;
}

bool conversion_loses(const std::string& from, const std::string& to) {
  // Epoch seconds into an integer type drop the fraction of a second a timestamp holds.
  return is_datetime(from) && (to == "smallint" || to == "integer" || to == "bigint");
}

bool type_change_needs_using(const std::string& before, const std::string& after) {
  return base_type(before) != base_type(after);
}

Statements add_column(const std::string& schema, const std::string& table, const Column& c) {
  std::string q = sql::qualified(schema, table);
  Statements out{"ALTER TABLE " + q + " ADD COLUMN " + column_definition(c)};
  Column bare = c;
  bare.statistics = -1;
  bare.storage = 0;
  bare.options = {};
  for (auto& s : column_settings(schema, table, bare, c, 0)) out.push_back(std::move(s));
  if (c.comment) out.push_back(comment_on("COLUMN", q + "." + sql::ident(c.name), c.comment));
  return out;
}

Statements drop_column(const std::string& schema, const std::string& table, const Column& c) {
  return {"ALTER TABLE " + sql::qualified(schema, table) + " DROP COLUMN " + sql::ident(c.name)};
}

Statements alter_column(const std::string& schema, const std::string& table, const Column& b, const Column& a) {
  std::string prefix = "ALTER TABLE " + sql::qualified(schema, table) + " ALTER COLUMN " + sql::ident(a.name) + " ";
  // A column cannot become generated, nor change its expression, in place (PostgreSQL 15): it is added again,
  // its values computed anew. The differ plans that as a recreation; this is the rollback of DROP EXPRESSION.
  if (a.generated && a.generated != b.generated) {
    Statements out = drop_column(schema, table, b);
    for (auto& s : add_column(schema, table, a)) out.push_back(std::move(s));
    return out;
  }
  Statements out;
  bool type_changes = b.type != a.type || b.collation != a.collation;
  // 1. Remove what would block the change: a generation expression, an identity, a default that may not cast.
  if (b.generated && !a.generated) out.push_back(prefix + "DROP EXPRESSION");
  if (b.identity && !a.identity) out.push_back(prefix + "DROP IDENTITY");
  bool default_dropped = false;
  if (b.default_expr && (!a.default_expr || (type_changes && b.type != a.type) || b.default_expr != a.default_expr)) {
    out.push_back(prefix + "DROP DEFAULT");
    default_dropped = true;
  }
  // 2. The type (and collation, which ALTER TYPE carries).
  if (type_changes) {
    std::string s = prefix + "TYPE " + a.type;
    if (!a.collation.empty()) s += " COLLATE " + a.collation;
    if (type_change_needs_using(b.type, a.type)) {
      s += " USING " + convert(sql::ident(a.name), b.type, a.type);
    }
    out.push_back(s);
  }
  // 3. What the new state adds.
  if (a.default_expr && (default_dropped || !b.default_expr)) out.push_back(prefix + "SET DEFAULT " + *a.default_expr);
  if (a.not_null && !b.not_null) out.push_back(prefix + "SET NOT NULL");
  if (!a.not_null && b.not_null) out.push_back(prefix + "DROP NOT NULL");
  if (a.identity && !b.identity) {
    out.push_back(prefix + "ADD " + identity_clause(a));
    // The identity's new sequence starts afresh while the rows keep their values (a serial column turned
    // identity): move it past the largest one, or the next inserts would collide with them.
    const SequenceOptions& o = *a.identity_options;
    if (o.increment > 0) {
      std::string col = sql::ident(a.name), q = sql::qualified(schema, table);
      out.push_back("SELECT setval(pg_get_serial_sequence(" + sql::literal(q) + ", " + sql::literal(a.name) + "), max(" +
                    col + ")) FROM " + q + " HAVING max(" + col + ") >= " + std::to_string(o.start));
    }
  }
  if (a.identity && b.identity) {
    if (a.identity != b.identity)
      out.push_back(prefix + "SET GENERATED " + (a.identity == 'a' ? "ALWAYS" : "BY DEFAULT"));
    const SequenceOptions& o = *a.identity_options;
    if (!(o == b.identity_options))
      out.push_back(prefix + "SET INCREMENT BY " + std::to_string(o.increment) + " SET MINVALUE " +
                    std::to_string(o.min_value) + " SET MAXVALUE " + std::to_string(o.max_value) + " SET START WITH " +
                    std::to_string(o.start) + " SET CACHE " + std::to_string(o.cache) + (o.cycle ? " SET CYCLE" : " SET NO CYCLE") +
                    (sequence_needs_restart(b.identity_options, o) ? " RESTART WITH " + std::to_string(o.start) : ""));
  }
  if (b.comment != a.comment)
    out.push_back(comment_on("COLUMN", sql::qualified(schema, table) + "." + sql::ident(a.name), a.comment));
  return out;
}

}  // namespace schemaplan::ddl
