// Partitioning and inheritance: CREATE TABLE ... PARTITION OF / INHERITS / PARTITION BY (table_ddl.cpp calls
// in here), and the change of a table's parents: DETACH / NO INHERIT, ATTACH / INHERIT.
#include <algorithm>
#include <set>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string parent_list(const std::vector<TableRef>& parents) {
  std::string out;
  for (const auto& p : parents) out += (out.empty() ? "" : ", ") + sql::qualified(p.schema, p.name);
  return out;
}

bool same_partition(const Table& a, const Table& b) {
  return a.partition_of == b.partition_of && a.partition_bound == b.partition_bound;
}

std::set<std::string> column_names(const std::vector<Column>& v) {
  std::set<std::string> out;
  for (const auto& c : v) out.insert(c.name);
  return out;
}

std::set<std::string> constraint_names(const std::vector<Constraint>& v) {
  std::set<std::string> out;
  for (const auto& c : v) out.insert(c.name);
  return out;
}

}  // namespace

std::string table_tail(const Table& t) {
  std::string s;
  if (!t.inherits.empty()) s += " INHERITS (" + parent_list(t.inherits) + ")";
  if (!t.partition_key.empty()) s += " PARTITION BY " + t.partition_key;
  return s;
}

Statements set_inherited_column(const Table& t, const InheritedColumn& c) {
  std::string head = "ALTER TABLE ONLY " + sql::qualified(t.schema, t.name) + " ALTER COLUMN " + sql::ident(c.name);
  return {head + (c.default_expr ? " SET DEFAULT " + *c.default_expr : std::string(" DROP DEFAULT")),
          head + (c.not_null ? " SET NOT NULL" : " DROP NOT NULL")};
}

Statements alter_inherited_settings(const Table& before, const Table& after, const Catalog& to) {
  Statements out;
  for (const auto& c : after.inherited_settings) {
    auto old = std::find_if(before.inherited_settings.begin(), before.inherited_settings.end(),
                            [&](const InheritedColumn& x) { return x.name == c.name; });
    if (old != before.inherited_settings.end() && *old == c) continue;
    for (auto& s : set_inherited_column(after, c)) out.push_back(std::move(s));
  }
  for (const auto& c : before.inherited_settings) {
    if (std::any_of(after.inherited_settings.begin(), after.inherited_settings.end(),
                    [&](const InheritedColumn& x) { return x.name == c.name; }))
      continue;
    for (const auto& given : inherited_columns(to, after))
      if (given.name == c.name)
        for (auto& s : set_inherited_column(after, InheritedColumn{c.name, given.not_null, given.default_expr, {}}))
          out.push_back(std::move(s));
  }
  return out;
}

Statements create_partition(const Table& t) {
  std::string q = sql::qualified(t.schema, t.name);
  Statements out{std::string("CREATE ") + (t.unlogged ? "UNLOGGED " : "") + "TABLE " + q + " PARTITION OF " +
                 sql::qualified(t.partition_of->schema, t.partition_of->name) + " " + t.partition_bound +
                 (t.partition_key.empty() ? "" : " PARTITION BY " + t.partition_key) + storage_parameters(t)};
  for (const auto& c : t.inherited_settings)
    for (auto& s : set_inherited_column(t, c)) out.push_back(std::move(s));
  for (auto& s : table_settings(t)) out.push_back(std::move(s));
  for (const auto& c : t.constraints)
    if (!is_external_fk(c, t.schema, t.name)) {
      Constraint bare = c;
      bare.comment.reset();
      for (auto& s : add_constraint(t.schema, t.name, bare)) out.push_back(std::move(s));
    }
  if (t.comment) out.push_back(comment_on("TABLE", q, t.comment));
  for (const auto& c : t.constraints)
    if (c.comment && !is_external_fk(c, t.schema, t.name))
      out.push_back(comment_on("CONSTRAINT", sql::ident(c.name) + " ON " + q, c.comment));
  return out;
}

Statements alter_table_parents(const Table& b, const Table& a, const Catalog& from, const Catalog& to) {
  Statements out;
  std::string q = sql::qualified(a.schema, a.name);
  bool detach = b.partition_of && !same_partition(b, a);
  bool attach = a.partition_of && !same_partition(b, a);
  std::vector<TableRef> dropped, added;
  for (const auto& p : b.inherits)
    if (std::find(a.inherits.begin(), a.inherits.end(), p) == a.inherits.end()) dropped.push_back(p);
  for (const auto& p : a.inherits)
    if (std::find(b.inherits.begin(), b.inherits.end(), p) == b.inherits.end()) added.push_back(p);
  if (!detach && !attach && dropped.empty() && added.empty()) return out;

  // 1. Leave the old parents. What the table had from them stays as its own...
  if (detach)
    out.push_back("ALTER TABLE " + sql::qualified(b.partition_of->schema, b.partition_of->name) + " DETACH PARTITION " + q);
  for (const auto& p : dropped) out.push_back("ALTER TABLE " + q + " NO INHERIT " + sql::qualified(p.schema, p.name));
  // ... except what the new state has neither as its own nor from its parents.
  auto new_columns = column_names(a.columns), new_checks = constraint_names(a.constraints);
  for (const auto& c : inherited_columns(to, a)) new_columns.insert(c.name);
  for (const auto& c : inherited_checks(to, a)) new_checks.insert(c.name);
  auto old_columns = column_names(b.columns), old_checks = constraint_names(b.constraints);
  if (detach || !dropped.empty()) {
    for (const auto& c : inherited_checks(from, b))
      if (!new_checks.count(c.name)) out.push_back("ALTER TABLE " + q + " DROP CONSTRAINT " + sql::ident(c.name));
    for (const auto& c : inherited_columns(from, b))
      if (!new_columns.count(c.name)) out.push_back("ALTER TABLE " + q + " DROP COLUMN " + sql::ident(c.name));
  }
  if (detach) {
    // DETACH keeps the partition's copies of its parent's keys and indexes as the table's own: those the new
    // state does not hold go. Their names are PostgreSQL's usual choice, hence IF EXISTS.
    // A copy the new parent wants too stays for ATTACH to adopt (a partition given a new bound).
    InheritedKeys copies = inherited_keys(from, b), wanted = inherited_keys(to, a);
    for (const auto& c : copies.constraints) {
      const Constraint* k = a.constraint(c.name);
      bool keep = (k && k->definition == c.definition) ||
                  std::any_of(wanted.constraints.begin(), wanted.constraints.end(),
                              [&](const Constraint& w) { return w.name == c.name && w.definition == c.definition; });
      if (!keep) out.push_back("ALTER TABLE " + q + " DROP CONSTRAINT IF EXISTS " + sql::ident(c.name));
    }
    auto same = [](const Index& x, const Index& i) {
      return x.schema == i.schema && x.name == i.name && x.table == i.table && x.definition == i.definition;
    };
    for (const auto& i : copies.indexes) {
      bool keep = std::any_of(to.indexes.begin(), to.indexes.end(), [&](const Index& x) { return same(x, i); }) ||
                  std::any_of(wanted.indexes.begin(), wanted.indexes.end(), [&](const Index& x) { return same(x, i); });
      if (!keep) out.push_back("DROP INDEX IF EXISTS " + sql::qualified(i.schema, i.name));
    }
  }
  for (const auto& c : inherited_columns(from, b)) old_columns.insert(c.name);
  for (const auto& c : inherited_checks(from, b)) old_checks.insert(c.name);

  // 2. Join the new parents: PostgreSQL wants the table to hold every column and CHECK of a new parent first.
  if (attach || !added.empty()) {
    for (const auto& c : inherited_columns(to, a))
      if (!old_columns.count(c.name)) out.push_back("ALTER TABLE " + q + " ADD COLUMN " + column_definition(c));
    for (const auto& c : inherited_checks(to, a))
      if (!old_checks.count(c.name))
        out.push_back("ALTER TABLE " + q + " ADD CONSTRAINT " + sql::ident(c.name) + " " + c.definition);
  }
  if (attach)
    out.push_back("ALTER TABLE " + sql::qualified(a.partition_of->schema, a.partition_of->name) + " ATTACH PARTITION " +
                  q + " " + a.partition_bound);
  for (const auto& p : added) out.push_back("ALTER TABLE " + q + " INHERIT " + sql::qualified(p.schema, p.name));
  return out;
}

}  // namespace schemaplan::ddl
