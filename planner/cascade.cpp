// Why a cascade: PostgreSQL refuses to drop or retype an object that another object still holds on to (a
// view reading a column, a foreign key using a key, an index of a materialized view), unless it is told
// CASCADE, which would drop the holder silently and for good. The differ only sees what differs; a holder
// that is the same on both sides produces no change, yet it must leave before what it holds goes and come
// back after. So every change whose object's old state disappears (a drop, a recreation, a column whose
// type changes, an enum rebuilt under a new list of values, a view whose rollback cannot replace it in
// place) marks that object as going, and every unchanged object that depends on it, directly or through
// others, gets a Recreate change of its own: its drop step is ordered before the going object's step and
// its create step after (planner/order.cpp), in up.sql and, mirrored, in down.sql. Holders found this way
// are only those recorded in Meta.deps / the structural dependencies (planner/dependencies.cpp), never
// guessed from text.
//
// Which holders must follow is a per-kind policy (must_follow below): objects PostgreSQL adapts itself
// (an index on a retyped column is rebuilt by ALTER COLUMN TYPE, a CHECK is re-checked) do not follow, so
// plans stay as small as the server allows. A kind added later (functions, triggers, policies) follows by
// default once for_each_object() (differ/objects.cpp) lists it.
#include "planner/cascade.h"

#include <algorithm>
#include <map>

#include "differ/objects.h"
#include "planner/collation_uses.h"
#include "planner/dependencies.h"
#include "planner/sql/ddl.h"

namespace schemaplan {
namespace {

/// How an object's old state goes: removed (dropped, or dropped and created again), changed in a way that
/// holders which read it cannot survive (a column's type, an enum's values), or, for a column, moved to a new
/// type by a type swap (the old type is renamed first, so what the server stored as `'a'::t` now reads
/// `'a'::t__schemaplan_old`, which ALTER COLUMN TYPE cannot carry over to the new type).
enum class Going { Changed, Swapped, Removed };

/// Whether a stored index or constraint definition may hold a literal or cast of the column's old type.
bool holds_literal_or_cast(const std::string& definition) {
  return definition.find('\'') != std::string::npos || definition.find("::") != std::string::npos;
}

bool is_view(ObjectKind k) { return k == ObjectKind::View || k == ObjectKind::MaterializedView; }

/// Whether `holder` (its value `v`) must be recreated when `dep`, which it depends on, goes `how`.
bool must_follow(const ObjectId& holder, const ObjectRef& v, const ObjectId& dep, Going how) {
  // Objects kept as DDL text are never altered in place, whatever their kind: a foreign table (a Table) whose
  // server goes, a range type (a Type) whose subtype function goes, a publication holding a retyped column.
  if (ref_as<GenericObject>(v)) return true;
  // Nothing adapts a CHECK, an EXCLUDE or an index to an operator (or a collation, an operator class) dropped
  // under it: PostgreSQL refuses the drop, so they go before it and come back after.
  if ((holder.kind == ObjectKind::Constraint || holder.kind == ObjectKind::Index) && how == Going::Removed &&
      is_generic_kind(dep.kind))
    return true;
  switch (holder.kind) {
    case ObjectKind::Schema:
    case ObjectKind::Extension:
    case ObjectKind::Type:
    case ObjectKind::Sequence:
    case ObjectKind::SequenceOwner:
    case ObjectKind::Table:
      // Their changes convert what they hold in place (an enum swap converts the columns of that type).
      return false;
    case ObjectKind::Column: {
      // A stored generated column cannot outlive a function its expression calls, nor be moved to a swapped
      // type (its expression yields the old one), and PostgreSQL 15 cannot set a new expression: it is dropped
      // and added again (its values are computed again; nothing is lost). Type swaps leave it out
      // (planner/steps.cpp type_uses).
      const auto* col = ref_as<Column>(v);
      // So is one whose expression names a text search configuration created again (`to_tsvector('public.cfg',
      // body)`): PostgreSQL refuses to drop the configuration under it, and its values must follow the new one.
      return col && col->generated &&
             ((how == Going::Removed && (dep.kind == ObjectKind::Function || dep.kind == ObjectKind::TextSearchConfiguration)) ||
              (how == Going::Changed && dep.kind == ObjectKind::Type));
    }
    case ObjectKind::Constraint: {
      // A constraint that names a collation swapped for a new one holds the old one (its index's columns, which
      // ALTER COLUMN ... TYPE rebuilds with the column's collation, print no COLLATE of their own).
      if (const auto* c = ref_as<Constraint>(v); c && dep.kind == ObjectKind::Collation)
        return c->definition.find(" COLLATE ") != std::string::npos;
      // A foreign key keeps the key it references alive; a dropped table takes its keys along anyway.
      // A CHECK or EXCLUDE comparing a swapped column with a literal of its type is added again after it.
      // Any constraint on a column that is dropped and added again (a generated column) is added again after it.
      const auto* c = ref_as<Constraint>(v);
      // So is a constraint whose expression calls a function that is dropped and created again.
      if (how == Going::Removed && (dep.kind == ObjectKind::Column || dep.kind == ObjectKind::Function)) return true;
      if (c && how == Going::Swapped && (c->type == ConstraintType::Check || c->type == ConstraintType::Exclude))
        return holds_literal_or_cast(c->definition);
      return c && c->type == ConstraintType::ForeignKey && how == Going::Removed && dep.kind != ObjectKind::Table;
    }
    case ObjectKind::Index:
      // An index whose COLLATE names a swapped collation holds the old one; one that takes its column's collation
      // (no COLLATE printed) is rebuilt by ALTER COLUMN TYPE.
      if (dep.kind == ObjectKind::Collation) return std::get<const Index*>(v)->definition.find(" COLLATE ") != std::string::npos;
      // ALTER COLUMN TYPE rebuilds a table's indexes itself; a materialized view that is rebuilt loses them;
      // an expression or predicate holding a literal of a swapped column's type cannot be rebuilt.
      if (how == Going::Swapped) return holds_literal_or_cast(std::get<const Index*>(v)->definition);
      return how == Going::Removed &&
             (is_view(dep.kind) || dep.kind == ObjectKind::Column || dep.kind == ObjectKind::Function);
    case ObjectKind::Grant:
    case ObjectKind::Owner:
      // Privileges and owners live in the object's own catalog row: an object created again (a view, a
      // function, an enum swapped for a new type) starts from the defaults and the role running the plan, so
      // they are applied again after it. A column retyped in place keeps its privileges.
      return !((how == Going::Changed || how == Going::Swapped) && dep.kind == ObjectKind::Column);
    default:
      // Views, and kinds added later that read other objects: they cannot outlive what they read.
      return true;
  }
}

/// Kinds whose in-place change becomes a recreation when something they read goes (CREATE OR REPLACE VIEW
/// cannot run while a column it reads is being retyped; a GRANT, OWNER TO, trigger state or comment written
/// as a difference from the old object would miss what the new one lacks). An object kept as DDL text (`v`)
/// only ever changes its comment in place, or a range type swaps itself: created again instead, it follows
/// what it reads like any other.
bool upgradable(ObjectKind k, const ObjectRef& v) {
  return is_view(k) || k == ObjectKind::Grant || k == ObjectKind::Owner || k == ObjectKind::Trigger ||
         k == ObjectKind::Policy || ref_as<GenericObject>(v);
}

bool has_field(const Change& c, const char* f) { return std::find(c.fields.begin(), c.fields.end(), f) != c.fields.end(); }

/// What `changes` make go, before any cascading.
std::map<ObjectId, Going> initially_going(const Catalog& from, const Catalog& to, const std::vector<Change>& changes) {
  std::map<ObjectId, Going> going;
  auto mark = [&](const ObjectId& id, Going how) {
    auto [it, fresh] = going.emplace(id, how);
    if (!fresh && how > it->second) it->second = how;
  };
  // A type swapped for a new one (planner/sql/enum_ddl.cpp, user_type_ddl.cpp) retypes every column of it.
  auto mark_swapped = [&](const ObjectId& type) {
    mark(type, Going::Changed);
    for (const auto& t : from.tables) {
      if (!to.table(t.schema, t.name)) continue;
      for (const auto& col : t.columns)
        if (std::find(col.meta.deps.begin(), col.meta.deps.end(), type) != col.meta.deps.end())
          mark({ObjectKind::Column, t.schema, col.name, t.name, ""}, Going::Swapped);
    }
  };
  for (const auto& c : changes) {
    if (c.kind == ChangeKind::Drop || c.kind == ChangeKind::Recreate) {
      mark(c.id, Going::Removed);
      if (const auto* v = std::get_if<View>(&c.before)) mark(v->id(), Going::Removed);  // a view turned materialized
    } else if (c.kind == ChangeKind::Alter) {
      if (c.id.kind == ObjectKind::Column && (has_field(c, "type") || has_field(c, "collation"))) {
        mark(c.id, Going::Changed);
      } else if (const auto* e = std::get_if<EnumType>(&c.before)) {
        const auto& after = std::get<EnumType>(c.after);
        if (e->values == after.values) continue;
        // The swap retypes every column of the type (planner/sql/enum_ddl.cpp). Values only added are an ALTER
        // TYPE ... ADD VALUE forwards, but its rollback is a swap all the same (PostgreSQL cannot remove a
        // value): what reads the columns must be out of the way in down.sql too, so it follows both ways.
        mark_swapped(c.id);
      } else if (const auto* d = std::get_if<Domain>(&c.before)) {
        // A new base type or collation swaps the domain and retypes its columns, as an enum swap does.
        if (ddl::domain_needs_swap(*d, std::get<Domain>(c.after))) mark_swapped(c.id);
      } else if (const auto* g = std::get_if<GenericObject>(&c.before)) {
        // A range type with a new definition is swapped too (planner/sql/range_ddl.cpp).
        if (ddl::range_needs_swap(*g, std::get<GenericObject>(c.after))) mark_swapped(c.id);
        // A collation swap (planner/sql/collation_ddl.cpp) moves its columns and swaps its domains; what names the
        // old collation itself (an index's or a CHECK's COLLATE, a view) must not hold it when it is dropped.
        if (ddl::collation_needs_swap(*g, std::get<GenericObject>(c.after))) {
          mark(c.id, Going::Changed);
          CollationUses uses = collation_uses(c.id, from, to);
          for (const auto& u : uses.columns) mark({ObjectKind::Column, u.schema, u.column, u.table, ""}, Going::Changed);
          for (const auto& d : uses.domains) mark_swapped(d.domain.id());
        }
      } else if (const auto* v = std::get_if<View>(&c.before)) {
        // The rollback of an appended column cannot replace the view in place: it drops it and creates it
        // again, which views reading it must not be in the way of.
        const auto& after = std::get<View>(c.after);
        if (!v->materialized && v->columns != after.columns && !view_replaceable(after, *v)) mark(c.id, Going::Changed);
      }
    }
  }
  return going;
}

}  // namespace

void cascade_recreations(const Catalog& from, const Catalog& to, std::vector<Change>& changes) {
  cascade_recreations(from, CatalogIndex(from), to, changes);
}

void cascade_recreations(const Catalog& from, const CatalogIndex& from_index, const Catalog& to,
                         std::vector<Change>& changes) {
  std::map<ObjectId, Going> going = initially_going(from, to, changes);
  std::map<ObjectId, size_t> by_id;  // changes by object; a recreated view turned materialized appears once
  for (size_t i = 0; i < changes.size(); ++i) by_id.emplace(changes[i].id, i);
  // Until nothing more follows: a view over a view over a retyped column is found in the second round.
  for (bool grew = true; grew;) {
    grew = false;
    for_each_object_ref(from, [&](const ObjectId& id, const ObjectRef& value) {
      auto existing = by_id.find(id);
      if (existing != by_id.end() && changes[existing->second].kind == ChangeKind::Recreate) {
        // Recreated anyway; it still notes what it goes around (rules keep such a recreation in its plain form:
        // an index replaced concurrently beside the old one cannot be, when the old one's column goes first).
        Change& c = changes[existing->second];
        for (const auto& d : dependencies(from_index, id, value)) {
          auto g = going.find(d);
          if (g == going.end() || !must_follow(id, value, d, g->second)) continue;
          std::string why = "depends on " + d.str();
          if (std::find(c.fields.begin(), c.fields.end(), why) == c.fields.end()) {
            c.fields.push_back(why);
            std::sort(c.fields.begin(), c.fields.end());
          }
          break;
        }
        return;
      }
      if (existing != by_id.end() &&
          (changes[existing->second].kind != ChangeKind::Alter || !upgradable(id.kind, value)))
        return;
      for (const auto& d : dependencies(from_index, id, value)) {
        auto g = going.find(d);
        if (g == going.end() || !must_follow(id, value, d, g->second)) continue;
        std::string why = "depends on " + d.str();
        if (existing != by_id.end()) {
          Change& c = changes[existing->second];
          c.kind = ChangeKind::Recreate;
          c.fields.push_back(why);
          std::sort(c.fields.begin(), c.fields.end());
        } else {
          ObjectValue after = find_object(to, id);
          if (std::holds_alternative<std::monostate>(after)) return;
          by_id.emplace(id, changes.size());
          ObjectValue before = std::visit([](const auto* v) { return ObjectValue(*v); }, value);
          changes.push_back(Change{ChangeKind::Recreate, id, std::move(before), std::move(after), {why}, ""});
        }
        going[id] = Going::Removed;
        grew = true;
        return;
      }
    });
  }
}

}  // namespace schemaplan
