#pragma once
/// PostgreSQL 15's implicit object names (indexcmds.c ChooseRelationName / ChooseIndexName /
/// ChooseIndexColumnNames, pg_constraint.c ChooseConstraintName, makeObjectName), and the registry of names
/// already taken that those choices depend on. Names are chosen in the order statements appear in the files,
/// as loading the files with psql would.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/pg_names.h"
#include "parser/pg_tree.h"

namespace schemaplan::parser {

// The string-level rules live in the model, shared with the planner.
using pg_names::clip_length;
using pg_names::kNameDataLen;
using pg_names::make_object_name;
using pg_names::name_addition;

/// Truncates an identifier to NAMEDATALEN - 1 bytes, as the scanner and regclass input do.
std::string truncate_identifier(std::string_view name);
/// FigureIndexColname: the name an index column on expression `expr` gets ("" when PostgreSQL has none, in
/// which case "expr" is used).
std::string figure_index_colname(const Node* expr);
/// The preliminary name of an index column: the column, or figure_index_colname() of the expression, or "expr".
std::string index_column_name(const PgQuery__IndexElem* e);
/// ChooseIndexColumnNames: preliminary names with duplicates numbered `a`, `a1`, `a2`...
inline std::vector<std::string> index_column_names(const std::vector<std::string>& preliminary) {
  return pg_names::number_duplicates(preliminary);
}

/// Names taken so far, per schema. Relations (tables, sequences, indexes, constraint indexes) share one
/// namespace; constraint names are only unique per table, but implicit ones avoid every constraint name
/// in the schema.
class NameRegistry {
 public:
  bool relation_taken(const std::string& schema, const std::string& name) const;
  /// What holds a relation name ("table", "index", ...); "" when free.
  std::string relation_kind(const std::string& schema, const std::string& name) const;
  void add_relation(const std::string& schema, const std::string& name, const std::string& kind);
  void remove_relation(const std::string& schema, const std::string& name);

  bool constraint_taken(const std::string& schema, const std::string& name) const;
  bool constraint_on_table(const std::string& schema, const std::string& table, const std::string& name) const;
  void add_constraint(const std::string& schema, const std::string& table, const std::string& name);
  void remove_constraint(const std::string& schema, const std::string& table, const std::string& name);

  /// ChooseRelationName: `name1_name2_label`, then `label1`, `label2`... until the name is free among
  /// relations (and, for constraint indexes, among constraints too).
  std::string choose_relation_name(const std::string& schema, std::string_view name1,
                                   std::optional<std::string_view> name2, std::string_view label,
                                   bool is_constraint) const;
  /// ChooseConstraintName: like choose_relation_name but only constraint names conflict.
  std::string choose_constraint_name(const std::string& schema, std::string_view name1,
                                     std::optional<std::string_view> name2, std::string_view label) const;

 private:
  std::map<std::pair<std::string, std::string>, std::string> relations_;               // -> kind
  std::map<std::pair<std::string, std::string>, std::multiset<std::string>> constraints_;  // -> tables
};

}  // namespace schemaplan::parser
