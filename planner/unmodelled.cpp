#include "planner/unmodelled.h"

#include <set>

#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan {

namespace {

/// How Catalog::unsupported describes the object `id` (introspect/unsupported_query.cpp), or "" for a kind it
/// never lists as something modelled objects depend on.
std::string unmodelled_description(const ObjectId& id) {
  const std::string q = sql::qualified(id.schema, id.name);
  switch (id.kind) {
    // Functions, procedures and aggregates are modelled; window functions are not (they are written in C).
    case ObjectKind::Function: return "window function " + q + "(" + id.signature + ")";
    // Enums, domains, composite and range types are modelled; base types are not (they need C functions).
    case ObjectKind::Type: return "base type " + q;
    default: return "";
  }
}

}  // namespace

void check_unmodelled_needs(const Catalog& from, const Catalog& to, const std::vector<Node>& nodes) {
  if (to.unsupported.empty()) return;
  const std::set<std::string> there(from.unsupported.begin(), from.unsupported.end());
  std::set<std::string> missing;
  for (const auto& u : to.unsupported)
    if (!there.count(u)) missing.insert(u);
  if (missing.empty()) return;
  for (const Node& n : nodes) {
    if (n.action != NodeAction::Create) continue;
    for (const auto& dep : n.after_deps) {
      std::string what = unmodelled_description(dep);
      if (what.empty() || !missing.count(what)) continue;
      fail("unmodelled-dependency", n.step.target.str() + " needs " + what +
                                        ", which schemaplan does not model yet: the plan cannot create it (create " +
                                        what + " by hand where the plan runs first, or leave " +
                                        n.step.target.str() + " out with a filter)");
    }
  }
}

}  // namespace schemaplan
