#pragma once
/// Row-level security policies (CREATE POLICY). Included by model/model.h after Meta.
#include <optional>
#include <string>
#include <vector>

namespace schemaplan {

/// One policy of a table. Expressions are each producer's canonical text (the parser's deparse offline,
/// pg_get_expr() from a database), so a parsed policy is only compared with another parsed one.
struct Policy {
  std::string schema;
  std::string table;
  std::string name;
  bool permissive = true;                 ///< AS PERMISSIVE (default) or AS RESTRICTIVE
  std::string command = "ALL";            ///< ALL | SELECT | INSERT | UPDATE | DELETE
  std::vector<std::string> roles;         ///< sorted role names; "PUBLIC" for PUBLIC (the default)
  std::optional<std::string> using_expr;  ///< USING (...)
  std::optional<std::string> check_expr;  ///< WITH CHECK (...)
  std::vector<std::string> columns;       ///< columns of `table` the expressions use (for ordering only)
  std::optional<std::string> comment;
  Meta meta;  ///< deps: functions, types, sequences and other tables the expressions use
  bool operator==(const Policy& o) const {
    return schema == o.schema && table == o.table && name == o.name && permissive == o.permissive &&
           command == o.command && roles == o.roles && using_expr == o.using_expr && check_expr == o.check_expr &&
           comment == o.comment;
  }
  ObjectId id() const { return {ObjectKind::Policy, schema, name, table, ""}; }
};

}  // namespace schemaplan
