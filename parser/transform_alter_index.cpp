// ALTER INDEX parent ATTACH PARTITION child, as pg_dump writes a partitioned table's indexes and keys: the
// parent's index `ON ONLY` the partitioned table, each partition's index on its own, then attached.
//
// An attached index is part of its parent's (PostgreSQL drops it with it and cannot detach it): it leaves the
// stand-alone indexes and joins the parent's partition_indexes, with those attached to it in turn (normalize()
// then keeps only the names PostgreSQL would not choose itself). A partition's key attached to its parent's key
// becomes an inherited constraint, which belongs to the parent's (as introspection reads it).
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {

namespace {

/// The stand-alone index `q` or the one whose partition_indexes hold it (the top of its tree), or nullptr.
Index* tree_top(Catalog& cat, const QualName& q) {
  for (auto& i : cat.indexes)
    if (i.schema == q.schema && i.name == q.name) return &i;
  for (auto& i : cat.indexes)
    for (const auto& p : i.partition_indexes)
      if (p.schema == q.schema && p.name == q.name) return &i;
  return nullptr;
}

/// The table holding PRIMARY KEY / UNIQUE / EXCLUDE constraint `q` (its index bears its name), or nullptr.
Table* key_owner(Catalog& cat, const QualName& q) {
  for (auto& t : cat.tables) {
    if (t.schema != q.schema) continue;
    for (const auto& k : t.constraints)
      if (k.name == q.name && (k.type == ConstraintType::PrimaryKey || k.type == ConstraintType::Unique ||
                               k.type == ConstraintType::Exclude))
        return &t;
  }
  return nullptr;
}

/// Makes `child` (taken out of the stand-alone indexes) part of `top`'s tree.
void join_tree(Index& top, Index child) {
  top.partition_indexes.push_back({child.schema, child.name, child.table});
  for (auto& p : child.partition_indexes) top.partition_indexes.push_back(std::move(p));
}

}  // namespace

void Transformer::adopt_partition_indexes(const Table& partition, const QualName& top) {
  // PostgreSQL attaches an equal index the partition already has (same definition, not attached elsewhere)
  // instead of building a copy: CREATE INDEX on the partitioned table, ATTACH PARTITION of the table.
  Index* t = tree_top(cat_, top);
  if (!t) return;
  const std::string def = t->definition;
  const bool unique = t->unique;
  auto it = std::find_if(cat_.indexes.begin(), cat_.indexes.end(), [&](const Index& i) {
    return i.schema == partition.schema && i.table == partition.name && i.definition == def && i.unique == unique &&
           !(i.schema == top.schema && i.name == top.name);
  });
  if (it != cat_.indexes.end()) {
    Index adopted = std::move(*it);
    cat_.indexes.erase(it);
    join_tree(*tree_top(cat_, top), std::move(adopted));
    return;
  }
  // A partitioned partition gets a copy (under PostgreSQL's name), whose own partitions adopt theirs.
  if (partition.partition_key.empty()) return;
  for (const auto& p : cat_.tables)
    if (p.partition_of && p.partition_of->schema == partition.schema && p.partition_of->name == partition.name)
      adopt_partition_indexes(p, top);
}

void Transformer::alter_index_attach(const StmtCtx& ctx, PgQuery__AlterTableStmt* s) {
  QualName parent = qualify(s->relation);
  for (size_t n = 0; n < s->n_cmds; ++n) {
    auto* cmd = s->cmds[n]->alter_table_cmd;
    // An index lives in its table's schema: an unqualified child is looked up where the parent is.
    QualName child = qualify(cmd->def->partition_cmd->name);
    if (!cmd->def->partition_cmd->name->schemaname || !*cmd->def->partition_cmd->name->schemaname)
      child.schema = parent.schema;
    defer(Phase::Changes, ctx, [this, ctx, parent, child, loc = cmd->def->partition_cmd->name->location,
                                ploc = s->relation->location] {
      auto missing = [&](const QualName& q, int at) {
        ctx.error("undefined-object", "index " + sql::qualified(q.schema, q.name) + " does not exist", at);
      };
      if (Index* top = tree_top(cat_, parent)) {
        auto it = std::find_if(cat_.indexes.begin(), cat_.indexes.end(),
                               [&](const Index& i) { return i.schema == child.schema && i.name == child.name; });
        if (it == cat_.indexes.end()) {
          if (key_owner(cat_, child))
            ctx.error("invalid-definition", "cannot attach index " + sql::qualified(child.schema, child.name) +
                                                " of a constraint to index " + sql::qualified(parent.schema, parent.name),
                      loc);
          missing(child, loc);
        }
        if (&*it == top)
          ctx.error("invalid-definition", "cannot attach index " + sql::qualified(child.schema, child.name) + " to itself", loc);
        const Table* ct = cat_.table(it->schema, it->table);
        if (!ct || !ct->partition_of)
          ctx.error("invalid-definition", "index " + sql::qualified(child.schema, child.name) +
                                              " is not on a partition of a partitioned table", loc);
        Index attached = std::move(*it);
        cat_.indexes.erase(it);  // moves the indexes: find the top again
        join_tree(*tree_top(cat_, parent), std::move(attached));
        return;
      }
      if (key_owner(cat_, parent) || attached_keys_.count(parent)) {
        // A key's index: the partition's key becomes the parent's copy (an inherited constraint).
        Table* owner = key_owner(cat_, child);
        if (!owner) missing(child, loc);
        if (!owner->partition_of)
          ctx.error("invalid-definition", "index " + sql::qualified(child.schema, child.name) +
                                              " is not on a partition of a partitioned table", loc);
        std::erase_if(owner->constraints, [&](const Constraint& k) { return k.name == child.name; });
        attached_keys_.insert(child);
        return;
      }
      missing(parent, ploc);
    });
  }
}

}  // namespace schemaplan::parser
