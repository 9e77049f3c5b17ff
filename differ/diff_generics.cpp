// Objects kept as DDL text (model/generic.h): PostgreSQL changes almost none of them in place, so a new
// definition drops the object and creates it again (the planner's cascade takes what depends on it along);
// only a comment changes in place, a range type or a collation is swapped in place for a new one, an
// operator's estimators (RESTRICT, JOIN) are set in place, and so are a text search dictionary's options.
#include <algorithm>

#include "differ/change.h"
#include "differ/diff_by_key.h"
#include "model/ascii.h"
#include "model/sql_writer.h"
#include "model/text_search.h"

namespace schemaplan {
namespace {

/// `left, right` of an operator signature, swapped (a commutator's operands).
std::string swapped(const std::string& signature) {
  auto comma = signature.find(", ");
  return comma == std::string::npos ? signature : signature.substr(comma + 2) + ", " + signature.substr(0, comma);
}

/// Whether operator `y`'s CREATE names operator `x` as its COMMUTATOR or NEGATOR (both producers write the link
/// as `OPERATOR(schema.name)`; a commutator has the operands swapped, a negator the same ones).
bool links_to(const GenericObject& y, const ObjectId& x) {
  if (y.create.empty()) return false;
  const std::string text = ascii_lower(y.create[0]);
  const std::string target = ascii_lower("OPERATOR(" + sql::ident(x.schema) + "." + x.name + ")");
  return (x.signature == swapped(y.signature) && text.find("commutator = " + target) != std::string::npos) ||
         (x.signature == y.signature && text.find("negator = " + target) != std::string::npos);
}

/// Dropping an operator clears the COMMUTATOR and NEGATOR links of those naming it, which a desired operator
/// that still names it holds (PostgreSQL made a shell for it). Only creating that operator again makes the shell
/// and the links again: it is recreated (after the drop, planner/order.cpp). An operator created again instead
/// sets the links back itself.
void relink_operators(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  std::vector<ObjectId> dropped;
  for (const auto& c : out)
    if (c.kind == ChangeKind::Drop && c.id.kind == ObjectKind::Operator) dropped.push_back(c.id);
  for (const auto& x : dropped)
    for (const auto& y : to.generics) {
      if (y.kind != ObjectKind::Operator || !links_to(y, x)) continue;
      const GenericObject* old = from.generic(y.id());
      if (!old) continue;  // created anyway
      auto it = std::find_if(out.begin(), out.end(), [&](const Change& c) { return c.id == y.id(); });
      std::string why = "names " + x.str();
      if (it == out.end()) {
        out.push_back(Change{ChangeKind::Recreate, y.id(), *old, y, {why}, ""});
      } else if (it->kind == ChangeKind::Alter) {
        it->kind = ChangeKind::Recreate;
        it->fields.push_back(why);
        std::sort(it->fields.begin(), it->fields.end());
      }
    }
}

}  // namespace

void diff_generics(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  differ_detail::diff_objects(from.generics, to.generics, out,
                              [](const GenericObject& a, const GenericObject& b, std::vector<std::string>& f) {
                                differ_detail::field(f, "definition", a.create, b.create);
                                differ_detail::field(f, "comment", a.comment, b.comment);
                                // A range type or a collation cannot be dropped under its columns: the planner swaps
                                // it for the new one (planner/sql/range_ddl.cpp, collation_ddl.cpp), as it does an
                                // enum.
                                if (a.create == b.create || a.kind == ObjectKind::Type || a.kind == ObjectKind::Collation)
                                  return true;
                                // A rule is replaced in place (CREATE OR REPLACE RULE: nothing depends on a rule);
                                // a statistics object's target is set in place (ALTER STATISTICS ... SET STATISTICS).
                                if (a.kind == ObjectKind::Rule) return true;
                                if (a.kind == ObjectKind::Statistics) return !a.create.empty() && !b.create.empty() && a.create[0] == b.create[0];
                                // An operator's estimators (its second statement) change in place by ALTER
                                // OPERATOR ... SET; its CREATE itself cannot (planner/sql/generic_ddl.cpp).
                                if (a.kind == ObjectKind::TextSearchDictionary && a.create.size() == 1 && b.create.size() == 1) {
                                  // ALTER TEXT SEARCH DICTIONARY sets and removes options; the template stays.
                                  auto x = split_dictionary(a.create[0]), y = split_dictionary(b.create[0]);
                                  return x && y && x->head == y->head;
                                }
                                return a.kind == ObjectKind::Operator && !a.create.empty() && !b.create.empty() &&
                                       a.create[0] == b.create[0];
                              });
  relink_operators(from, to, out);
}

}  // namespace schemaplan
