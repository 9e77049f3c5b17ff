#include "planner/renames.h"

#include <algorithm>
#include <cctype>

#include "model/sql_writer.h"
#include "planner/dependencies.h"
#include "planner/rules/rules.h"

namespace schemaplan {
namespace {

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || c == '"'; }

Table* find_table(Catalog& c, const std::string& schema, const std::string& name) {
  for (auto& t : c.tables)
    if (t.schema == schema && t.name == name) return &t;
  return nullptr;
}

void rename_in_deps(std::vector<ObjectId>& deps, const ObjectId& old_id, const ObjectId& new_id) {
  for (auto& d : deps) {
    if (d == old_id) d = new_id;
    // A table's parts name it as their parent.
    if (old_id.kind == ObjectKind::Table && d.schema == old_id.schema && d.parent == old_id.name) d.parent = new_id.name;
  }
}

void rename_everywhere_deps(Catalog& c, const ObjectId& o, const ObjectId& n) {
  for (auto& t : c.tables) {
    rename_in_deps(t.meta.deps, o, n);
    for (auto& col : t.columns) rename_in_deps(col.meta.deps, o, n);
    for (auto& k : t.constraints) rename_in_deps(k.meta.deps, o, n);
  }
  for (auto& i : c.indexes) rename_in_deps(i.meta.deps, o, n);
  for (auto& s : c.sequences) rename_in_deps(s.meta.deps, o, n);
}

bool rename_table(Catalog& c, const std::string& schema, const std::string& o, const std::string& n) {
  Table* t = find_table(c, schema, o);
  if (!t) return false;
  t->name = n;
  // `REFERENCES public.t(id)` from a database, `REFERENCES public.t (id)` from the parser.
  const std::string old_q = " REFERENCES " + sql::qualified(schema, o), new_q = " REFERENCES " + sql::qualified(schema, n);
  for (auto& other : c.tables)
    for (auto& k : other.constraints)
      if (k.ref_schema == schema && k.ref_table == o) {
        k.ref_table = n;
        auto at = k.definition.find(old_q);
        if (at != std::string::npos && at + old_q.size() < k.definition.size() &&
            (k.definition[at + old_q.size()] == '(' || k.definition[at + old_q.size()] == ' '))
          k.definition.replace(at, old_q.size(), new_q);
      }
  for (auto& i : c.indexes)
    if (i.schema == schema && i.table == o) i.table = n;
  for (auto& s : c.sequences)
    if (s.schema == schema && s.owned_by_table == o) s.owned_by_table = n;
  rename_everywhere_deps(c, {ObjectKind::Table, schema, o, "", ""}, {ObjectKind::Table, schema, n, "", ""});
  // Rules and statistics objects follow their tables by OID: after the rename they are the same objects, naming
  // the new name (a rule names its table in its identity too; DROP RULE ... ON the old name would fail then).
  const std::string old_name = sql::qualified(schema, o), new_name = sql::qualified(schema, n);
  for (auto& g : c.generics) {
    if (g.kind != ObjectKind::Rule && g.kind != ObjectKind::Statistics) continue;
    if (g.kind == ObjectKind::Rule && g.schema == schema && g.parent == o) g.parent = n;
    for (auto& statement : g.create) statement = replace_identifier(statement, old_name, new_name);
    rename_in_deps(g.meta.deps, {ObjectKind::Table, schema, o, "", ""}, {ObjectKind::Table, schema, n, "", ""});
  }
  return true;
}

bool rename_column(Catalog& c, const std::string& schema, const std::string& table, const std::string& o,
                   const std::string& n) {
  Table* t = find_table(c, schema, table);
  if (!t) return false;
  auto col = std::find_if(t->columns.begin(), t->columns.end(), [&](const Column& x) { return x.name == o; });
  if (col == t->columns.end()) return false;
  col->name = n;
  const std::string oi = sql::ident(o), ni = sql::ident(n);
  auto swap_names = [&](std::vector<std::string>& v) { std::replace(v.begin(), v.end(), o, n); };
  for (auto& x : t->columns)
    if (x.generated) x.generated = replace_identifier(*x.generated, oi, ni);
  for (auto& k : t->constraints) {
    swap_names(k.columns);
    // A foreign key's own columns come before REFERENCES; a self-reference names the column after it too.
    k.definition = replace_identifier(k.definition, oi, ni);
  }
  for (auto& other : c.tables) {
    if (&other == t) continue;
    for (auto& k : other.constraints)
      if (k.ref_schema == schema && k.ref_table == table) {
        swap_names(k.ref_columns);
        if (auto at = k.definition.find(" REFERENCES "); at != std::string::npos)
          k.definition = k.definition.substr(0, at) + replace_identifier(k.definition.substr(at), oi, ni);
      }
  }
  for (auto& i : c.indexes)
    if (i.schema == schema && i.table == table) {
      swap_names(i.columns);
      i.definition = replace_identifier(i.definition, oi, ni);
    }
  for (auto& s : c.sequences)
    if (s.schema == schema && s.owned_by_table == table && s.owned_by_column == o) s.owned_by_column = n;
  rename_everywhere_deps(c, {ObjectKind::Column, schema, o, table, ""}, {ObjectKind::Column, schema, n, table, ""});
  // A statistics object names only its table's columns, between ON and its (last) FROM: it follows the column
  // as PostgreSQL does, and the plan has no step for it. (A rule may name columns of other tables of the same
  // name: it is replaced with its new text instead.)
  const ObjectId old_column{ObjectKind::Column, schema, o, table, ""};
  for (auto& g : c.generics) {
    if (g.kind != ObjectKind::Statistics || g.create.empty()) continue;
    if (std::find(g.meta.deps.begin(), g.meta.deps.end(), old_column) == g.meta.deps.end()) continue;
    std::string& create = g.create[0];
    size_t on = create.find(" ON "), from = create.rfind(" FROM ");
    if (on == std::string::npos || from == std::string::npos || from < on) continue;
    create = create.substr(0, on) + replace_identifier(create.substr(on, from - on), oi, ni) + create.substr(from);
    rename_in_deps(g.meta.deps, old_column, {ObjectKind::Column, schema, n, table, ""});
  }
  return true;
}

bool rename_constraint(Catalog& c, const std::string& schema, const std::string& table, const std::string& o,
                       const std::string& n) {
  Table* t = find_table(c, schema, table);
  if (!t) return false;
  for (auto& k : t->constraints)
    if (k.name == o) {
      k.name = n;
      rename_everywhere_deps(c, {ObjectKind::Constraint, schema, o, table, ""}, {ObjectKind::Constraint, schema, n, table, ""});
      return true;
    }
  return false;
}

bool rename_index(Catalog& c, const std::string& schema, const std::string& o, const std::string& n) {
  for (auto& i : c.indexes)
    if (i.schema == schema && i.name == o) {
      ObjectId old_id = i.id();
      i.name = n;
      rename_everywhere_deps(c, old_id, i.id());
      return true;
    }
  return false;
}

/// The object `id` names in `c`, or monostate.
ObjectValue find(const Catalog& c, const ObjectId& id) {
  switch (id.kind) {
    case ObjectKind::Table:
      if (const Table* t = c.table(id.schema, id.name)) return *t;
      break;
    case ObjectKind::Column:
      if (const Table* t = c.table(id.schema, id.parent))
        if (const Column* col = t->column(id.name)) return *col;
      break;
    case ObjectKind::Constraint:
      if (const Table* t = c.table(id.schema, id.parent))
        if (const Constraint* k = t->constraint(id.name)) return *k;
      break;
    case ObjectKind::Index:
      for (const auto& i : c.indexes)
        if (i.schema == id.schema && i.name == id.name) return i;
      break;
    default: break;
  }
  return {};
}

}  // namespace

std::string replace_identifier(const std::string& text, const std::string& from, const std::string& to) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\'') {  // a string literal is copied as is
      size_t j = i + 1;
      while (j < text.size()) {
        if (text[j] == '\'' && !(j + 1 < text.size() && text[j + 1] == '\'')) break;
        j += text[j] == '\'' ? 2 : 1;
      }
      out.append(text, i, j + 1 - i);
      i = j + 1;
      continue;
    }
    if (text.compare(i, from.size(), from) == 0 && (i == 0 || !ident_char(text[i - 1])) &&
        (i + from.size() >= text.size() || !ident_char(text[i + from.size()]))) {
      out += to;
      i += from.size();
      continue;
    }
    out += text[i++];
  }
  return out;
}

Catalog apply_renames(const Catalog& from, const Catalog& to, std::vector<Rename>& out) {
  Catalog c = from;
  for (const auto& h : to.renames) {  // sorted by id: tables before their columns and constraints
    ObjectId old_id = h.id;
    old_id.name = h.old_name;
    // Only a pair: the old name exists before and not after, the new name after and not before.
    if (h.old_name == h.id.name || std::holds_alternative<std::monostate>(find(c, old_id)) ||
        !std::holds_alternative<std::monostate>(find(c, h.id)) || std::holds_alternative<std::monostate>(find(to, h.id)) ||
        !std::holds_alternative<std::monostate>(find(to, old_id)))
      continue;
    ObjectValue before = find(c, old_id);
    bool done = false;
    switch (h.id.kind) {
      case ObjectKind::Table: done = rename_table(c, h.id.schema, h.old_name, h.id.name); break;
      case ObjectKind::Column: done = rename_column(c, h.id.schema, h.id.parent, h.old_name, h.id.name); break;
      case ObjectKind::Constraint: done = rename_constraint(c, h.id.schema, h.id.parent, h.old_name, h.id.name); break;
      case ObjectKind::Index: done = rename_index(c, h.id.schema, h.old_name, h.id.name); break;
      default: break;
    }
    if (done) out.push_back({old_id, h.id, std::move(before), find(to, h.id)});
  }
  if (!out.empty()) normalize(c);
  return c;
}

std::vector<Node> rename_nodes(const Rename& r, const StepContext& ctx, std::vector<Change>& changes) {
  const ObjectId& n = r.new_id;
  const std::string table = sql::qualified(n.schema, n.kind == ObjectKind::Table ? r.old_id.name : n.parent);
  Node node;
  node.action = NodeAction::Alter;
  node.step.target = n;
  node.step.change = ChangeKind::Alter;
  node.step.action = std::string("rename ") + kind_name(n.kind);
  // Provides nothing: every other step comes after it anyway (`first`), and steps that must precede a change of
  // the renamed object are written with the new name, so they do not have to precede the rename.
  node.first = true;
  node.step.locked_table = table;
  node.step.lock = LockLevel::AccessExclusive;
  const std::string o = sql::ident(r.old_id.name), nn = sql::ident(n.name);
  switch (n.kind) {
    case ObjectKind::Table:
      node.step.forward = {"ALTER TABLE " + sql::qualified(n.schema, r.old_id.name) + " RENAME TO " + nn};
      node.step.rollback = {"ALTER TABLE " + sql::qualified(n.schema, n.name) + " RENAME TO " + o};
      break;
    case ObjectKind::Column: {
      const Column& b = std::get<Column>(r.before);
      const Column& a = std::get<Column>(r.after);
      auto key = rules::primary_key(ctx.from, n.schema, n.parent);
      // The online form needs what rule 6 needs: a plain column, a key to batch on.
      bool plain = !b.identity && !a.identity && !b.generated && !a.generated && !key.empty();
      if (plain) {
        for (const auto& t : ctx.from.tables)
          for (const auto& k : t.constraints) {
            if (t.schema == n.schema && t.name == n.parent && std::count(k.columns.begin(), k.columns.end(), n.name)) plain = false;
            if (k.ref_schema == n.schema && k.ref_table == n.parent && std::count(k.ref_columns.begin(), k.ref_columns.end(), n.name)) plain = false;
          }
        for (const auto& i : ctx.from.indexes)
          if (i.schema == n.schema && i.table == n.parent && std::count(i.columns.begin(), i.columns.end(), n.name)) plain = false;
        for (const auto& s : ctx.from.sequences)
          if (s.schema == n.schema && s.owned_by_table == n.parent && s.owned_by_column == n.name) plain = false;
        if (const Table* t = ctx.to_index.table(n.schema, n.parent))
          for (const auto& k : t->constraints)
            if (std::count(k.columns.begin(), k.columns.end(), n.name)) plain = false;
        for (const auto& i : ctx.to.indexes)
          if (i.schema == n.schema && i.table == n.parent && std::count(i.columns.begin(), i.columns.end(), n.name)) plain = false;
      }
      if (ctx.options.strategy == Strategy::Online && plain) {
        std::erase_if(changes, [&](const Change& c) { return c.id == n; });
        rules::ExpandContract ec;
        ec.schema = n.schema;
        ec.table = n.parent;
        ec.old_column = b;
        ec.new_column = a;
        ec.key = key;
        Node like;
        like.step.target = n;
        like.step.change = ChangeKind::Alter;
        like.rank = 26;  // among column steps
        like.after_deps = dependencies(ctx.to_index, n, a);
        std::vector<Node> out = rules::expand_contract(ec, like, ctx);
        for (auto& x : out) {
          if (x.step.action == "add replacement column") x.step.action = "add renamed column";
          if (x.step.action == "replace column") x.step.action = "drop old column";
        }
        return out;
      }
      node.step.forward = {"ALTER TABLE " + table + " RENAME COLUMN " + o + " TO " + nn};
      node.step.rollback = {"ALTER TABLE " + table + " RENAME COLUMN " + nn + " TO " + o};
      break;
    }
    case ObjectKind::Constraint:
      node.step.forward = {"ALTER TABLE " + table + " RENAME CONSTRAINT " + o + " TO " + nn};
      node.step.rollback = {"ALTER TABLE " + table + " RENAME CONSTRAINT " + nn + " TO " + o};
      break;
    case ObjectKind::Index:
      node.step.forward = {"ALTER INDEX " + sql::qualified(n.schema, r.old_id.name) + " RENAME TO " + nn};
      node.step.rollback = {"ALTER INDEX " + sql::qualified(n.schema, n.name) + " RENAME TO " + o};
      node.step.lock = LockLevel::ShareUpdateExclusive;  // PostgreSQL 12+
      break;
    default: return {};
  }
  node.step.hazards.push_back({hazard::kBreaksRunningCode, "renames " + r.old_id.sql_name() + " to " + n.sql_name() +
                                                               ": code still using the old name fails"});
  return {node};
}

void note_possible_renames(const std::vector<Change>& changes, std::vector<Node>& nodes) {
  for (Node& nd : nodes) {
    if (nd.action != NodeAction::Drop || nd.step.change != ChangeKind::Drop) continue;
    const ObjectId& d = nd.step.target;
    if (d.kind != ObjectKind::Column && d.kind != ObjectKind::Table) continue;
    // A column only of the same type: a rename keeps the type (or a hint plus a type change says both).
    std::string added;
    for (const auto& c : changes) {
      if (c.kind != ChangeKind::Create || c.id.kind != d.kind || c.id.schema != d.schema || c.id.parent != d.parent) continue;
      if (const auto* col = std::get_if<Column>(&c.after)) {
        bool same_type = false;
        for (const auto& o : changes)
          if (o.id == d && o.kind == ChangeKind::Drop) same_type = std::get<Column>(o.before).type == col->type;
        if (!same_type) continue;
      }
      added = c.id.name;
      break;
    }
    if (added.empty()) continue;
    for (auto& h : nd.step.hazards)
      if (h.code == hazard::kDeletesData)
        h.message += "; if " + sql::ident(added) + " is " + sql::ident(d.name) +
                     " renamed, say so with `-- schemaplan:renamed-from " + sql::ident(d.name) + "` on its definition";
  }
}

}  // namespace schemaplan
