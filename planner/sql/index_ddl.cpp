#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {

Statements create_index(const Index& i, bool concurrently) {
  Statements out{std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "") +
                 sql::ident(i.name) + " ON " + sql::qualified(i.schema, i.table) + " " + i.definition};
  for (auto& s : index_flags(i.schema, i.table, i.name, IndexFlags{}, i.flags)) out.push_back(std::move(s));
  if (i.comment) out.push_back(comment_index(i)[0]);
  return out;
}

std::string create_index_only(const Index& i) {
  return std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + sql::ident(i.name) + " ON ONLY " +
         sql::qualified(i.schema, i.table) + " " + i.definition;
}

Statements drop_index(const Index& i, bool concurrently) {
  return {std::string("DROP INDEX ") + (concurrently ? "CONCURRENTLY " : "") + sql::qualified(i.schema, i.name)};
}

Statements comment_index(const Index& i) { return {comment_on("INDEX", sql::qualified(i.schema, i.name), i.comment)}; }

}  // namespace schemaplan::ddl
