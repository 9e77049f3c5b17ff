#include "planner/fingerprint.h"

#include <algorithm>
#include <set>

#include "model/inheritance.h"
#include "model/sha256.h"
#include "planner/planner.h"

namespace schemaplan {

std::string catalog_fingerprint(const Catalog& catalog) {
  Catalog c = catalog;
  c.owners.clear();
  c.connecting_role.clear();
  c.renames.clear();
  c.unsupported.clear();
  // The differ compares columns by name, not by position (a column a plan adds lands last, where the desired
  // files may declare it in the middle, and no plan moves it): so does the fingerprint.
  // Nor does it tell a child's own copy of a column or CHECK it also inherits (a table that joins a parent with
  // INHERIT keeps its columns as its own; NO INHERIT turns inherited ones into own ones) from the inherited one:
  // such copies are left out here too.
  for (auto& t : c.tables) {
    if (!t.partition_of && t.inherits.empty()) continue;
    std::set<std::string> columns, checks;
    for (const auto& col : inherited_columns(catalog, t)) columns.insert(col.name);
    for (const auto& k : inherited_checks(catalog, t)) checks.insert(k.name);
    std::erase_if(t.columns, [&](const Column& col) { return columns.count(col.name) > 0; });
    std::erase_if(t.constraints, [&](const Constraint& k) { return checks.count(k.name) > 0; });
  }
  for (auto& t : c.tables)
    std::stable_sort(t.columns.begin(), t.columns.end(),
                     [](const Column& a, const Column& b) { return a.name < b.name; });
  PlanOptions simple;
  simple.strategy = Strategy::Simple;
  Plan p = plan(Catalog{}, c, simple);
  // Steps and statements are separated by characters no statement ends with, so that moving text across a
  // boundary changes the hash.
  std::string text;
  for (const auto& s : p.steps) {
    for (const auto& st : s.forward) text += st + "\n;\n";
    text += "\x1e\n";
  }
  return sha256_hex(text);
}

}  // namespace schemaplan
