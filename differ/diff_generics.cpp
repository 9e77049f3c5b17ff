// Objects kept as DDL text (model/generic.h): PostgreSQL changes almost none of them in place, so a new
// definition drops the object and creates it again (the planner's cascade takes what depends on it along);
// only a comment changes in place, a range type is swapped in place for a new one, and an operator's
// estimators (RESTRICT, JOIN) are set in place.
#include "differ/change.h"
#include "differ/diff_by_key.h"

namespace schemaplan {

void diff_generics(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  differ_detail::diff_objects(from.generics, to.generics, out,
                              [](const GenericObject& a, const GenericObject& b, std::vector<std::string>& f) {
                                differ_detail::field(f, "definition", a.create, b.create);
                                differ_detail::field(f, "comment", a.comment, b.comment);
                                // A range type cannot be dropped under its columns: the planner swaps it for the
                                // new one (planner/sql/range_ddl.cpp), as it does an enum.
                                if (a.create == b.create || a.kind == ObjectKind::Type) return true;
                                // An operator's estimators (its second statement) change in place by ALTER
                                // OPERATOR ... SET; its CREATE itself cannot (planner/sql/generic_ddl.cpp).
                                return a.kind == ObjectKind::Operator && !a.create.empty() && !b.create.empty() &&
                                       a.create[0] == b.create[0];
                              });
}

}  // namespace schemaplan
