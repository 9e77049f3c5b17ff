// ALTER TABLE ... DROP COLUMN and DROP CONSTRAINT, with the objects PostgreSQL drops along.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// Removes the foreign keys (of any table) that `depends` says depend on something being dropped; without
// CASCADE their existence is an error, as in PostgreSQL.
template <class Pred>
void drop_dependent_foreign_keys(const StmtCtx& ctx, std::vector<Table>& tables, bool cascade, const std::string& what,
                                 Pred depends) {
  for (auto& u : tables) {
    for (const auto& k : u.constraints)
      if (k.type == ConstraintType::ForeignKey && depends(u, k) && !cascade)
        ctx.error("dependent-objects", "cannot drop " + what + " because foreign key " + sql::ident(k.name) +
                                           " on table " + sql::qualified(u.schema, u.name) +
                                           " depends on it (use CASCADE)");
    std::erase_if(u.constraints, [&](const Constraint& k) { return k.type == ConstraintType::ForeignKey && depends(u, k); });
  }
}

}  // namespace

void Transformer::drop_column(const StmtCtx& ctx, Table& t, const std::string& column, bool missing_ok, bool cascade) {
  if (!t.column(column)) {
    if (missing_ok) return;
    column_or_fail(ctx, t, column, -1);
  }
  std::string schema = t.schema, table = t.name;
  drop_dependent_foreign_keys(ctx, cat_.tables, cascade,
                              "column " + sql::ident(column) + " of table " + sql::qualified(schema, table),
                              [&](const Table& u, const Constraint& k) {
                                bool own = u.schema == schema && u.name == table && contains(k.columns, column);
                                return !own && k.ref_schema == schema && k.ref_table == table &&
                                       contains(k.ref_columns, column);
                              });
  Table& self = *find_table({schema, table});
  std::erase_if(self.constraints, [&](const Constraint& k) { return contains(k.columns, column); });
  std::erase_if(cat_.indexes, [&](const Index& i) {
    return i.schema == schema && i.table == table && contains(i.columns, column);
  });
  std::erase_if(cat_.sequences, [&](const Sequence& s) {
    return s.schema == schema && s.owned_by_table == table && s.owned_by_column == column;
  });
  std::erase_if(self.columns, [&](const Column& c) { return c.name == column; });
}

void Transformer::drop_constraint(const StmtCtx& ctx, Table& t, const std::string& name, bool missing_ok, bool cascade) {
  auto it = std::find_if(t.constraints.begin(), t.constraints.end(), [&](const Constraint& c) { return c.name == name; });
  if (it == t.constraints.end()) {
    if (missing_ok) return;
    ctx.error("undefined-object", "constraint " + sql::ident(name) + " of table " + sql::qualified(t.schema, t.name) +
                                      " does not exist");
  }
  Constraint dropped = *it;
  std::string schema = t.schema, table = t.name;
  if (dropped.type == ConstraintType::PrimaryKey || dropped.type == ConstraintType::Unique) {
    auto key = dropped.columns;
    std::sort(key.begin(), key.end());
    drop_dependent_foreign_keys(ctx, cat_.tables, cascade, "constraint " + sql::ident(name),
                                [&](const Table&, const Constraint& k) {
                                  if (k.ref_schema != schema || k.ref_table != table) return false;
                                  if (k.ref_columns.empty()) return dropped.type == ConstraintType::PrimaryKey;
                                  auto ref = k.ref_columns;
                                  std::sort(ref.begin(), ref.end());
                                  return ref == key;
                                });
  }
  Table& self = *find_table({schema, table});
  std::erase_if(self.constraints, [&](const Constraint& c) { return c.name == name; });
}

}  // namespace schemaplan::parser
