#pragma once
/// The common schema model: plain value types filled by the parser (SQL files) and by introspection (a live
/// database), compared by the differ. No pointers between objects: objects name each other by ObjectId.
///
/// Canonical forms (what `normalize()` and both producers agree on):
/// - identifiers are stored unquoted, exactly as PostgreSQL stores them (folded to lower case unless quoted);
/// - every object lives in an explicit schema ("public" when the SQL did not say);
/// - types are PostgreSQL's `format_type()` text as printed with `search_path = ''` (so user types are
///   schema-qualified: `public.mood[]`, built-ins are not: `character varying(20)`, `integer`,
///   `timestamp with time zone`);
/// - expressions (defaults, CHECKs, index definitions) are each producer's canonical deparse. The parser and
///   the database print expressions differently (`x > 0` vs `(x > 0)`), so a parsed model is only ever
///   compared with another parsed model; a database is compared with SQL files by loading the files into a
///   temporary database first (see cli/ and docs/design.md).
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/boxed.h"
#include "model/meta.h"
#include "model/routine.h"
#include "model/object_id.h"
#include "model/table_parents.h"
#include "model/user_types.h"
#include "model/rename_hint.h"
#include "model/table_stats.h"
#include "model/storage_options.h"

namespace schemaplan {

struct Schema {
  std::string name;
  std::optional<std::string> comment;
  Meta meta;
  bool operator==(const Schema&) const = default;
  ObjectId id() const { return {ObjectKind::Schema, "", name, "", ""}; }
};

struct Extension {
  std::string name;
  std::string schema;   ///< schema the extension's objects live in; empty = not stated (parser) -> "public"
  std::string version;  ///< empty = not stated; only compared when both sides state it
  std::optional<std::string> comment;
  Meta meta;
  bool operator==(const Extension&) const = default;
  ObjectId id() const { return {ObjectKind::Extension, "", name, "", ""}; }
};

struct EnumType {
  std::string schema;
  std::string name;
  std::vector<std::string> values;  ///< in sort order
  std::optional<std::string> comment;
  Meta meta;
  bool operator==(const EnumType&) const = default;
  ObjectId id() const { return {ObjectKind::Type, schema, name, "", ""}; }
};

/// Options shared by sequences and identity columns, always fully resolved (PostgreSQL's defaults filled in,
/// e.g. max = 2147483647 for an integer sequence), so that "not stated" equals "stated as the default".
struct SequenceOptions {
  std::string data_type = "bigint";  ///< smallint | integer | bigint
  int64_t start = 1;
  int64_t increment = 1;
  int64_t min_value = 1;
  int64_t max_value = INT64_MAX;
  int64_t cache = 1;
  bool cycle = false;
  bool operator==(const SequenceOptions&) const = default;
  /// PostgreSQL's defaults for a sequence of `type` counting by `increment`.
  static SequenceOptions defaults(const std::string& type, int64_t increment = 1);
};

struct Sequence {
  std::string schema;
  std::string name;
  SequenceOptions options;
  /// OWNED BY table.column; PostgreSQL requires the table to be in the sequence's schema. Empty = not owned.
  /// Serial columns own theirs.
  std::string owned_by_table;
  std::string owned_by_column;
  std::optional<std::string> comment;
  Meta meta;
  bool operator==(const Sequence&) const = default;
  ObjectId id() const { return {ObjectKind::Sequence, schema, name, "", ""}; }
};

/// The most numerous object of a large schema (ten a table is common), so its rarely set fields are boxed
/// (model/boxed.h): identity options, the generation expression and the comment cost eight bytes each when unset.
struct Column {
  std::string name;
  std::string type;  ///< canonical format_type() text, see the top of this file
  bool not_null = false;
  char identity = 0;                        ///< 0, 'a' (GENERATED ALWAYS) or 'd' (BY DEFAULT)
  // Settings pg_dump writes with ALTER TABLE ONLY ... ALTER COLUMN (attstattarget, attstorage, attoptions,
  // attcompression), model/storage_options.h.
  char storage = 0;                  ///< SET STORAGE p/e/x/m when not the type's typstorage; 0 = the type's
  char compression = 0;              ///< COMPRESSION: 'p' pglz, 'l' lz4; 0 = default_toast_compression
  int statistics = -1;               ///< SET STATISTICS target; -1 = the default
  std::optional<std::string> default_expr;  ///< never "NULL": DEFAULT NULL is normalised to no default
  Boxed<SequenceOptions> identity_options;  ///< only meaningful when identity != 0
  OptionalBox<std::string> generated;       ///< expression of a STORED generated column
  std::string collation;                    ///< empty = the type's default; else qualified, e.g. `pg_catalog."C"`
  StorageOptions options;            ///< SET (n_distinct=..., n_distinct_inherited=...), as attoptions holds them
  OptionalBox<std::string> comment;
  Meta meta;  ///< deps: the column's user-defined type, sequences/functions used by the default
  bool operator==(const Column&) const = default;
};

/// A partition's or inheriting table's own setting of a column it inherits, where it differs from what its parents
/// give it (model/inheritance.h): `ALTER TABLE ONLY child ALTER COLUMN c SET DEFAULT ... | SET NOT NULL`, as
/// pg_dump writes it, or `PARTITION OF parent (c WITH OPTIONS DEFAULT ... NOT NULL)`. Holds the child's settings
/// of that column in full.
struct InheritedColumn {
  std::string name;
  bool not_null = false;
  std::optional<std::string> default_expr;  ///< none: the child has no default (its parent has one)
  Meta meta;                                ///< deps: what the default uses
  bool operator==(const InheritedColumn&) const = default;
};

enum class ConstraintType : char {
  PrimaryKey = 'p',
  Unique = 'u',
  Check = 'c',
  ForeignKey = 'f',
  Exclude = 'x',
};

struct Constraint {
  std::string name;
  ConstraintType type = ConstraintType::Check;
  /// Canonical definition as it follows `ADD CONSTRAINT name`, e.g. `PRIMARY KEY (id)`,
  /// `FOREIGN KEY (a) REFERENCES public.t(id) ON DELETE CASCADE`, `CHECK ((x > 0)) NO INHERIT`.
  /// From a database: pg_get_constraintdef() with search_path = ''. Includes `NOT VALID` when not validated.
  std::string definition;
  std::vector<std::string> columns;  ///< local columns (key columns, FK columns, columns a CHECK uses)
  std::string ref_schema;            ///< FOREIGN KEY target
  std::string ref_table;
  std::vector<std::string> ref_columns;
  bool deferrable = false;
  bool initially_deferred = false;
  bool validated = true;
  /// PRIMARY KEY / UNIQUE / EXCLUDE: the flags of its index (pg_index.indisclustered, indisreplident).
  IndexFlags flags;
  OptionalBox<std::string> comment;  ///< boxed (model/boxed.h): a table or two each, rarely commented
  Meta meta;
  bool operator==(const Constraint&) const = default;
};

struct Table {
  std::string schema;
  std::string name;
  bool unlogged = false;
  std::vector<Column> columns;          ///< declared order (column order is not compared by the differ)
  std::vector<Constraint> constraints;  ///< sorted by name after normalize()
  std::optional<std::string> comment;
  Meta meta;  ///< deps: the parent tables (partition_of, inherits)
  /// Partitioning (model/table_parents.h). A partition's and an inheriting table's `columns` and
  /// `constraints` hold only what is its own (attislocal / conislocal): what comes from the parent is the
  /// parent's. PostgreSQL keeps every column of a partition as inherited, so a partition has no columns here.
  std::string partition_key;           ///< `RANGE (a)`, `LIST (b)`, `HASH (c)`; empty: not partitioned
  std::optional<TableRef> partition_of;  ///< the parent, when this table is a partition
  std::string partition_bound;         ///< `FOR VALUES ...` or `DEFAULT`, when a partition
  std::vector<TableRef> inherits;      ///< INHERITS parents, in order
  std::vector<InheritedColumn> inherited_settings;  ///< sorted by name after normalize()
  bool row_security = false;        ///< ENABLE ROW LEVEL SECURITY
  bool force_row_security = false;  ///< FORCE ROW LEVEL SECURITY
  StorageOptions options;           ///< WITH (...) / SET (...): pg_class.reloptions, `fillfactor=70`
  StorageOptions toast_options;     ///< its TOAST table's, written `toast.name=value`, kept without the prefix
  /// REPLICA IDENTITY: 'd' default, 'f' full, 'n' nothing, 'i' an index (the index or key constraint whose
  /// flags say replica_identity).
  char replica_identity = 'd';
  TableStats stats;  ///< from a live database only; never compared
  bool operator==(const Table&) const = default;
  ObjectId id() const { return {ObjectKind::Table, schema, name, "", ""}; }
  const Column* column(const std::string& n) const;
  const Constraint* constraint(const std::string& n) const;
};

/// A partition's index attached to a partitioned index (`ALTER INDEX parent ATTACH PARTITION name`), at any depth
/// of the partition tree. It lives in its table's schema.
struct PartitionIndex {
  std::string schema;
  std::string name;
  std::string table;
  auto operator<=>(const PartitionIndex&) const = default;
  bool operator==(const PartitionIndex&) const = default;
};

/// A stand-alone index (indexes that back a PRIMARY KEY / UNIQUE / EXCLUDE constraint belong to the constraint).
struct Index {
  std::string schema;
  std::string name;
  std::string table;  ///< same schema as the index (PostgreSQL requires it)
  bool unique = false;
  /// Canonical text from `USING` to the end, e.g. `USING btree (lower(email)) INCLUDE (id) WHERE (deleted IS NULL)`.
  /// From a database: the tail of pg_get_indexdef() with search_path = ''.
  std::string definition;
  std::vector<std::string> columns;  ///< plain columns used (keys, INCLUDE, expressions, predicate)
  /// Of a partitioned table's index: its partitions' indexes that do not bear the name PostgreSQL gives the
  /// copy it makes (`<partition>_<columns>_idx[N]`), sorted. Those with that name are implied: creating the index
  /// makes them (or adopts an equal index a partition already has), so the two ways of writing one tree, a plain
  /// CREATE INDEX and pg_dump's ON ONLY + CREATE INDEX per partition + ATTACH PARTITION, give one model.
  std::vector<PartitionIndex> partition_indexes;
  IndexFlags flags;                  ///< CLUSTER ON, REPLICA IDENTITY USING INDEX, SET STATISTICS
  OptionalBox<std::string> comment;  ///< boxed (model/boxed.h): a table or two each, rarely commented
  Meta meta;
  bool operator==(const Index&) const = default;
  ObjectId id() const { return {ObjectKind::Index, schema, name, table, ""}; }
};

}  // namespace schemaplan

#include "model/view.h"  // needs Meta, defined above

namespace schemaplan {

}  // namespace schemaplan

#include "model/policy.h"
#include "model/privilege.h"
#include "model/generic.h"

namespace schemaplan {

/// One whole schema. Vectors are kept sorted by identity after normalize() so that iteration is deterministic.
struct Catalog {
  std::vector<Schema> schemas;  ///< user schemas, including "public" when it exists
  std::vector<Extension> extensions;
  std::vector<EnumType> enums;
  std::vector<Sequence> sequences;
  std::vector<Table> tables;
  std::vector<Index> indexes;
  std::vector<View> views;  ///< views and materialized views, sorted by (schema, name)
  std::vector<Function> functions;  ///< functions and procedures, sorted by identity
  std::vector<Trigger> triggers;    ///< sorted by (schema, table, name)
  /// Objects the producer saw but the model does not cover yet (e.g. a view in a live database):
  /// reported as warnings, never dropped.
  std::vector<std::string> unsupported;
  std::vector<Domain> domains;
  std::vector<CompositeType> composites;
  std::vector<Policy> policies;                     ///< sorted by (schema, table, name)
  std::vector<Grant> grants;                        ///< sorted by id()
  std::vector<DefaultPrivilege> default_privileges;  ///< sorted by id()
  std::vector<Ownership> owners;                    ///< sorted by id()
  /// Declared renames of the desired schema (model/rename_hint.h), sorted by id; metadata beside the objects.
  std::vector<RenameHint> renames;
  /// Aggregates, collations, casts, operators, ... and range types (model/generic.h), sorted by id().
  std::vector<GenericObject> generics;
  /// Read from a database: the connecting role, which owns what a plan's statements create (and whose default
  /// privileges apply to it). Empty from SQL files.
  std::string connecting_role;

  bool operator==(const Catalog&) const = default;

  const Table* table(const std::string& schema, const std::string& name) const;
  const Sequence* sequence(const std::string& schema, const std::string& name) const;
  const EnumType* enum_type(const std::string& schema, const std::string& name) const;
  const Schema* schema(const std::string& name) const;
  const View* view(const std::string& schema, const std::string& name) const;  ///< view or materialized view
  const Domain* domain(const std::string& schema, const std::string& name) const;
  const CompositeType* composite(const std::string& schema, const std::string& name) const;
  const Trigger* trigger(const std::string& schema, const std::string& table, const std::string& name) const;
  /// The generic object `id` (model/generic.h), or nullptr.
  const GenericObject* generic(const ObjectId& id) const;
};

/// pg_type.typstorage of column type `type` in `c`: builtin_type_storage(), else by the user type's kind (an
/// enum is plain, a domain has its base type's, anything else is extended).
char type_storage(const Catalog& c, const std::string& type);

/// True for `NULL` and a typed null such as `NULL::character varying(10)`: the same as no default.
bool is_null_default(const std::string& expr);

/// True when `child` bears a name PostgreSQL would give the copy of `parent` it makes on `child.table`.
bool is_default_partition_index_name(const Index& parent, const PartitionIndex& child);
/// Drops the partition indexes PostgreSQL's own names imply from `i.partition_indexes` and sorts the rest.
void normalize_partition_indexes(Index& i);

/// Puts a catalog in canonical form: sorts every list by identity, drops `DEFAULT NULL`, fills extension
/// schemas. Both producers call it last; it is idempotent.
void normalize(Catalog& c);
/// The part of normalize() for domains and composite types (model/user_types.cpp).
void normalize_user_types(Catalog& c);
/// The part of normalize() for policies and privileges (model/privilege.cpp).
void normalize_security(Catalog& c);

}  // namespace schemaplan
