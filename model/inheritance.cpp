// What a table gets from its parents (its partition parent, its INHERITS parents), recursively. The model
// keeps such columns and CHECK constraints on the parent only (see Table in model/model.h); these helpers
// give them back where a change of parents needs them.
#include "model/inheritance.h"

#include <algorithm>

namespace schemaplan {
namespace {

void collect(const Catalog& cat, const Table& t, std::vector<Column>* columns, std::vector<Constraint>* checks,
             int depth) {
  if (depth > 32) return;  // PostgreSQL forbids inheritance cycles; this only guards against a broken catalog
  std::vector<TableRef> parents = t.inherits;
  if (t.partition_of) parents.insert(parents.begin(), *t.partition_of);
  for (const auto& ref : parents) {
    const Table* p = cat.table(ref.schema, ref.name);
    if (!p) continue;
    collect(cat, *p, columns, checks, depth + 1);
    // What the parent itself set on columns it inherits is what it gives on (a sub-partition's parent).
    if (columns)
      for (const auto& s : p->inherited_settings)
        for (auto& c : *columns)
          if (c.name == s.name) {
            c.not_null = s.not_null;
            c.default_expr = s.default_expr;
          }
    if (columns)
      for (const auto& c : p->columns)
        if (std::none_of(columns->begin(), columns->end(), [&](const Column& x) { return x.name == c.name; })) {
          Column k = c;
          // A child gets a column's type, collation, default and NOT NULL; not its identity nor its comment.
          k.identity = 0;
          k.identity_options = SequenceOptions{};
          k.comment.reset();
          columns->push_back(k);
        }
    if (checks)
      for (const auto& c : p->constraints)
        if (c.type == ConstraintType::Check && c.definition.find(" NO INHERIT") == std::string::npos &&
            std::none_of(checks->begin(), checks->end(), [&](const Constraint& x) { return x.name == c.name; })) {
          Constraint k = c;
          k.comment.reset();
          checks->push_back(k);
        }
  }
}

}  // namespace

std::vector<Column> inherited_columns(const Catalog& cat, const Table& t) {
  std::vector<Column> out;
  collect(cat, t, &out, nullptr, 0);
  return out;
}

std::vector<Constraint> inherited_checks(const Catalog& cat, const Table& t) {
  std::vector<Constraint> out;
  collect(cat, t, nullptr, &out, 0);
  return out;
}

}  // namespace schemaplan
