#pragma once
/// Domains and composite types: the user-defined types besides enums (model/model.h). They share the type
/// namespace with enums and tables' row types (ObjectKind::Type); a composite type also takes a relation name.
#include <optional>
#include <string>
#include <vector>

#include "model/object_id.h"
#include "model/meta.h"

namespace schemaplan {

/// A named CHECK constraint of a domain (PostgreSQL 15 keeps a domain's NOT NULL in pg_type, not here).
struct DomainConstraint {
  std::string name;
  /// Canonical text, e.g. `CHECK ((VALUE > 0))` from pg_get_constraintdef(), with ` NOT VALID` when not
  /// validated (as pg_get_constraintdef() prints it).
  std::string definition;
  bool validated = true;
  std::optional<std::string> comment;
  Meta meta;  ///< deps: functions and types the expression uses
  bool operator==(const DomainConstraint&) const = default;
};

struct Domain {
  std::string schema;
  std::string name;
  std::string base_type;  ///< format_type() text of the base type with its modifiers, e.g. `numeric(10,2)`
  std::string collation;  ///< empty = the base type's own; else qualified, e.g. `pg_catalog."C"`
  std::optional<std::string> default_expr;
  bool not_null = false;
  std::vector<DomainConstraint> constraints;  ///< sorted by name after normalize()
  std::optional<std::string> comment;
  Meta meta;  ///< deps: the base type when it is a user type
  bool operator==(const Domain&) const = default;
  ObjectId id() const { return {ObjectKind::Type, schema, name, "", ""}; }
  const DomainConstraint* constraint(const std::string& n) const;
};

/// One attribute of a composite type (no defaults nor constraints: PostgreSQL has none for them).
struct CompositeAttribute {
  std::string name;
  std::string type;       ///< canonical format_type() text
  std::string collation;  ///< empty = the type's own
  std::optional<std::string> comment;
  Meta meta;  ///< deps: the attribute's user type
  bool operator==(const CompositeAttribute&) const = default;
};

/// `CREATE TYPE t AS (a int, b text)`.
struct CompositeType {
  std::string schema;
  std::string name;
  std::vector<CompositeAttribute> attributes;  ///< declared order (compared by name by the differ)
  std::optional<std::string> comment;
  Meta meta;
  bool operator==(const CompositeType&) const = default;
  ObjectId id() const { return {ObjectKind::Type, schema, name, "", ""}; }
  const CompositeAttribute* attribute(const std::string& n) const;
};

}  // namespace schemaplan
