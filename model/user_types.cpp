#include <algorithm>
#include <tuple>

#include "model/model.h"

namespace schemaplan {

const DomainConstraint* Domain::constraint(const std::string& n) const {
  for (const auto& c : constraints)
    if (c.name == n) return &c;
  return nullptr;
}

const CompositeAttribute* CompositeType::attribute(const std::string& n) const {
  for (const auto& a : attributes)
    if (a.name == n) return &a;
  return nullptr;
}

const Domain* Catalog::domain(const std::string& s, const std::string& n) const {
  for (const auto& d : domains)
    if (d.schema == s && d.name == n) return &d;
  return nullptr;
}

const CompositeType* Catalog::composite(const std::string& s, const std::string& n) const {
  for (const auto& t : composites)
    if (t.schema == s && t.name == n) return &t;
  return nullptr;
}

void normalize_user_types(Catalog& c) {
  auto by_schema_name = [](const auto& a, const auto& b) { return std::tie(a.schema, a.name) < std::tie(b.schema, b.name); };
  std::sort(c.domains.begin(), c.domains.end(), by_schema_name);
  std::sort(c.composites.begin(), c.composites.end(), by_schema_name);
  for (auto& d : c.domains) {
    std::sort(d.constraints.begin(), d.constraints.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    // As for columns: a null default is no default (PostgreSQL stores none for `DEFAULT NULL`).
    if (d.default_expr && is_null_default(*d.default_expr) && d.base_type.find('(') == std::string::npos)
      d.default_expr.reset();
  }
}

}  // namespace schemaplan
