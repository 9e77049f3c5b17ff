#include <algorithm>
#include <set>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {
std::string identity_options(const SequenceOptions& o) {
  return "START WITH " + std::to_string(o.start) + " INCREMENT BY " + std::to_string(o.increment) + " MINVALUE " +
         std::to_string(o.min_value) + " MAXVALUE " + std::to_string(o.max_value) + " CACHE " +
         std::to_string(o.cache) + (o.cycle ? " CYCLE" : " NO CYCLE");
}

/// Constraints that CREATE TABLE can hold inline: everything validated except foreign keys (those to other
/// tables are separate steps; self-references are added right after the table, once its keys exist).
bool inline_constraint(const Constraint& c) { return c.validated && c.type != ConstraintType::ForeignKey; }

Constraint without_comment(Constraint c) {
  c.comment.reset();
  return c;
}
}  // namespace

Statements table_settings(const Table& t) {
  Statements out;
  if (t.replica_identity == 'f' || t.replica_identity == 'n') out = replica_identity(t);
  for (const auto& c : t.columns) {
    Column bare = c;
    bare.statistics = -1;
    bare.storage = 0;
    bare.options = {};
    for (auto& s : column_settings(t.schema, t.name, bare, c, 0)) out.push_back(std::move(s));
  }
  return out;
}

std::string default_clause(const std::string& expr) {
  // DEFAULT takes a restricted expression (b_expr): `now() AT TIME ZONE 'utc'` must be parenthesised. A
  // single term (a literal, a call, a cast) stays as it is; anything with a top-level space gets parentheses.
  int depth = 0;
  bool quoted = false, dquoted = false, spaced = false;
  for (char ch : expr) {
    if (ch == '\'' && !dquoted) quoted = !quoted;
    else if (ch == '"' && !quoted) dquoted = !dquoted;
    else if (quoted || dquoted) continue;
    else if (ch == '(') ++depth;
    else if (ch == ')') --depth;
    else if (ch == ' ' && depth == 0) spaced = true;
  }
  return spaced ? "DEFAULT (" + expr + ")" : "DEFAULT " + expr;
}

std::string identity_clause(const Column& c) {
  return std::string("GENERATED ") + (c.identity == 'a' ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (" +
         identity_options(c.identity_options) + ")";
}

std::string column_definition(const Column& c) {
  std::string s = sql::ident(c.name) + " " + c.type;
  if (c.compression) s += std::string(" COMPRESSION ") + compression_name(c.compression);
  if (!c.collation.empty()) s += " COLLATE " + c.collation;
  if (c.generated) s += " GENERATED ALWAYS AS (" + *c.generated + ") STORED";
  if (c.identity) s += " " + identity_clause(c);
  if (c.default_expr) s += " " + default_clause(*c.default_expr);
  if (c.not_null) s += " NOT NULL";
  return s;
}

Statements create_table(const Table& t) {
  if (t.partition_of) return create_partition(t);
  std::string q = sql::qualified(t.schema, t.name);
  std::string s = std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + q + " (";
  bool first = true;
  for (const auto& c : t.columns) {
    s += first ? "\n  " : ",\n  ";
    s += column_definition(c);
    first = false;
  }
  // CREATE TABLE keeps one of several keys over the same columns (transformIndexConstraints merges them, the
  // primary key first); a table can still have them all when they are added one by one, as pg_dump does. The
  // second and later ones are added after the table.
  std::set<std::string> keys;
  std::vector<const Constraint*> after;
  auto key_of = [](const Constraint& c) {
    for (const char* word : {"PRIMARY KEY ", "UNIQUE "})
      if (c.definition.starts_with(word)) return c.definition.substr(std::string(word).size());
    return c.definition;
  };
  for (bool pk : {true, false})
    for (const auto& c : t.constraints) {
      bool is_key = c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique || c.type == ConstraintType::Exclude;
      if (!inline_constraint(c) || !is_key || (c.type == ConstraintType::PrimaryKey) != pk) continue;
      if (!keys.insert(key_of(c)).second) after.push_back(&c);
    }
  for (const auto& c : t.constraints) {
    if (!inline_constraint(c) || std::find(after.begin(), after.end(), &c) != after.end()) continue;
    s += first ? "\n  " : ",\n  ";
    s += "CONSTRAINT " + sql::ident(c.name) + " " + c.definition;
    first = false;
  }
  s += "\n)" + table_tail(t) + storage_parameters(t);
  Statements out{s};
  for (const auto& c : t.inherited_settings)
    for (auto& st : set_inherited_column(t, c)) out.push_back(std::move(st));
  for (auto& r : row_security(Table{}, t)) out.push_back(std::move(r));
  for (auto& r : table_settings(t)) out.push_back(std::move(r));
  for (const auto& c : t.constraints) {
    if (is_external_fk(c, t.schema, t.name)) continue;
    // Keys written inline get their index's flags (CLUSTER ON, REPLICA IDENTITY) once the table holds them.
    Statements add = !inline_constraint(c) || std::find(after.begin(), after.end(), &c) != after.end()
                         ? add_constraint(t.schema, t.name, without_comment(c))
                         : index_flags(t.schema, t.name, c.name, IndexFlags{}, c.flags);
    for (auto& r : add) out.push_back(std::move(r));
  }
  if (t.comment) out.push_back(comment_on("TABLE", q, t.comment));
  for (const auto& c : t.columns)
    if (c.comment) out.push_back(comment_on("COLUMN", q + "." + sql::ident(c.name), c.comment));
  for (const auto& c : t.constraints)
    if (c.comment && !is_external_fk(c, t.schema, t.name))
      out.push_back(comment_on("CONSTRAINT", sql::ident(c.name) + " ON " + q, c.comment));
  return out;
}

Statements drop_table(const Table& t) { return {"DROP TABLE " + sql::qualified(t.schema, t.name)}; }

Statements alter_table(const Table& before, const Table& after) {
  Statements out;
  std::string q = sql::qualified(after.schema, after.name);
  if (before.unlogged != after.unlogged) out.push_back("ALTER TABLE " + q + (after.unlogged ? " SET UNLOGGED" : " SET LOGGED"));
  for (auto& r : alter_storage_parameters(before, after)) out.push_back(std::move(r));
  if (before.comment != after.comment) out.push_back(comment_on("TABLE", q, after.comment));
  for (auto& r : row_security(before, after)) out.push_back(std::move(r));
  return out;
}

}  // namespace schemaplan::ddl
