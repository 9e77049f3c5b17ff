#pragma once
/// Views and materialized views: one struct, told apart by `materialized` (they share a namespace with
/// tables, a query, a column list and options; what differs is how a change can be applied).
/// Part of model/model.h, which includes it where Meta is complete: include model/model.h, not this file.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/object_id.h"

namespace schemaplan {

/// One output column of a view, in query order.
struct ViewColumn {
  std::string name;
  /// What decides the column's type. From a database: format_type() of the column. From SQL files: the
  /// type of the table column when the select-list entry is a plain column of a known table, else the
  /// canonical text of the entry (the same text reads the same type as long as what it reads is unchanged,
  /// which the cascade guarantees: anything it reads that changes type makes the view be recreated).
  /// Only ever compared within one pairing (docs/design.md), never a parsed view with an introspected one.
  std::string type;
  bool operator==(const ViewColumn&) const = default;
};

struct View {
  std::string schema;
  std::string name;
  bool materialized = false;
  /// The SELECT, without a final ';'. From a database: pg_get_viewdef() with search_path = '' (so every
  /// relation is schema-qualified). From SQL files: libpg_query's deparse of the normalised SelectStmt
  /// (relations qualified, type names canonical, the column list of `CREATE VIEW v (a, b)` turned into
  /// aliases), so that two spellings of one query print alike.
  std::string query;
  std::vector<ViewColumn> columns;
  /// Storage options as pg_class.reloptions holds them, in its order (as written; `WITH CASCADED CHECK OPTION`
  /// is stored last, as `check_option=cascaded`): `security_barrier=true`, `check_option=local`, ...
  std::vector<std::string> options;
  bool with_data = true;  ///< materialized only: populated (false after `WITH NO DATA`)
  std::optional<std::string> comment;
  /// `COMMENT ON COLUMN view.column`, by column name. Not part of the definition: a change is a COMMENT
  /// statement, and CREATE OR REPLACE VIEW keeps them.
  std::map<std::string, std::string> column_comments;
  /// `ALTER VIEW v ALTER COLUMN c SET DEFAULT expr`, by column name: what an INSERT through the view (made
  /// updatable by PostgreSQL or by an INSTEAD OF trigger) puts in a column it does not give. In each producer's
  /// canonical form, as a table column's default (pg_get_expr(); the parser's canonical_default()). Not part of
  /// the definition: CREATE OR REPLACE VIEW keeps them, a view created again needs them set again. Plain views
  /// only.
  std::map<std::string, std::string> column_defaults;
  Meta meta;  ///< deps: relations and columns the query reads, user types it casts to, functions it calls
  bool operator==(const View&) const = default;
  ObjectId id() const {
    return {materialized ? ObjectKind::MaterializedView : ObjectKind::View, schema, name, "", ""};
  }
  /// The view's column named `n`, or nullptr.
  const ViewColumn* column(const std::string& n) const;
};

}  // namespace schemaplan
