// A collation given a new definition (model/generic.h keeps it as DDL text). PostgreSQL changes nothing of a
// collation in place but its name, and DROP COLLATION is refused while columns, domains or indexes use it;
// dropping those would lose data. So, as for a range type, the new collation is built beside the old one and
// what uses it moves over: columns by ALTER COLUMN ... TYPE with their own type (which keeps the values and
// rebuilds the indexes over them), domains by a swap of their own. Indexes, constraints and views that name the
// collation themselves are recreated around the step by the cascade (planner/cascade.cpp).
#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {

bool collation_needs_swap(const GenericObject& before, const GenericObject& after) {
  return before.kind == ObjectKind::Collation && after.kind == ObjectKind::Collation && before.create != after.create;
}

Statements swap_collation(const GenericObject& before, const GenericObject& after, const std::vector<EnumUse>& columns,
                          const std::vector<DomainUse>& domains) {
  const std::string q = sql::qualified(after.schema, after.name);
  Statements out;
  out.push_back("ALTER COLLATION " + sql::qualified(before.schema, before.name) + " RENAME TO " +
                sql::ident(swapped_out_name(before.name)));
  for (const auto& s : after.create) out.push_back(s);
  for (const auto& u : columns)
    out.push_back("ALTER TABLE " + sql::qualified(u.schema, u.table) + " ALTER COLUMN " + sql::ident(u.column) + " TYPE " +
                  u.type + " COLLATE " + q);
  // The domain keeps its definition, whose COLLATE now names the new collation.
  for (const auto& d : domains)
    for (auto& s : swap_domain(d.domain, d.domain, d.columns)) out.push_back(std::move(s));
  out.push_back("DROP COLLATION " + sql::qualified(before.schema, swapped_out_name(before.name)));
  if (after.comment) out.push_back("COMMENT ON " + generic_address(after.id()) + " IS " + sql::literal(*after.comment));
  return out;
}

}  // namespace schemaplan::ddl
