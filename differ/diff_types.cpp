// Domains and composite types: compared as wholes, changed in place by one ALTER step each (constraints and
// attributes are listed in `fields`), recreated only when PostgreSQL cannot alter what changed.
#include <algorithm>
#include <map>
#include <tuple>

#include "differ/change.h"
#include "differ/diff_by_key.h"

namespace schemaplan {
namespace {

using differ_detail::field;

/// Adapts a `compare(a, b, recreate) -> fields` function to diff_objects.
template <class T, class CompareFn>
void diff_types(const std::vector<T>& from, const std::vector<T>& to, CompareFn compare, std::vector<Change>& out) {
  differ_detail::diff_objects(from, to, out, [&](const T& a, const T& b, std::vector<std::string>& f) {
    bool recreate = false;
    f = compare(a, b, recreate);
    return !recreate;
  });
}

std::vector<std::string> compare_domain(const Domain& a, const Domain& b, bool& recreate) {
  std::vector<std::string> f;
  field(f, "base_type", a.base_type, b.base_type);
  field(f, "collation", a.collation, b.collation);
  // ALTER DOMAIN changes neither the base type nor the collation: the planner swaps the domain for a new one
  // and moves its columns over (planner/sql/user_type_ddl.cpp), as for an enum that loses a value.
  recreate = false;
  field(f, "default", a.default_expr, b.default_expr);
  field(f, "not_null", a.not_null, b.not_null);
  field(f, "comment", a.comment, b.comment);
  std::map<std::string, std::pair<const DomainConstraint*, const DomainConstraint*>> cons;
  for (const auto& c : a.constraints) cons[c.name].first = &c;
  for (const auto& c : b.constraints) cons[c.name].second = &c;
  for (const auto& [name, pair] : cons)
    if (!pair.first || !pair.second || !(*pair.first == *pair.second)) f.push_back("constraint " + name);
  return f;
}

std::vector<std::string> compare_composite(const CompositeType& a, const CompositeType& b, bool& recreate) {
  std::vector<std::string> f;
  recreate = false;
  field(f, "comment", a.comment, b.comment);
  std::map<std::string, std::pair<const CompositeAttribute*, const CompositeAttribute*>> attrs;
  for (const auto& x : a.attributes) attrs[x.name].first = &x;
  for (const auto& x : b.attributes) attrs[x.name].second = &x;
  for (const auto& [name, pair] : attrs)
    if (!pair.first || !pair.second || !(*pair.first == *pair.second)) f.push_back("attribute " + name);
  return f;
}

}  // namespace

void diff_user_types(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  diff_types(from.domains, to.domains, compare_domain, out);
  diff_types(from.composites, to.composites, compare_composite, out);
}

}  // namespace schemaplan
