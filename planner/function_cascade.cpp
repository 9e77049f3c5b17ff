// A function that is recreated (DROP + CREATE, because CREATE OR REPLACE cannot change its return type or
// argument names) cannot be dropped while other objects use it. Each user is taken along, in up and down
// alike:
// - a trigger, a constraint, an index, another function: dropped before and created after (a Recreate of
//   its own, ordered by the usual rules: its old state needs the old function, its new state the new one);
// - a column default: removed before and set again after, as two alterations of the column (the column
//   itself and its data stay).
// Repeated until nothing more is added, since a recreated function may itself be used by another one.
// This is specific to functions for now; a generic cascade for every kind is planned (planner/cascade.cpp).
#include "planner/function_cascade.h"

#include <algorithm>
#include <set>

namespace schemaplan {
namespace {

bool uses(const std::vector<ObjectId>& deps, const std::set<ObjectId>& going) {
  return std::any_of(deps.begin(), deps.end(), [&](const ObjectId& d) { return going.count(d) > 0; });
}

ObjectId trigger_function(const Trigger& t) { return {ObjectKind::Function, t.function_schema, t.function_name, "", ""}; }

}  // namespace

void cascade_function_recreations(const Catalog& from, const Catalog& to, std::vector<Change>& changes) {
  for (bool added = true; added;) {
    added = false;
    std::set<ObjectId> going;  // functions whose old definition is dropped while the name stays
    for (const auto& c : changes) {
      // A text search configuration created again is held the same way by a column default naming it
      // (`DEFAULT 'public.cfg'::regconfig`, which pg_depend records); what else uses it follows through the cascade.
      if ((c.id.kind == ObjectKind::Function || c.id.kind == ObjectKind::TextSearchConfiguration) && c.kind == ChangeKind::Recreate)
        going.insert(c.id);
    }
    if (going.empty()) return;
    auto recreate = [&](const ObjectId& id, ObjectValue before, ObjectValue after, const ObjectId& why) {
      // An in-place change of the same object becomes part of the recreation.
      auto it = std::find_if(changes.begin(), changes.end(), [&](const Change& c) { return c.id == id; });
      if (it != changes.end()) {
        if (it->kind != ChangeKind::Alter) return;
        it->kind = ChangeKind::Recreate;
        it->fields.push_back("depends on " + why.str());
      } else {
        changes.push_back(Change{ChangeKind::Recreate, id, std::move(before), std::move(after),
                                 {"depends on " + why.str()}, ""});
      }
      added = true;
    };
    auto first_going = [&](const std::vector<ObjectId>& deps) {
      for (const auto& d : deps)
        if (going.count(d)) return d;
      return ObjectId{};
    };
    for (const auto& t : from.triggers) {
      const Trigger* t2 = to.trigger(t.schema, t.table, t.name);
      std::vector<ObjectId> deps = t.meta.deps;
      deps.push_back(trigger_function(t));
      if (t2 && uses(deps, going)) recreate(t.id(), t, *t2, first_going(deps));
    }
    for (const auto& f : from.functions) {
      if (going.count(f.id()) || !uses(f.meta.deps, going)) continue;
      auto it = std::find_if(to.functions.begin(), to.functions.end(), [&](const Function& g) { return g.id() == f.id(); });
      if (it != to.functions.end()) recreate(f.id(), f, *it, first_going(f.meta.deps));
    }
    for (const auto& i : from.indexes) {
      if (!uses(i.meta.deps, going)) continue;
      auto it = std::find_if(to.indexes.begin(), to.indexes.end(), [&](const Index& j) { return j.id() == i.id(); });
      if (it != to.indexes.end()) recreate(i.id(), i, *it, first_going(i.meta.deps));
    }
    for (const auto& t : from.tables) {
      const Table* t2 = to.table(t.schema, t.name);
      if (!t2) continue;
      for (const auto& k : t.constraints) {
        ObjectId id{ObjectKind::Constraint, t.schema, k.name, t.name, ""};
        const Constraint* k2 = t2->constraint(k.name);
        if (k2 && uses(k.meta.deps, going)) recreate(id, k, *k2, first_going(k.meta.deps));
      }
      for (const auto& c : t.columns) {
        ObjectId id{ObjectKind::Column, t.schema, c.name, t.name, ""};
        const Column* c2 = t2->column(c.name);
        if (!c2 || !c.default_expr || !uses(c.meta.deps, going)) continue;
        // An alteration of the column already planned (its default's text may change with the function's
        // result type) is split the same way: its first half only removes the default.
        auto own = std::find_if(changes.begin(), changes.end(), [&](const Change& x) { return x.id == id; });
        if (own != changes.end()) {
          if (own->kind != ChangeKind::Alter || std::count_if(changes.begin(), changes.end(), [&](const Change& x) { return x.id == id; }) != 1)
            continue;
          changes.erase(own);
        }
        // Two alterations: drop the default (before the function goes), set it again (after it is back).
        Column bare = c;
        bare.default_expr.reset();
        bare.meta.deps.erase(std::remove_if(bare.meta.deps.begin(), bare.meta.deps.end(),
                                            [&](const ObjectId& d) { return d.kind == ObjectKind::Function || going.count(d); }),
                             bare.meta.deps.end());
        Column bare2 = bare;
        bare2.meta = c2->meta;
        bare2.meta.deps = bare.meta.deps;
        std::string why = "depends on " + first_going(c.meta.deps).str();
        changes.push_back(Change{ChangeKind::Alter, id, c, bare, {"default", why}, t.schema});
        changes.push_back(Change{ChangeKind::Alter, id, bare2, *c2, {"default", why}, t.schema});
        added = true;
      }
    }
  }
}

}  // namespace schemaplan
