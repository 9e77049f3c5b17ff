#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {

Statements add_constraint(const std::string& schema, const std::string& table, const Constraint& c) {
  Statements out{"ALTER TABLE " + sql::qualified(schema, table) + " ADD CONSTRAINT " + sql::ident(c.name) + " " +
                 c.definition};
  for (auto& s : index_flags(schema, table, c.name, IndexFlags{}, c.flags)) out.push_back(std::move(s));
  if (c.comment) out.push_back(comment_constraint(schema, table, c)[0]);
  return out;
}

Statements drop_constraint(const std::string& schema, const std::string& table, const Constraint& c) {
  return {"ALTER TABLE " + sql::qualified(schema, table) + " DROP CONSTRAINT " + sql::ident(c.name)};
}

Statements validate_constraint(const std::string& schema, const std::string& table, const Constraint& c) {
  return {"ALTER TABLE " + sql::qualified(schema, table) + " VALIDATE CONSTRAINT " + sql::ident(c.name)};
}

Statements comment_constraint(const std::string& schema, const std::string& table, const Constraint& c) {
  return {comment_on("CONSTRAINT", sql::ident(c.name) + " ON " + sql::qualified(schema, table), c.comment)};
}

}  // namespace schemaplan::ddl
