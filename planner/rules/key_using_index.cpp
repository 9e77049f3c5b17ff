// Rule 2: a PRIMARY KEY or UNIQUE constraint added to an existing table is built as a unique index
// CONCURRENTLY first, then attached with ADD CONSTRAINT ... USING INDEX.
//
// Why it is safe: a plain ADD PRIMARY KEY / UNIQUE builds its index while holding ACCESS EXCLUSIVE, so the table
// can be neither read nor written for the whole build. CREATE UNIQUE INDEX CONCURRENTLY builds the same index
// under SHARE UPDATE EXCLUSIVE (reads and writes go on), outside a transaction block; attaching a valid index
// to a constraint is then a catalog change (a brief ACCESS EXCLUSIVE). The index gets the constraint's name, so
// nothing is renamed, unless the name is still held (a key that changes, say gains a column, is dropped only just
// before its replacement is attached: often in the contract phase, after the foreign keys that need it): then the
// index is built under a temporary name, and ADD CONSTRAINT ... USING INDEX renames it to the constraint's.
// A PRIMARY KEY also needs its columns NOT NULL: those alter steps (rule 4, no scan under lock) come first
// because the constraint depends on its columns.
// Only the plain forms `PRIMARY KEY (cols)` / `UNIQUE [NULLS NOT DISTINCT] (cols)` (optionally DEFERRABLE) are
// rewritten; INCLUDE, WITH (...) or USING INDEX TABLESPACE keep the plain ADD CONSTRAINT with its hazard.
// A partitioned table keeps the plain form: PostgreSQL refuses both CREATE INDEX CONCURRENTLY and ADD CONSTRAINT
// ... USING INDEX on it, so the step says that it locks the table and every partition while their indexes build.
// Rollback: the constraint's rollback drops the constraint, which drops its index; the index step's rollback
// therefore says IF EXISTS, so it only removes an index left behind by a failed (INVALID) build.
#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {
namespace {

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

}  // namespace

// Declared in rules.h: rule 6 for keys (key_column_type.cpp) attaches keys the same way.
bool split_key(const Constraint& c, KeyParts& k) {
  std::string d = c.definition;
  if (c.type == ConstraintType::PrimaryKey && starts_with(d, "PRIMARY KEY ")) {
    k.primary = true;
    d = d.substr(12);
  } else if (c.type == ConstraintType::Unique && starts_with(d, "UNIQUE ")) {
    d = d.substr(7);
    if (starts_with(d, "NULLS NOT DISTINCT ")) {
      k.nulls = " NULLS NOT DISTINCT";
      d = d.substr(19);
    }
  } else {
    return false;
  }
  if (d.empty() || d[0] != '(') return false;
  int depth = 0;
  bool quoted = false;
  size_t end = 0;
  for (size_t i = 0; i < d.size(); ++i) {
    if (d[i] == '"') quoted = !quoted;
    if (quoted) continue;
    if (d[i] == '(') ++depth;
    if (d[i] == ')' && --depth == 0) {
      end = i + 1;
      break;
    }
  }
  if (end == 0) return false;
  k.keys = d.substr(0, end);
  std::string rest = d.substr(end);
  if (rest != "" && rest != " DEFERRABLE" && rest != " DEFERRABLE INITIALLY DEFERRED") return false;
  k.deferrable = rest;
  return true;
}

namespace {

/// True when `cat` holds a relation called `name` in `schema`: a table, view, sequence, index or key's index.
bool relation_named(const Catalog& cat, const std::string& schema, const std::string& name) {
  if (cat.table(schema, name) || cat.view(schema, name)) return true;
  for (const auto& s : cat.sequences)
    if (s.schema == schema && s.name == name) return true;
  for (const auto& i : cat.indexes)
    if (i.schema == schema && i.name == name) return true;
  for (const auto& t : cat.tables) {
    if (t.schema != schema) continue;
    for (const auto& c : t.constraints)
      if (c.name == name && (c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique ||
                             c.type == ConstraintType::Exclude))
        return true;
  }
  return false;
}

}  // namespace

void key_using_index(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (!ctx.options.concurrently || ch.id.kind != ObjectKind::Constraint ||
      !table_exists_before(ctx, ch.id.schema, ch.id.parent))
    return;
  if (const Table* t = ctx.from_index.table(ch.id.schema, ch.id.parent); t && !t->partition_key.empty()) {
    for (Node& n : nodes) {
      const auto* c = std::get_if<Constraint>(&ch.after);
      if (n.action != NodeAction::Create || !c ||
          (c->type != ConstraintType::PrimaryKey && c->type != ConstraintType::Unique))
        continue;
      n.step.hazards.push_back({hazard::kAccessExclusiveLock,
                                "a key of partitioned table " + sql::qualified(ch.id.schema, ch.id.parent) +
                                    " cannot be built concurrently nor attached with USING INDEX: ACCESS EXCLUSIVE on "
                                    "it and every partition until every partition's index is built"});
    }
    return;
  }
  for (size_t k = 0; k < nodes.size(); ++k) {
    Node& n = nodes[k];
    if (n.action != NodeAction::Create) continue;
    const auto& c = std::get<Constraint>(ch.after);
    KeyParts parts;
    if (!split_key(c, parts)) continue;
    const std::string table = sql::qualified(ch.id.schema, ch.id.parent);
    const std::string index_name =
        relation_named(ctx.from, ch.id.schema, c.name) ? helper_name(c.name + "_sp_new") : c.name;
    const std::string index = sql::qualified(ch.id.schema, index_name);
    const ObjectId index_id{ObjectKind::Index, ch.id.schema, index_name, ch.id.parent, ""};

    Node build;
    build.action = NodeAction::Create;
    build.step.target = ch.id;
    build.step.change = n.step.change;  // part of the constraint's creation: counted once in the summary
    build.step.phase = n.step.phase;
    build.step.action = std::string("build ") + (parts.primary ? "primary key" : "unique") + " index";
    build.step.forward = {"CREATE UNIQUE INDEX CONCURRENTLY " + sql::ident(index_name) + " ON " + table +
                          " USING btree " + parts.keys + parts.nulls};
    build.step.rollback = {"DROP INDEX CONCURRENTLY IF EXISTS " + index};
    build.step.transactional = false;
    build.step.lock = LockLevel::ShareUpdateExclusive;
    build.step.locked_table = table;
    build.step.scans = true;
    build.step.hazards = {{hazard::kIndexBuild, "builds the index of " + c.name + " concurrently: reads the whole table, writes go on"}};
    build.long_running = true;
    build.provides = {index_id};
    build.after_deps = n.after_deps;
    build.rank = n.rank;
    // Built under a temporary name beside the old key: first among the steps ready with it, so that the old
    // key is not dropped while the new index builds (the drop and the attach then share one transaction,
    // planner/recreation_blocks.cpp).
    if (index_name != c.name) build.rank = -1;

    n.step.forward = {"ALTER TABLE " + table + " ADD CONSTRAINT " + sql::ident(c.name) + " " +
                      (parts.primary ? "PRIMARY KEY" : "UNIQUE") + " USING INDEX " + sql::ident(index_name) + parts.deferrable};
    for (auto& f : ddl::index_flags(ch.id.schema, ch.id.parent, c.name, IndexFlags{}, c.flags))
      n.step.forward.push_back(std::move(f));
    if (c.comment) n.step.forward.push_back(ddl::comment_constraint(ch.id.schema, ch.id.parent, c)[0]);
    n.step.scans = false;
    n.step.lock = LockLevel::AccessExclusive;
    n.step.locked_table = table;
    drop_hazards(n.step, hazard::kFullTableScan);
    drop_hazards(n.step, hazard::kIndexBuild);
    move_hazards(n.step, build.step, hazard::kDataDependent);  // duplicates fail the build
    n.after_deps.push_back(index_id);
    nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(k), std::move(build));
    ++k;
  }
}

}  // namespace schemaplan::rules
