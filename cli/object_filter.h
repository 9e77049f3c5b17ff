#pragma once
/// Which schemas and objects take part in a comparison: include/exclude lists with glob patterns, applied to
/// both sides after loading (so a migration runner's bookkeeping table in a live database, such as Prisma's
/// `_prisma_migrations`, never shows up as drift).
#include <string>
#include <vector>

#include "model/model.h"

namespace schemaplan::cli {

struct ObjectFilter {
  std::vector<std::string> include_schemas;  ///< globs; empty: every schema
  std::vector<std::string> exclude_schemas;  ///< globs
  /// Globs over object names: `name` matches in any schema, `schema.name` in that schema (e.g. `audit.*`).
  /// Excluding a table excludes its columns, constraints, indexes, triggers, policies, privileges and owner,
  /// and the sequences it owns. Every kind is filtered (views, functions, types, objects kept as DDL text).
  std::vector<std::string> exclude_objects;

  bool empty() const { return include_schemas.empty() && exclude_schemas.empty() && exclude_objects.empty(); }
  bool schema_excluded(const std::string& schema) const;
  bool object_excluded(const std::string& schema, const std::string& name) const;
  /// For objects of no schema (casts, languages, servers, ...): only patterns without a schema apply.
  bool object_excluded_anywhere(const std::string& name) const;
  /// Removes what the filter leaves out.
  void apply(Catalog& c) const;
};

/// The bookkeeping tables of the migration runners schemaplan reads (`_prisma_migrations`, `schema_migrations`,
/// `flyway_schema_history`) and sqitch's schema: left out whenever one side is a migration directory.
ObjectFilter runner_bookkeeping();
/// `f` plus runner_bookkeeping().
ObjectFilter with_runner_bookkeeping(ObjectFilter f);

}  // namespace schemaplan::cli
