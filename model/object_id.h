#pragma once
/// Stable identities of schema objects, and the source spans objects carry.
#include <compare>
#include <string>

namespace schemaplan {

/// Where an object was declared. Spans are metadata: two objects that differ only in where they were
/// written are the same object, so every SourceSpan compares equal to every other (this lets the model's
/// structs keep a defaulted operator== that means "same schema").
struct SourceSpan {
  std::string file;  ///< empty for objects read from a database
  int line = 0;      ///< 1-based; 0 = unknown
  int column = 0;    ///< 1-based byte column
  bool known() const { return line > 0; }
  bool operator==(const SourceSpan&) const { return true; }
  std::string str() const;  ///< "file:line:col", or "" when unknown
};

enum class ObjectKind {
  Schema,
  Extension,
  Type,  ///< enum (and, later, domain / composite / range): one namespace in PostgreSQL (pg_type)
  Sequence,
  Table,
  Column,      ///< parent = table
  Constraint,  ///< parent = table
  Index,       ///< parent = table (index names are schema-wide, but an index belongs to one table)
  Function,    ///< signature = identity argument types
  SequenceOwner,  ///< the OWNED BY link of sequence `name`; parent = owning table (planned apart from both)
  View,
  MaterializedView,
  Policy,            ///< row-level security policy; parent = table
  Grant,             ///< privileges of one grantee on one object; see Grant::id()
  DefaultPrivilege,  ///< ALTER DEFAULT PRIVILEGES entry; see DefaultPrivilege::id()
  Owner,             ///< the owner of an object; see Ownership::id()
  Trigger,        ///< parent = table
  // Kinds kept as DDL text (model/generic.h): identity as described beside each.
  Aggregate,                ///< signature = argument types (oidvectortypes)
  Collation,
  Cast,                     ///< schema empty; name = `source AS target`
  Operator,                 ///< name = the operator's symbol; signature = `left, right` (NONE for a prefix operator)
  OperatorClass,            ///< signature = access method
  OperatorFamily,           ///< signature = access method
  TextSearchParser,
  TextSearchTemplate,
  TextSearchDictionary,
  TextSearchConfiguration,
  Statistics,               ///< extended statistics (CREATE STATISTICS)
  Rule,                     ///< parent = table or view
  EventTrigger,             ///< schema empty
  Language,                 ///< schema empty
  ForeignDataWrapper,       ///< schema empty
  ForeignServer,            ///< schema empty
  UserMapping,              ///< schema empty; name = role ("PUBLIC", or "CURRENT_USER" as SQL files say); parent = server
  Publication,              ///< schema empty
  AccessMethod,             ///< schema empty
  Conversion,
};

/// Lower-case name of the kind, as used in messages and plan.json ("table", "column", ...).
const char* kind_name(ObjectKind k);

/// Identity of one object. `schema` is empty for schemas and extensions (cluster- or database-level names);
/// `parent` is the owning table for columns, constraints and indexes; `signature` distinguishes overloads.
struct ObjectId {
  ObjectKind kind = ObjectKind::Schema;
  std::string schema;
  std::string name;
  std::string parent;
  std::string signature;

  auto operator<=>(const ObjectId&) const = default;
  bool operator==(const ObjectId&) const = default;

  /// Printable, SQL-quoted form: `table public.users`, `column public.users.email`,
  /// `index public.users_email_idx`, `constraint public.users.users_pkey`.
  std::string str() const;
  /// The object's qualified SQL name without the kind, e.g. `public."Users"` or `public.users.email`.
  std::string sql_name() const;
};

}  // namespace schemaplan
