// Objects kept as DDL text (model/generic.h): their statements as the producer wrote them, DROP and COMMENT ON
// through the one address of each kind.
#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string comment_generic(const GenericObject& g) {
  return "COMMENT ON " + generic_address(g.id()) + " IS " + (g.comment ? sql::literal(*g.comment) : std::string("NULL"));
}

}  // namespace

Statements create_generic(const GenericObject& g) {
  Statements out = g.create;
  if (g.comment && generic_commentable(g.kind)) out.push_back(comment_generic(g));
  return out;
}

Statements drop_generic(const GenericObject& g) { return {"DROP " + generic_address(g.id())}; }

Statements alter_generic(const GenericObject& before, const GenericObject& after) {
  if (before.comment == after.comment || !generic_commentable(after.kind)) return {};
  return {comment_generic(after)};
}

}  // namespace schemaplan::ddl
