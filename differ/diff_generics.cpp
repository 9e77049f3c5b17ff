// Objects kept as DDL text (model/generic.h): PostgreSQL changes almost none of them in place, so a new
// definition drops the object and creates it again (the planner's cascade takes what depends on it along);
// only a comment changes in place, and a range type or a collation is swapped in place for a new one.
#include "differ/change.h"
#include "differ/diff_by_key.h"

namespace schemaplan {

void diff_generics(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  differ_detail::diff_objects(from.generics, to.generics, out,
                              [](const GenericObject& a, const GenericObject& b, std::vector<std::string>& f) {
                                differ_detail::field(f, "definition", a.create, b.create);
                                differ_detail::field(f, "comment", a.comment, b.comment);
                                // A range type or a collation cannot be dropped under its columns: the planner swaps
                                // it for the new one (planner/sql/range_ddl.cpp, collation_ddl.cpp), as it does an
                                // enum.
                                return a.create == b.create || a.kind == ObjectKind::Type || a.kind == ObjectKind::Collation;
                              });
}

}  // namespace schemaplan
