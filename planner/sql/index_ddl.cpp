#include <algorithm>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {

Statements create_index(const Index& i, bool concurrently) {
  Statements out{std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "") +
                 sql::ident(i.name) + " ON " + sql::qualified(i.schema, i.table) + " " + i.definition};
  for (auto& s : index_flags(i.schema, i.table, i.name, IndexFlags{}, i.flags)) out.push_back(std::move(s));
  if (i.comment) out.push_back(comment_index(i)[0]);
  return out;
}

Statements create_index_tree(const Index& i, const Catalog& cat) {
  // The partitions' indexes named otherwise than PostgreSQL names its copies are created first, deepest first:
  // CREATE INDEX on the partitioned table (and on each partitioned partition it recurses into) adopts an equal
  // index a partition already has instead of building another.
  auto depth = [&](const PartitionIndex& p) {
    int d = 0;
    for (const Table* t = cat.table(p.schema, p.table); t && t->partition_of && d < 64; ++d)
      t = cat.table(t->partition_of->schema, t->partition_of->name);
    return d;
  };
  std::vector<PartitionIndex> order = i.partition_indexes;
  std::stable_sort(order.begin(), order.end(),
                   [&](const PartitionIndex& a, const PartitionIndex& b) { return depth(a) > depth(b); });
  Statements out;
  for (const auto& p : order) {
    Index c = i;
    c.schema = p.schema;
    c.name = p.name;
    c.table = p.table;
    c.comment.reset();
    out.push_back(create_index(c, false)[0]);
  }
  for (auto& s : create_index(i, false)) out.push_back(std::move(s));
  return out;
}

std::string create_index_only(const Index& i) {
  return std::string("CREATE ") + (i.unique ? "UNIQUE " : "") + "INDEX " + sql::ident(i.name) + " ON ONLY " +
         sql::qualified(i.schema, i.table) + " " + i.definition;
}

Statements drop_index(const Index& i, bool concurrently) {
  return {std::string("DROP INDEX ") + (concurrently ? "CONCURRENTLY " : "") + sql::qualified(i.schema, i.name)};
}

Statements comment_index(const Index& i) { return {comment_on("INDEX", sql::qualified(i.schema, i.name), i.comment)}; }

}  // namespace schemaplan::ddl
