// Rule 1, partitioned tables: a new index on an existing partitioned table is created on the parent alone
// (`CREATE INDEX ... ON ONLY`), built CONCURRENTLY on each partition, and the partitions' indexes attached.
//
// Why it is safe: PostgreSQL has no CREATE INDEX CONCURRENTLY for a partitioned table, and the plain
// CREATE INDEX on one builds every partition's index in one transaction, holding SHARE on each partition (writes
// wait) until the last is built. `ON ONLY` writes the parent's index into the catalog without building anything
// (a brief SHARE lock, no scan: a partitioned table holds no rows) and leaves it INVALID. Each leaf partition is
// an ordinary table, so its index is built CONCURRENTLY (SHARE UPDATE EXCLUSIVE, reads and writes go on, outside
// a transaction block), then `ALTER INDEX parent ATTACH PARTITION child` ties it to the parent (catalog only:
// ACCESS SHARE on the tables, SHARE UPDATE EXCLUSIVE on the parent index, ACCESS EXCLUSIVE on the new, unused
// child index). When the last partition is attached PostgreSQL marks the parent valid by itself. A partition
// that is partitioned in turn gets its own `ON ONLY` index, attached to its parent's, and its leaves attach to it;
// validity climbs up the tree as each level completes.
//
// Names: the partitions' indexes get exactly the names PostgreSQL picks when a plain CREATE INDEX recurses
// (index_names.cpp), so the result is the same catalog as the plain form's: `<partition>_<columns>_idx`,
// expressions named as FigureColname names them, a repeated column numbered, the parts cut to fit 63 bytes
// (the longer first), and `idx1`, `idx2`, ... when the name is taken in the partition's schema. What is taken is read from both catalogs (relations, key indexes,
// and the partition indexes other partitioned indexes and keys make, predicted the same way). When two of this
// index's own partitions would want the same name, PostgreSQL's choice depends on the partition order it walks
// (bound order, which the model does not rank), so the index keeps the plain form, as it does when a partition
// joins or leaves the tree in the same plan (a partition attached later would get a clone of the index).
//
// Rollback: PostgreSQL cannot detach an index partition, and dropping the parent index drops every attached
// one. So the attach steps' rollback drops the parent index (the first one down.sql runs removes the whole tree;
// the others find nothing), the build steps' rollback drops a partition index that was left unattached (an
// INVALID leftover of a failed build), and the parent's own rollback drops what is left.
//
// A changed index of a partitioned table is replaced as rule 1 replaces one on a plain table: the new one is
// built beside it in the form above under temporary names, the old one dropped (PostgreSQL has no DROP INDEX
// CONCURRENTLY for it, so that step holds ACCESS EXCLUSIVE on the table and every partition, but only for a
// catalog change), and the new index and its partitions' indexes renamed to their final names. A dropped index
// of a partitioned table is a plain DROP INDEX with that lock's hazard.
// Tables created in the same plan, `--strategy simple` and `--no-concurrently` keep the plain form.
#include <algorithm>
#include <map>
#include <set>

#include "model/pg_names.h"
#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {

namespace {

/// Where each partition's index goes: its (schema, name) for every partition of the tree, parents first.
struct TreeIndex {
  const Table* table;
  TableRef parent;                                     ///< its partitioned table
  std::string parent_index_schema, parent_index_name;  ///< the index it attaches to
  std::string name;                                    ///< chosen name
};

/// Partitions of `schema.table` in `cat`, by name.
std::vector<const Table*> partitions(const Catalog& cat, const std::string& schema, const std::string& table) {
  std::vector<const Table*> out;
  for (const auto& t : cat.tables)
    if (t.partition_of && t.partition_of->schema == schema && t.partition_of->name == table) out.push_back(&t);
  return out;  // cat.tables is sorted by (schema, name)
}

/// Every partition of the tree under `schema.table` in `cat`, each with its direct parent, parents first.
void tree(const Catalog& cat, const std::string& schema, const std::string& table,
          std::vector<std::pair<const Table*, TableRef>>& out) {
  for (const Table* p : partitions(cat, schema, table)) {
    out.push_back({p, TableRef{schema, table}});
    if (!p->partition_key.empty()) tree(cat, p->schema, p->name, out);
  }
}

using Taken = std::set<std::pair<std::string, std::string>>;  // (schema, relation name)

/// The names PostgreSQL gives the partitions' copies of an index or key (without collision handling: a
/// prediction that only serves to avoid them).
void predict_children(const Catalog& cat, const std::string& schema, const std::string& table, const char* name2,
                      const char* label, Taken& taken) {
  std::vector<std::pair<const Table*, TableRef>> all;
  tree(cat, schema, table, all);
  for (const auto& [p, parent] : all) taken.insert({p->schema, pg_names::make_object_name(p->name, name2 ? std::optional<std::string_view>(name2) : std::nullopt, label)});
}

/// Relation names that exist in `cat` (and, predicted, the partition indexes of its partitioned indexes and keys),
/// other than `skip`'s partitions' indexes.
void collect_taken(const Catalog& cat, const ObjectId& skip, Taken& taken) {
  for (const auto& t : cat.tables) {
    taken.insert({t.schema, t.name});
    for (const auto& k : t.constraints) {
      if (k.type != ConstraintType::PrimaryKey && k.type != ConstraintType::Unique && k.type != ConstraintType::Exclude)
        continue;
      taken.insert({t.schema, k.name});
      if (t.partition_key.empty()) continue;
      if (k.type == ConstraintType::PrimaryKey) predict_children(cat, t.schema, t.name, nullptr, "pkey", taken);
      else predict_children(cat, t.schema, t.name, pg_names::name_addition(k.columns).c_str(),
                            k.type == ConstraintType::Unique ? "key" : "excl", taken);
    }
  }
  for (const auto& v : cat.views) taken.insert({v.schema, v.name});
  for (const auto& s : cat.sequences) taken.insert({s.schema, s.name});
  for (const auto& c : cat.composites) taken.insert({c.schema, c.name});
  for (const auto& i : cat.indexes) {
    taken.insert({i.schema, i.name});
    if (i.id() != skip)
      for (const auto& p : i.partition_indexes) taken.insert({p.schema, p.name});
    const Table* t = cat.table(i.schema, i.table);
    if (i.id() == skip || !t || t->partition_key.empty()) continue;
    predict_children(cat, i.schema, i.table, pg_names::name_addition(index_column_names(i.definition)).c_str(), "idx", taken);
  }
}

/// True when the partitions under `schema.table` are the same in both catalogs, new partitions aside.
bool same_tree(const Catalog& from, const Catalog& to, const std::string& schema, const std::string& table) {
  std::vector<std::pair<const Table*, TableRef>> before, after;
  tree(from, schema, table, before);
  tree(to, schema, table, after);
  std::set<std::pair<TableRef, TableRef>> b, a;
  for (const auto& [p, parent] : before) b.insert({TableRef{p->schema, p->name}, parent});
  for (const auto& [p, parent] : after) a.insert({TableRef{p->schema, p->name}, parent});
  for (const auto& x : b)
    if (!a.count(x)) return false;  // leaves the tree (or moves in it) in this plan
  for (const auto& x : a)
    if (!b.count(x) && from.table(x.first.schema, x.first.name)) return false;  // an existing table joins the tree
  return true;
}

ObjectId table_id(const std::string& schema, const std::string& name) { return {ObjectKind::Table, schema, name, "", ""}; }

}  // namespace

namespace {

/// The partitions' indexes of `index` under the names PostgreSQL would choose, parents first; false when the
/// online form does not apply (see the top).
bool plan_tree(const Change& ch, const StepContext& ctx, const Index& index, std::vector<TreeIndex>& planned) {
  const Table* before = ctx.from_index.table(ch.id.schema, ch.id.parent);
  const Table* after = ctx.to_index.table(ch.id.schema, ch.id.parent);
  if (!ctx.options.concurrently || !before || before->partition_key.empty() || !after || after->partition_key.empty() ||
      !same_tree(ctx.from, ctx.to, ch.id.schema, ch.id.parent))
    return false;
  std::vector<std::pair<const Table*, TableRef>> members;
  tree(ctx.to, ch.id.schema, ch.id.parent, members);
  if (members.empty()) return false;  // nothing to build: the plain form is catalog-only
  Taken taken;
  collect_taken(ctx.from, index.id(), taken);
  collect_taken(ctx.to, index.id(), taken);
  const std::string addition = pg_names::name_addition(index_column_names(index.definition));
  std::set<std::pair<std::string, std::string>> wanted;
  // A partition's index with a name of its own (Index::partition_indexes) keeps it.
  std::map<TableRef, std::string> named;
  for (const auto& x : index.partition_indexes) named[TableRef{x.schema, x.table}] = x.name;
  for (const auto& [p, parent] : members)
    if (!named.count(TableRef{p->schema, p->name}) &&
        !wanted.insert({p->schema, pg_names::make_object_name(p->name, addition, "idx")}).second)
      return false;
  std::map<TableRef, std::pair<std::string, std::string>> index_of;  // partition -> its index (schema, name)
  index_of[TableRef{ch.id.schema, ch.id.parent}] = {index.schema, index.name};
  for (const auto& [p, parent] : members) {
    auto own = named.find(TableRef{p->schema, p->name});
    std::string name = own != named.end() ? own->second : choose_relation_name(p->schema, p->name, addition, "idx", taken);
    taken.insert({p->schema, name});
    const auto& up = index_of.at(parent);
    planned.push_back({p, parent, up.first, up.second, name});
    index_of[TableRef{p->schema, p->name}] = {p->schema, name};
  }
  return true;
}

std::string attach_sql(const std::string& schema, const std::string& parent, const std::string& child_schema,
                       const std::string& child) {
  return "ALTER INDEX " + sql::qualified(schema, parent) + " ATTACH PARTITION " + sql::qualified(child_schema, child);
}

/// The steps building `index` (named as it is built) and its partitions' indexes `planned`: the parents' step
/// made from `like`, then per leaf a concurrent build and an attach. The attach steps provide `attached`.
std::vector<Node> build_tree(const ObjectId& id, const Index& index, const std::vector<TreeIndex>& planned, Node like,
                             NodeAction action, const ObjectId& attached) {
  const std::string t = sql::qualified(index.schema, index.table);
  auto tag = [&](const std::string& what) { return ObjectId{ObjectKind::Index, id.schema, id.name, id.parent, what}; };
  const std::string top = sql::qualified(index.schema, index.name);
  auto copy_for = [&](const TreeIndex& x) {
    Index c = index;
    c.schema = x.table->schema;
    c.table = x.table->name;
    c.name = x.name;
    c.comment.reset();
    c.flags = IndexFlags{};  // a partition's copy is not clustered nor a replica identity
    return c;
  };

  // The parents: the catalog entries, invalid until their partitions are attached.
  Node parents = std::move(like);
  parents.action = action;
  parents.step.forward = {ddl::create_index_only(index)};
  if (index.comment) parents.step.forward.push_back(ddl::comment_index(index)[0]);
  parents.step.rollback = {"DROP INDEX IF EXISTS " + top};
  parents.step.lock = LockLevel::Share;
  parents.step.locked_table = t;
  parents.step.scans = false;
  parents.step.transactional = true;
  drop_hazards(parents.step, hazard::kIndexBuild);
  parents.after_deps.push_back(table_id(index.schema, index.table));
  for (const auto& x : planned) {
    parents.after_deps.push_back(table_id(x.table->schema, x.table->name));
    if (x.table->partition_key.empty()) continue;
    parents.step.forward.push_back(ddl::create_index_only(copy_for(x)));
    parents.step.forward.push_back(attach_sql(x.parent_index_schema, x.parent_index_name, x.table->schema, x.name));
    parents.step.other_locks.push_back({sql::qualified(x.table->schema, x.table->name), LockLevel::Share});
  }
  std::sort(parents.step.other_locks.begin(), parents.step.other_locks.end(),
            [](const TableLock& a, const TableLock& b) { return a.table < b.table; });
  parents.provides.push_back(tag("parents"));

  std::vector<Node> out{parents};
  for (const auto& x : planned) {
    if (!x.table->partition_key.empty()) continue;
    const Index leaf = copy_for(x);
    const std::string leaf_table = sql::qualified(leaf.schema, leaf.table);
    const std::string leaf_index = sql::qualified(leaf.schema, leaf.name);
    Node build;
    build.action = action;
    build.step.target = id;
    build.step.change = parents.step.change;  // part of the index's change: counted once in the summary
    build.step.phase = parents.step.phase;
    build.step.action = "build partition index " + leaf_index + " for";
    build.step.forward = ddl::create_index(leaf, true);
    build.step.rollback = {"DROP INDEX CONCURRENTLY IF EXISTS " + leaf_index};
    build.step.transactional = false;
    build.step.lock = LockLevel::ShareUpdateExclusive;
    build.step.locked_table = leaf_table;
    build.step.scans = true;
    build.step.hazards = {{hazard::kIndexBuild, "builds index " + leaf.name + " of partition " + leaf_table +
                                                    " concurrently: reads the whole partition, writes go on"}};
    build.long_running = true;
    build.rank = parents.rank;
    build.after_deps = {tag("parents"), table_id(leaf.schema, leaf.table)};
    build.provides = {tag("built " + leaf_index)};

    Node join;
    join.action = action;
    join.step.target = id;
    join.step.change = parents.step.change;
    join.step.phase = parents.step.phase;
    const std::string parent_index = sql::qualified(x.parent_index_schema, x.parent_index_name);
    join.step.action = "attach partition index " + leaf_index + " to" + (parent_index == top ? "" : " " + parent_index + ", part of");
    join.step.forward = {attach_sql(x.parent_index_schema, x.parent_index_name, leaf.schema, leaf.name)};
    join.step.rollback = {"DROP INDEX IF EXISTS " + top};  // no DETACH for indexes: see the top
    join.step.lock = LockLevel::AccessShare;
    join.step.locked_table = leaf_table;
    join.step.other_locks = {{sql::qualified(x.parent.schema, x.parent.name), LockLevel::AccessShare}};
    join.rank = parents.rank;
    join.after_deps = {tag("built " + leaf_index)};
    join.provides = {attached};
    out.push_back(std::move(build));
    out.push_back(std::move(join));
  }
  return out;
}

}  // namespace

void partitioned_index(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ch.id.kind != ObjectKind::Index) return;
  const Table* before = ctx.from_index.table(ch.id.schema, ch.id.parent);
  const Table* after = ctx.to_index.table(ch.id.schema, ch.id.parent);
  bool partitioned = (before && !before->partition_key.empty()) || (after && !after->partition_key.empty());
  if (!partitioned) return;
  const std::string t = sql::qualified(ch.id.schema, ch.id.parent);
  const std::string no_concurrent_drop = "an index of partitioned table " + t + " cannot be dropped concurrently: "
                                         "DROP INDEX holds ACCESS EXCLUSIVE on it and every partition until it commits";
  Node* create = nullptr;
  Node* drop = nullptr;
  for (Node& n : nodes) (n.action == NodeAction::Drop ? drop : create) = &n;
  std::vector<TreeIndex> planned;
  if (ch.kind == ChangeKind::Create && create && plan_tree(ch, ctx, std::get<Index>(ch.after), planned)) {
    nodes = build_tree(ch.id, std::get<Index>(ch.after), planned, *create, NodeAction::Create, ch.id);
    return;
  }
  // A changed index: the replacement is built beside the old one under temporary names (as above), the old one
  // dropped (a brief ACCESS EXCLUSIVE: no CONCURRENTLY here, but nothing is built under it), and the
  // replacement and its partitions' indexes renamed to the names PostgreSQL would have chosen.
  if (ch.kind == ChangeKind::Recreate && create && drop && std::get<Index>(ch.before).table == std::get<Index>(ch.after).table &&
      plan_tree(ch, ctx, std::get<Index>(ch.after), planned)) {
    const auto& b = std::get<Index>(ch.before);
    const auto& a = std::get<Index>(ch.after);
    auto tag = [&](const char* what) { return ObjectId{ObjectKind::Index, ch.id.schema, ch.id.name, ch.id.parent, what}; };
    Index temp = a;
    temp.name = helper_name(a.name + "_sp_new");
    temp.comment.reset();
    std::map<std::string, std::string> temp_of{{a.name, temp.name}};  // final name -> temporary one
    std::vector<TreeIndex> temps = planned;
    for (auto& x : temps) {
      std::string t_name = helper_name(x.name + "_sp_new");
      temp_of[x.name] = t_name;
      x.name = t_name;
    }
    for (auto& x : temps) x.parent_index_name = temp_of.at(x.parent_index_name);
    Node like = *create;
    like.before_deps.clear();
    like.provides.clear();  // the rename below stands for the index
    like.step.action = "build replacement index";
    std::vector<Node> out = build_tree(ch.id, temp, temps, like, NodeAction::Alter, tag("attached"));

    Node old = *drop;
    old.action = NodeAction::Alter;
    old.step.forward = ddl::drop_index(b, false);
    old.step.rollback = ddl::create_index_tree(b, ctx.from);
    old.step.hazards = {{hazard::kAccessExclusiveLock, no_concurrent_drop + " (catalog only: the replacement is in place)"}};
    old.step.lock = LockLevel::AccessExclusive;
    old.step.locked_table = t;
    old.provides.push_back(tag("dropped"));
    old.after_deps = {tag("attached")};

    Node rename = *create;
    rename.action = NodeAction::Alter;
    rename.step.action = "rename replacement index";
    rename.step.forward.clear();
    rename.step.rollback.clear();
    auto swap = [&](const std::string& schema, const std::string& from, const std::string& to) {
      rename.step.forward.push_back("ALTER INDEX " + sql::qualified(schema, from) + " RENAME TO " + sql::ident(to));
      rename.step.rollback.insert(rename.step.rollback.begin(),
                                  "ALTER INDEX " + sql::qualified(schema, to) + " RENAME TO " + sql::ident(from));
    };
    swap(a.schema, temp.name, a.name);
    for (size_t i = 0; i < planned.size(); ++i) swap(planned[i].table->schema, temps[i].name, planned[i].name);
    if (a.comment) rename.step.forward.push_back(ddl::comment_index(a)[0]);
    rename.step.lock = LockLevel::ShareUpdateExclusive;  // ALTER INDEX ... RENAME, PostgreSQL 12+
    rename.step.locked_table = t;
    rename.step.hazards.clear();
    rename.step.scans = false;
    rename.step.transactional = true;
    rename.after_deps.push_back(tag("dropped"));
    out.push_back(std::move(old));
    out.push_back(std::move(rename));
    nodes = std::move(out);
    return;
  }
  for (Node& n : nodes)
    if (n.action == NodeAction::Drop && after) n.step.hazards.push_back({hazard::kAccessExclusiveLock, no_concurrent_drop});
}

}  // namespace schemaplan::rules
