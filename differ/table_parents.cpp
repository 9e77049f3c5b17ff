// The keys and indexes PostgreSQL copies onto a partition from its partitioned ancestors.
#include <algorithm>

#include "differ/change.h"
#include "model/inheritance.h"


namespace schemaplan {
namespace {

/// PostgreSQL's name for an index it builds on a partition to mirror its parent's (ChooseIndexName):
/// `<partition>_pkey`, `<partition>_<columns>_key` (constraints) or `<partition>_<columns>_idx`. Empty when
/// the name would need shortening or the columns are expressions: those are not predicted.
std::string clone_name(const std::string& table, const std::vector<std::string>& columns, const char* label) {
  std::string name = table;
  for (const auto& c : columns) name += "_" + c;
  name += std::string("_") + label;
  return name.size() <= 63 ? name : "";
}

/// The plain key columns of an index definition `USING method (a, b)`; empty when it holds anything else
/// (expressions, ordering, operator classes, INCLUDE, WHERE, WITH).
std::vector<std::string> plain_index_columns(const std::string& definition) {
  auto open = definition.find(" (");
  if (definition.rfind("USING ", 0) != 0 || open == std::string::npos || definition.back() != ')') return {};
  std::string inner = definition.substr(open + 2, definition.size() - open - 3);
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= inner.size()) {
    size_t comma = inner.find(", ", pos);
    std::string col = inner.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    if (col.empty() || col.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos ||
        (col[0] >= '0' && col[0] <= '9'))
      return {};
    out.push_back(col);
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  return out;
}

}  // namespace

InheritedKeys inherited_keys(const Catalog& cat, const Table& t) {
  InheritedKeys out;
  const Table* cur = &t;
  for (int depth = 0; cur->partition_of && depth < 32; ++depth) {
    const Table* p = cat.table(cur->partition_of->schema, cur->partition_of->name);
    if (!p) break;
    for (const auto& k : p->constraints) {
      if (k.type != ConstraintType::PrimaryKey && k.type != ConstraintType::Unique) continue;
      std::string name = k.type == ConstraintType::PrimaryKey ? clone_name(t.name, {}, "pkey")
                                                             : clone_name(t.name, k.columns, "key");
      if (name.empty() || k.definition.find(" INCLUDE ") != std::string::npos) continue;
      Constraint c = k;
      c.name = name;
      c.comment.reset();
      out.constraints.push_back(c);
    }
    for (const auto& i : cat.indexes) {
      if (i.schema != p->schema || i.table != p->name) continue;
      auto cols = plain_index_columns(i.definition);
      std::string name = cols.empty() ? "" : clone_name(t.name, cols, "idx");
      if (name.empty()) continue;
      Index x = i;
      x.name = name;
      x.table = t.name;
      x.schema = t.schema;
      x.comment.reset();
      out.indexes.push_back(x);
    }
    cur = p;
  }
  return out;
}

}  // namespace schemaplan
