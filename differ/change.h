#pragma once
/// Differ output: what is different between two catalogs, per object, with no SQL.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/inheritance.h"
#include "model/model.h"

namespace schemaplan {

/// Ownership of a sequence by a column (OWNED BY). Kept apart from the sequence because it links two objects
/// that must each exist first: the table's default needs the sequence, the ownership needs the table.
struct SequenceOwnership {
  std::string schema;
  std::string sequence;
  std::string table;
  std::string column;
  bool operator==(const SequenceOwnership&) const = default;
};

using ObjectValue = std::variant<std::monostate, Schema, Extension, EnumType, Sequence, Table, Column, Constraint,
                                 Index, SequenceOwnership, View, Domain, CompositeType, Policy, Grant, DefaultPrivilege, Ownership, Function, Trigger,
                                 GenericObject>;

enum class ChangeKind {
  Create,
  Drop,
  Alter,     ///< changed in place; `fields` says what
  Recreate,  ///< cannot be changed in place: drop the old, create the new
};

const char* change_kind_name(ChangeKind k);

struct Change {
  ChangeKind kind = ChangeKind::Create;
  ObjectId id;
  ObjectValue before;  ///< monostate for Create
  ObjectValue after;   ///< monostate for Drop
  std::vector<std::string> fields;  ///< for Alter/Recreate: names of the fields that differ, sorted
  std::string table_schema;         ///< for columns/constraints: the owning table's schema (id.schema too)

  bool operator==(const Change&) const = default;
  /// The same change in the other direction (create <-> drop, before <-> after).
  Change inverse() const;
};

/// All differences between `from` and `to`, sorted by (kind rank, id). Pure function.
/// Granularity: schemas, extensions, enums, sequences, sequence ownerships, tables (a created or dropped table
/// carries its columns, constraints except foreign keys to other tables, and comments), columns of tables that
/// exist on both sides, constraints (foreign keys to other tables always on their own), indexes.
std::vector<Change> diff(const Catalog& from, const Catalog& to);

/// Views and materialized views of `from` and `to` (differ/diff_view.cpp), appended to `out`.
void diff_views(const Catalog& from, const Catalog& to, std::vector<Change>& out);

/// True when PostgreSQL's CREATE OR REPLACE VIEW can turn view `before` into `after`: both plain views, and
/// the old columns are the first columns of the new one, with the same names and types.
bool view_replaceable(const View& before, const View& after);

/// True for a foreign key that references a table other than its own; such keys are planned as their own
/// objects so that tables can be created before any key between them exists (breaking FK cycles).
/// Functions, procedures and triggers (diff_routines.cpp), appended to `out` unsorted.
void diff_routines(const Catalog& from, const Catalog& to, std::vector<Change>& out);

/// True when `after` can replace `before` with CREATE OR REPLACE: same kind, result, output arguments,
/// input argument names (a name may be added, not changed or removed) and no argument default removed.
/// PostgreSQL refuses anything else in place.
bool function_replaceable(const Function& before, const Function& after);

/// Objects kept as DDL text (model/generic.h), appended to `out` unsorted: a new definition is a recreation,
/// a new comment an alteration.
void diff_generics(const Catalog& from, const Catalog& to, std::vector<Change>& out);

bool is_external_fk(const Constraint& c, const std::string& table_schema, const std::string& table_name);

/// Domains and composite types (differ/diff_types.cpp): one change per type, constraints and attributes
/// named in `fields`; appended to `out` unsorted.
void diff_user_types(const Catalog& from, const Catalog& to, std::vector<Change>& out);

/// The primary keys, unique constraints and indexes PostgreSQL gives partition `t` as copies of its partitioned
/// ancestors' (attached to them; the model keeps only the ancestors'), under the names PostgreSQL chooses for
/// them when nothing else holds the name. Copies whose names PostgreSQL would shorten or build from
/// expressions are not predicted (differ/table_parents.cpp). Empty for a table that is no partition.
struct InheritedKeys {
  std::vector<Constraint> constraints;
  std::vector<Index> indexes;
};
InheritedKeys inherited_keys(const Catalog& cat, const Table& t);

}  // namespace schemaplan
