// Rule 6 for keys: a rewriting type change (integer -> bigint, say) of a column that a primary key, a unique
// constraint, an index or a foreign key uses is done beside the old column too, like a plain column's
// (column_type.cpp), and the objects on it move over to the new column:
//   expand:   ADD COLUMN <tmp> + sync trigger, on the table and on every referencing table whose foreign-key
//             column changes type as well (each such column is its own change and runs this rule)
//   backfill: batched copy; NOT NULL through rule 4; CREATE UNIQUE INDEX CONCURRENTLY for each key on the
//             column and CREATE INDEX CONCURRENTLY for each other index on it, all on <tmp>
//   contract: one short transaction per table: LOCK the referencing tables, the table, then the tables its own
//             foreign keys reference (the order in which a writer's INSERT into a child takes them: the child,
//             then the parent for the foreign-key check; a writer that goes the other way round, a CTE
//             inserting a parent and its child, could deadlock with it: the LOCK is a DO block that waits
//             briefly and tries again, ddl::lock_tables_retrying); drop
//             the foreign keys that use the column and its keys; move the sequences it owns to <tmp>; DROP
//             COLUMN old; RENAME <tmp>; the new indexes take the old names, the keys come back with ADD
//             CONSTRAINT ... USING INDEX (catalog only: the index exists, its column is NOT NULL) and the foreign
//             keys NOT VALID (catalog only)
//   validate: VALIDATE CONSTRAINT for each of those foreign keys, outside any transaction (rule 3's form)
// A referencing column that changes type swaps before the column it references (its contract is ordered first),
// so the foreign key is dropped and added again in the same transaction each time and is never missing; the
// last swap (the referenced column's) adds it for good and its VALIDATE follows. A referencing column that does
// not change type stays as it is: PostgreSQL accepts a foreign key between integer and bigint (they share a
// btree operator family), but it cannot hold the new values beyond its range: the contract's hazard names it.
// A volatile default (nextval of the column's sequence) is set on the new column only in the contract: set in
// the expand, every insert would draw two values from the sequence.
// An identity column keeps its identity: the new column gets one in the contract, which is renamed to the old
// sequence's name and set to its position (a DO block reads both before the drop: neither is in the model).
// Only the plain cases take this path; any other keeps the in-place ALTER with its table-rewrite hazard: a
// column that gains or loses its identity, generated columns, partitioned, partition or inheritance tables, a
// CHECK or EXCLUDE on the column, keys and indexes with flags (CLUSTER, REPLICA IDENTITY, statistics) or that use
// another column changing type as well, a key that is not a plain PRIMARY KEY / UNIQUE (column list), a
// self-referencing foreign key on the column, and objects on the column that the plan itself changes or drops
// (new ones are fine: they depend on the column, so they are built after the swap, on the new column).
// Rollback: the contract's rollback changes the column back in place (ALTER COLUMN ... TYPE: rewrites the table
// and its indexes under ACCESS EXCLUSIVE, PostgreSQL rebuilds the keys and foreign keys on it) and adds an empty
// <tmp> again for the earlier steps' rollbacks to drop; the hazard on the contract says that cost.
#include <algorithm>
#include <set>

#include "model/sql_writer.h"
#include "planner/renames.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {
namespace {

/// Attempts of the contract's LOCK (each at most half of deadlock_timeout) before the step fails.
constexpr int kLockAttempts = 20;

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

/// True when `schema.table.column` changes type in a way that rewrites (from -> to).
bool retyped(const StepContext& ctx, const std::string& schema, const std::string& table, const std::string& column) {
  const Table* b = ctx.from_index.table(schema, table);
  const Table* a = ctx.to_index.table(schema, table);
  const Column* x = b ? b->column(column) : nullptr;
  const Column* y = a ? a->column(column) : nullptr;
  return x && y && (x->type != y->type || x->collation != y->collation) && !binary_coercible(x->type, y->type);
}

/// True when another column of `columns` (of the same table) is retyped too: two swaps would move one object.
bool another_retyped(const StepContext& ctx, const std::string& schema, const std::string& table,
                     const std::vector<std::string>& columns, const std::string& column) {
  for (const auto& c : columns)
    if (c != column && retyped(ctx, schema, table, c)) return true;
  return false;
}

const Constraint* constraint_named(const Table* t, const std::string& name) {
  if (!t) return nullptr;
  for (const auto& c : t->constraints)
    if (c.name == name) return &c;
  return nullptr;
}

const Index* index_named(const Catalog& cat, const std::string& schema, const std::string& name) {
  for (const auto& i : cat.indexes)
    if (i.schema == schema && i.name == name) return &i;
  return nullptr;
}

/// A foreign key elsewhere (another table) that references the column.
struct Referencing {
  std::string schema, table;
  Constraint fk;
};

/// What a key swap moves: the column's keys, indexes and foreign keys (all unchanged by the plan).
struct Uses {
  std::vector<Constraint> keys;         ///< PRIMARY KEY / UNIQUE on the table using the column
  std::vector<Constraint> own_fks;      ///< foreign keys of the table through the column
  std::vector<Index> indexes;           ///< plain indexes on the table using the column
  std::vector<Referencing> referencing;  ///< foreign keys of other tables referencing the column
  std::vector<Sequence> sequences;       ///< sequences the column owns
};

/// Collects the uses; false when one of them keeps the column on the in-place path (see the top).
bool collect(const StepContext& ctx, const std::string& schema, const std::string& table, const std::string& column,
             Uses& u) {
  const Table* from = ctx.from_index.table(schema, table);
  const Table* to = ctx.to_index.table(schema, table);
  if (!from || !to) return false;
  for (const auto& k : from->constraints) {
    if (!has(k.columns, column)) continue;
    const Constraint* same = constraint_named(to, k.name);
    if (!same || !(*same == k) || another_retyped(ctx, schema, table, k.columns, column) || !(k.flags == IndexFlags{}))
      return false;
    if (k.type == ConstraintType::PrimaryKey || k.type == ConstraintType::Unique) {
      KeyParts parts;
      if (!split_key(k, parts)) return false;
      u.keys.push_back(k);
    } else if (k.type == ConstraintType::ForeignKey) {
      if (k.ref_schema == schema && k.ref_table == table) return false;  // self-referencing
      u.own_fks.push_back(k);
    } else {
      return false;  // CHECK, EXCLUDE
    }
  }
  // The index lists exactly the constraints that reference schema.table, in the catalog's order (a scan of
  // every table's constraints per retyped column was quadratic).
  for (const auto& [tp, kp] : ctx.from_index.referencing(schema, table)) {
    const Table& t = *tp;
    const Constraint& k = *kp;
    if (k.type != ConstraintType::ForeignKey || !has(k.ref_columns, column)) continue;
    if (t.schema == schema && t.name == table) return false;  // self-referencing
    const Table* t2 = ctx.to_index.table(t.schema, t.name);
    const Constraint* same = constraint_named(t2, k.name);
    if (!same || !(*same == k) || !t.partition_key.empty() || t.partition_of || !t.inherits.empty() ||
        another_retyped(ctx, schema, table, k.ref_columns, column))
      return false;
    u.referencing.push_back({t.schema, t.name, k});
  }
  // Likewise the indexes on schema.table, in catalog order.
  for (const Index* ip : ctx.from_index.indexes_on(schema, table)) {
    const Index& i = *ip;
    if (!has(i.columns, column)) continue;
    const Index* same = index_named(ctx.to, schema, i.name);
    if (!same || !(*same == i) || !(i.flags == IndexFlags{}) || !i.partition_indexes.empty() ||
        another_retyped(ctx, schema, table, i.columns, column))
      return false;
    u.indexes.push_back(i);
  }
  for (const auto& s : ctx.from.sequences)
    if (s.schema == schema && s.owned_by_table == table && s.owned_by_column == column) u.sequences.push_back(s);
  return true;
}

/// `definition` with the column renamed (a key's `(a, b)`, an index's `USING btree (a) WHERE ...`).
std::string on_column(const std::string& definition, const std::string& column, const std::string& temp) {
  return replace_identifier(definition, sql::ident(column), sql::ident(temp));
}

}  // namespace

bool key_swap_applies(const StepContext& ctx, const std::string& schema, const std::string& table,
                      const std::string& column) {
  if (!ctx.options.concurrently || !retyped(ctx, schema, table, column)) return false;
  const Table* from = ctx.from_index.table(schema, table);
  const Table* to = ctx.to_index.table(schema, table);
  if (!from->partition_key.empty() || from->partition_of || !from->inherits.empty() || !to->partition_key.empty())
    return false;
  for (const auto& t : ctx.from.tables)
    for (const auto& p : t.inherits)
      if (p.schema == schema && p.name == table) return false;
  const Column& b = *from->column(column);
  const Column& a = *to->column(column);
  if (!ddl::type_change_needs_using(b.type, a.type) || b.collation != a.collation || b.identity != a.identity ||
      b.generated || a.generated || primary_key(ctx.from, schema, table).empty())
    return false;
  Uses u;
  return collect(ctx, schema, table, column, u) && (b.identity || !u.keys.empty() || !u.own_fks.empty() ||
                                                    !u.indexes.empty() || !u.referencing.empty() || !u.sequences.empty());
}

std::vector<Node> key_swap(const Change& ch, const Node& like, const StepContext& ctx) {
  const std::string& schema = ch.id.schema;
  const std::string& table = ch.id.parent;
  const auto& b = std::get<Column>(ch.before);
  const auto& a = std::get<Column>(ch.after);
  Uses u;
  collect(ctx, schema, table, b.name, u);
  const std::string t = sql::qualified(schema, table);
  const std::string temp = helper_name(a.name + "_sp_new");
  const std::string prefix = "ALTER TABLE " + t + " ";
  auto tag = [&](const std::string& s, const std::string& tb, const std::string& c, const char* what) {
    return ObjectId{ObjectKind::Column, s, c, tb, what};
  };
  const ObjectId swapped = tag(schema, table, a.name, "swapped");

  // Expand, backfill, NOT NULL: the plain column's steps; a volatile default waits for the contract.
  ExpandContract ec;
  ec.schema = schema;
  ec.table = table;
  ec.old_column = b;
  ec.new_column = a;
  ec.temp_name = temp;
  ec.key = primary_key(ctx.from, schema, table);
  const bool late_default = a.default_expr && is_volatile_expression(*a.default_expr, &ctx.to);
  if (late_default) ec.new_column.default_expr.reset();
  ec.new_column.identity = 0;  // the identity moves over in the contract (below)
  std::vector<Node> out = expand_contract(ec, like, ctx);
  Node contract = std::move(out.back());
  out.pop_back();

  // The indexes on <tmp>, built concurrently once every row holds its value.
  std::vector<ObjectId> built;
  auto build = [&](const std::string& name, const std::string& action, const std::string& sql) {
    Node n;
    n.action = NodeAction::Alter;
    n.step.target = like.step.target;
    n.step.change = like.step.change;
    n.step.phase = Phase::Backfill;
    n.step.action = action;
    n.step.forward = {sql};
    n.step.rollback = {"DROP INDEX CONCURRENTLY IF EXISTS " + sql::qualified(schema, helper_name(name + "_sp_new"))};
    n.step.transactional = false;
    n.step.lock = LockLevel::ShareUpdateExclusive;
    n.step.locked_table = t;
    n.step.scans = true;
    n.step.hazards = {{hazard::kIndexBuild, "builds the replacement of " + name + " on " + temp +
                                                " concurrently: reads the whole table, writes go on"}};
    n.long_running = true;
    n.ruled = true;
    n.rank = like.rank;
    n.after_deps = {tag(schema, table, like.step.target.name, "backfilled")};
    ObjectId id{ObjectKind::Index, schema, helper_name(name + "_sp_new"), table, ""};
    n.provides = {id};
    built.push_back(id);
    out.push_back(std::move(n));
  };
  for (const auto& k : u.keys) {
    KeyParts parts;
    split_key(k, parts);
    build(k.name, std::string("build replacement ") + (parts.primary ? "primary key" : "unique") + " index",
          "CREATE UNIQUE INDEX CONCURRENTLY " + sql::ident(helper_name(k.name + "_sp_new")) + " ON " + t +
              " USING btree " + on_column(parts.keys, b.name, temp) + parts.nulls);
  }
  for (const auto& i : u.indexes) {
    Index copy = i;
    copy.name = helper_name(i.name + "_sp_new");
    copy.definition = on_column(i.definition, b.name, temp);
    copy.comment.reset();
    build(i.name, "build replacement index", ddl::create_index(copy, true)[0]);
  }

  // Contract: one transaction; the referencing tables are locked first (see the top).
  std::set<std::string> others, children_locked, parents_locked;
  for (const auto& r : u.referencing) children_locked.insert(sql::qualified(r.schema, r.table));
  for (const auto& k : u.own_fks) parents_locked.insert(sql::qualified(k.ref_schema, k.ref_table));
  others.insert(children_locked.begin(), children_locked.end());
  others.insert(parents_locked.begin(), parents_locked.end());
  contract.step.forward.clear();
  contract.step.rollback.clear();
  if (!others.empty()) {
    // Referencing tables, this table, referenced tables: the order a writer's INSERT into a child takes them.
    // No order suits every writer: the lock is tried again briefly rather than queued for long (ddl.h).
    std::vector<std::string> list(children_locked.begin(), children_locked.end());
    list.push_back(t);
    list.insert(list.end(), parents_locked.begin(), parents_locked.end());
    contract.step.forward.push_back(ddl::lock_tables_retrying(list, kLockAttempts));
  }
  ddl::SyncTrigger sync;
  sync.schema = schema;
  sync.table = table;
  sync.name = helper_name(table + "_" + temp + "_sp_sync");
  for (auto& s : ddl::drop_sync_trigger(sync)) contract.step.forward.push_back(s);
  for (const auto& r : u.referencing)
    contract.step.forward.push_back("ALTER TABLE " + sql::qualified(r.schema, r.table) + " DROP CONSTRAINT " + sql::ident(r.fk.name));
  for (const auto& k : u.own_fks) contract.step.forward.push_back(prefix + "DROP CONSTRAINT " + sql::ident(k.name));
  for (const auto& k : u.keys) contract.step.forward.push_back(prefix + "DROP CONSTRAINT " + sql::ident(k.name));
  for (const auto& s : u.sequences)
    contract.step.forward.push_back("ALTER SEQUENCE " + sql::qualified(s.schema, s.name) + " OWNED BY " + t + "." + sql::ident(temp));
  if (a.identity) {
    // The identity's sequence is the column's own: DROP COLUMN takes it along. The new column gets a new one
    // (a catalog change: the column is NOT NULL and every row holds its value), which then takes the old one's
    // name and position. Neither is known when planning (a sequence the table was renamed away from keeps its
    // name), so a DO block reads them before the drop.
    contract.step.forward.push_back(prefix + "ALTER COLUMN " + sql::ident(temp) + " ADD " + ddl::identity_clause(a));
    const std::string tl = sql::literal(t);
    contract.step.forward.push_back(
        "DO $schemaplan$\n"
        "DECLARE\n"
        "  sp_seq regclass := pg_catalog.pg_get_serial_sequence(" + tl + ", " + sql::literal(b.name) + ")::regclass;\n"
        "  sp_name name := (SELECT relname FROM pg_catalog.pg_class WHERE oid = sp_seq);\n"
        "  sp_last bigint := pg_catalog.pg_sequence_last_value(sp_seq);\n"
        "BEGIN\n"
        "  " + prefix + "DROP COLUMN " + sql::ident(b.name) + ";\n"
        "  " + prefix + "RENAME COLUMN " + sql::ident(temp) + " TO " + sql::ident(a.name) + ";\n"
        "  EXECUTE pg_catalog.format('ALTER SEQUENCE %s RENAME TO %I', pg_catalog.pg_get_serial_sequence(" + tl + ", " +
            sql::literal(a.name) + "), sp_name);\n"
        "  IF sp_last IS NOT NULL THEN\n"
        "    PERFORM pg_catalog.setval(pg_catalog.pg_get_serial_sequence(" + tl + ", " + sql::literal(a.name) + "), sp_last);\n"
        "  END IF;\n"
        "END\n"
        "$schemaplan$");
  } else {
    contract.step.forward.push_back(prefix + "DROP COLUMN " + sql::ident(b.name));
    contract.step.forward.push_back(prefix + "RENAME COLUMN " + sql::ident(temp) + " TO " + sql::ident(a.name));
  }
  if (late_default) contract.step.forward.push_back(prefix + "ALTER COLUMN " + sql::ident(a.name) + " SET DEFAULT " + *a.default_expr);
  if (a.comment) contract.step.forward.push_back(ddl::comment_on("COLUMN", t + "." + sql::ident(a.name), a.comment));
  for (const auto& i : u.indexes) {
    contract.step.forward.push_back("ALTER INDEX " + sql::qualified(schema, helper_name(i.name + "_sp_new")) + " RENAME TO " +
                                    sql::ident(i.name));
    if (i.comment) contract.step.forward.push_back(ddl::comment_index(i)[0]);
  }
  for (const auto& k : u.keys) {
    KeyParts parts;
    split_key(k, parts);
    contract.step.forward.push_back(prefix + "ADD CONSTRAINT " + sql::ident(k.name) + " " +
                                    (parts.primary ? "PRIMARY KEY" : "UNIQUE") + " USING INDEX " +
                                    sql::ident(helper_name(k.name + "_sp_new")) + parts.deferrable);
    if (k.comment) contract.step.forward.push_back(ddl::comment_constraint(schema, table, k)[0]);
  }
  // The foreign keys again, NOT VALID: catalog only; the validation follows on its own.
  std::vector<Node> validations;
  auto readd = [&](const std::string& s, const std::string& tb, const Constraint& k, bool validate) {
    Constraint not_valid = k;
    if (k.validated) {
      not_valid.validated = false;
      not_valid.definition += " NOT VALID";
    }
    not_valid.comment.reset();
    for (auto& st : ddl::add_constraint(s, tb, not_valid)) contract.step.forward.push_back(st);
    if (k.comment) contract.step.forward.push_back(ddl::comment_constraint(s, tb, k)[0]);
    if (!validate || !k.validated) return;
    Node v;
    v.action = NodeAction::Alter;
    v.step.target = {ObjectKind::Constraint, s, k.name, tb, ""};
    v.step.change = like.step.change;
    v.step.phase = Phase::Contract;
    v.step.action = "validate foreign key";
    v.step.forward = ddl::validate_constraint(s, tb, k);
    v.step.transactional = false;
    v.step.lock = LockLevel::ShareUpdateExclusive;
    v.step.locked_table = sql::qualified(s, tb);
    v.step.scans = true;
    if (sql::qualified(k.ref_schema, k.ref_table) != v.step.locked_table)
      v.step.other_locks = {{sql::qualified(k.ref_schema, k.ref_table), LockLevel::RowShare}};
    v.long_running = true;
    v.ruled = true;
    // After every other step ready with it: a view the cascade drops around the swaps is created again first, so
    // that its drop, the swaps and its creation stay one transaction (planner/recreation_blocks.h) instead of
    // leaving the view missing while the table is scanned.
    v.rank = like.rank + 1000;
    v.after_deps = {swapped};
    v.provides = {v.step.target};
    validations.push_back(std::move(v));
  };
  // A foreign key whose referenced column swaps too is added for good (and validated) by that swap.
  for (const auto& k : u.own_fks) {
    bool parent_swaps = false;
    for (const auto& rc : k.ref_columns) parent_swaps |= key_swap_applies(ctx, k.ref_schema, k.ref_table, rc);
    readd(schema, table, k, !parent_swaps);
  }
  std::vector<ObjectId> children;
  std::vector<std::string> narrow;
  for (const auto& r : u.referencing) {
    readd(r.schema, r.table, r.fk, true);
    for (size_t i = 0; i < r.fk.ref_columns.size() && i < r.fk.columns.size(); ++i) {
      if (r.fk.ref_columns[i] != b.name) continue;
      if (key_swap_applies(ctx, r.schema, r.table, r.fk.columns[i]))
        children.push_back(tag(r.schema, r.table, r.fk.columns[i], "swapped"));
      else if (const Table* rt = ctx.to_index.table(r.schema, r.table); rt && rt->column(r.fk.columns[i]) &&
                                                                   rt->column(r.fk.columns[i])->type != a.type)
        narrow.push_back(sql::qualified(r.schema, r.table) + "." + sql::ident(r.fk.columns[i]) + " (" +
                         rt->column(r.fk.columns[i])->type + ")");
    }
  }

  // Rollback: back in place (see the top), then an empty <tmp> for the earlier steps' rollbacks.
  for (auto& s : ddl::alter_column(schema, table, a, b)) contract.step.rollback.push_back(s);
  Column empty = a;
  empty.name = temp;
  empty.not_null = false;
  empty.default_expr.reset();
  empty.comment.reset();
  empty.identity = 0;
  for (auto& s : ddl::add_column(schema, table, empty)) contract.step.rollback.push_back(s);

  contract.step.action = "swap key column";
  contract.step.lock = LockLevel::AccessExclusive;
  contract.step.locked_table = t;
  contract.step.other_locks.clear();
  for (const auto& o : others) contract.step.other_locks.push_back({o, LockLevel::AccessExclusive});
  contract.step.hazards = {{hazard::kBreaksRunningCode, "drops the old " + b.name + " of " + t +
                                                            ": code still reading or writing it fails"}};
  contract.step.hazards.push_back(
      {hazard::kUnreversibleRollback, "the rollback changes " + a.name + " back to " + b.type +
                                          " in place: it rewrites " + t + " and its indexes under ACCESS EXCLUSIVE" +
                                          (u.referencing.empty() ? std::string() : ", rebuilds the foreign keys on it") +
                                          ", and fails for values that do not fit"});
  if (!narrow.empty()) {
    std::string list;
    for (const auto& n : narrow) list += (list.empty() ? "" : ", ") + n;
    contract.step.hazards.push_back({hazard::kBreaksRunningCode, "foreign keys from " + list + " keep their type while " +
                                                                      a.name + " becomes " + a.type +
                                                                      ": rows referencing values beyond their range fail"});
  }
  for (const auto& id : built) contract.after_deps.push_back(id);
  for (const auto& id : children) contract.after_deps.push_back(id);
  contract.provides.push_back(swapped);
  out.push_back(std::move(contract));
  for (auto& v : validations) out.push_back(std::move(v));
  return out;
}

}  // namespace schemaplan::rules
