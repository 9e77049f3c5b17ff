#pragma once
/// SQL statements -> model. One Transformer per parse() call: collect() sees every statement in file order
/// and chooses PostgreSQL's implicit names as it goes (they depend on what came before, as when psql loads
/// the files); what a statement does to the model is deferred and applied by finish() in dependency phases
/// (schemas, extensions, types, sequences, tables, then ALTERs, indexes and comments in file order, retrying
/// those that name something a later one adds), so an object may be used before the statement creating it.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/model.h"
#include "parser/deparse.h"
#include "parser/naming.h"
#include "parser/pg_tree.h"
#include "parser/source_split.h"

namespace schemaplan::parser {

struct ViewShape;  // parser/view_shape.h

/// Where the statement being transformed came from; turns tree locations into file spans.
struct StmtCtx {
  const SourceFile* file = nullptr;
  const LineIndex* lines = nullptr;
  size_t offset = 0;  ///< byte offset of the statement string in the file
  size_t start = 0;   ///< byte offset of its first token
  size_t length = 0;  ///< length of the statement string
  /// Span of a location inside the statement (-1: the statement's first token).
  SourceSpan span(int location = -1) const;
  /// Throws DiagnosticError at `location`, with the file's text for the caret excerpt.
  [[noreturn]] void error(const std::string& code, const std::string& message, int location = -1) const;
  /// Throws "unsupported-statement": `<what> is not supported yet`.
  [[noreturn]] void unsupported(const std::string& what, int location = -1) const;
};

/// A schema-qualified object name.
struct QualName {
  std::string schema;
  std::string name;
  auto operator<=>(const QualName&) const = default;
};

/// A table constraint on its way into the model: the parse node in table form (keys / fk_attrs filled in for
/// column constraints) and its name, explicit or chosen.
struct ConstraintDraft {
  PgQuery__Constraint* node = nullptr;
  std::string name;
  bool explicit_name = false;
};

/// A column definition and what its column constraints and serial type bring along.
struct ColumnDraft {
  Column column;
  std::vector<ConstraintDraft> constraints;
  std::optional<std::string> serial_type;        ///< the serial column's integer type
  std::optional<QualName> identity_sequence;     ///< SEQUENCE NAME given in the identity options
  std::vector<PgQuery__DefElem*> identity_options;  ///< raw options of GENERATED ... AS IDENTITY (...)
  bool primary_key = false;                      ///< a column PRIMARY KEY: the column is NOT NULL
};

/// A publication as its statements build it (transform_publication.cpp): CREATE PUBLICATION and each ALTER
/// PUBLICATION edit it, and its DDL text is written again from it.
struct PublicationDraft {
  bool all_tables = false;
  std::vector<std::string> publish;  ///< the actions it publishes, in PostgreSQL's order
  bool via_root = false;
  std::map<QualName, std::pair<std::string, std::vector<ObjectId>>> tables;  ///< -> ` (a) WHERE (...)`, deps
  std::set<std::string> schemas;
};

/// A text search configuration as its statements build it (transform_text_search.cpp): CREATE and each ALTER TEXT
/// SEARCH CONFIGURATION edit it, and its DDL text is written again from it.
struct TsConfigDraft {
  QualName parser;
  std::map<std::string, std::vector<QualName>> mappings;  ///< token alias -> its dictionaries, in order
  /// A copy of a configuration neither the files nor every server hold (`COPY = x`, kept as written): its
  /// mappings are unknown, so the ALTERs after it are kept as written too.
  std::optional<QualName> copy_of;
  std::vector<std::string> alters;  ///< with copy_of: the ALTERs' canonical text, in order
};

/// Reads GENERATED ALWAYS | BY DEFAULT AS IDENTITY (...) into a column draft: the identity kind, the raw
/// sequence options and an explicit SEQUENCE NAME.
void read_identity(const PgQuery__Constraint* c, ColumnDraft& d);

/// The role a RoleSpec node names: its name, or "PUBLIC"; CURRENT_USER and the like are not supported.
std::string role_name(const StmtCtx& ctx, const Node* n);
/// Storage parameters of a WITH (...) / SET (...) / RESET (...) list: `name=value` entries (names alone for
/// RESET), the table's and its TOAST table's (`toast.name`, kept without the prefix) apart.
struct RelOptions {
  std::vector<std::string> heap;
  std::vector<std::string> toast;
};
RelOptions rel_options(const StmtCtx& ctx, Node* const* items, size_t n, bool reset);
/// 'p' for pglz, 'l' for lz4, 0 for default (a column's COMPRESSION).
char compression_letter(const StmtCtx& ctx, const std::string& method, int location);

/// ALTER TABLE ... ENABLE / DISABLE / FORCE / NO FORCE ROW LEVEL SECURITY as a step on the table.
std::function<void(Table&)> row_security_step(PgQuery__AlterTableType subtype);

/// One value of a SET statement as written: its text and whether it was a number (PostgreSQL shows a number
/// in its own units, so its stored form is not the text).
struct SettingValue {
  std::string text;
  bool number = false;
};

/// Turns statements into a Catalog (see the top of this file).
class Transformer {
 public:
  /// `strict`: a data statement (INSERT, UPDATE, DELETE, COPY, a SELECT that calls something) is an error
  /// instead of being skipped (data_statements()).
  /// `running_role`: see ParseOptions::running_role.
  Transformer(TreeArena& arena, bool fold_literal_casts = true, bool strict = false, std::string running_role = "");
  /// Sees every statement once before collect(): notes what changes name resolution for all of them (the
  /// schemas extensions are installed in).
  void prepare(Node* stmt);
  /// Takes one statement, in file order.
  void collect(const StmtCtx& ctx, Node* stmt);
  /// Applies every collected statement and returns the normalised catalog.
  Catalog finish();
  /// The data statements skipped so far (a desired schema holds no data) and where the first one is.
  struct SkippedData {
    size_t count = 0;
    std::string first_kind;  ///< INSERT, UPDATE, DELETE, COPY, SELECT, CALL
    SourceSpan first;
  };
  const SkippedData& data_statements() const { return data_; }

 private:
  enum class Phase {
    Schemas,
    Extensions,
    Types,
    Sequences,
    Tables,
    Changes,  ///< ALTER ..., CREATE INDEX, COMMENT: in file order (add, then drop), see apply_changes()
    Checks,   ///< validations that need everything else applied
  };
  /// Runs `apply` in `phase`, after everything of earlier phases and after earlier statements of its phase.
  void defer(Phase phase, const StmtCtx& ctx, std::function<void()> apply);

  void dispatch(const StmtCtx& ctx, Node* stmt);
  struct Deferred;
  /// Applies the Changes phase: file order, retrying what refers to something a later change creates.
  void apply_changes(const std::vector<Deferred*>& changes);

  // One per statement kind, each in its transform_<kind>.cpp.
  void create_schema(const StmtCtx& ctx, PgQuery__CreateSchemaStmt* s);
  void create_extension(const StmtCtx& ctx, PgQuery__CreateExtensionStmt* s);
  void create_enum(const StmtCtx& ctx, PgQuery__CreateEnumStmt* s);
  void alter_enum(const StmtCtx& ctx, PgQuery__AlterEnumStmt* s);
  void create_sequence(const StmtCtx& ctx, PgQuery__CreateSeqStmt* s);
  void alter_sequence(const StmtCtx& ctx, PgQuery__AlterSeqStmt* s);
  void create_table(const StmtCtx& ctx, PgQuery__CreateStmt* s);
  void alter_table(const StmtCtx& ctx, PgQuery__AlterTableStmt* s);
  void create_index(const StmtCtx& ctx, PgQuery__IndexStmt* s);
  void comment(const StmtCtx& ctx, PgQuery__CommentStmt* s);
  void variable_set(const StmtCtx& ctx, PgQuery__VariableSetStmt* s);
  void select(const StmtCtx& ctx, PgQuery__SelectStmt* s);
  /// A statement that changes rows, not the schema: skipped and counted, or an error when strict.
  void data_statement(const StmtCtx& ctx, const std::string& kind);
  void create_view(const StmtCtx& ctx, PgQuery__ViewStmt* s);
  void create_matview(const StmtCtx& ctx, PgQuery__CreateTableAsStmt* s);
  /// Shared by both (transform_view.cpp): `v` holds the name, kind and options; `query` is normalised in
  /// place, `aliases` (the column list) rename the first columns.
  void define_view(const StmtCtx& ctx, View v, Node* query, Node* const* aliases, size_t n_aliases, bool replace,
                   bool if_not_exists);
  /// The columns of a view whose query has `shape` (transform_view.cpp), `texts` being the printed select-list
  /// entries, from the relations in the catalog as it stands.
  std::vector<ViewColumn> view_columns(const ViewShape& shape, const std::vector<std::string>& texts,
                                       const std::string& query) const;
  // Domains and composite types (transform_user_types.cpp).
  void create_domain(const StmtCtx& ctx, PgQuery__CreateDomainStmt* s);
  void alter_domain(const StmtCtx& ctx, PgQuery__AlterDomainStmt* s);
  void create_composite(const StmtCtx& ctx, PgQuery__CompositeTypeStmt* s);
  /// ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE (an AlterTableStmt on OBJECT_TYPE).
  void alter_composite(const StmtCtx& ctx, PgQuery__AlterTableStmt* s);
  /// ALTER INDEX parent ATTACH PARTITION child (transform_alter_index.cpp).
  void alter_index_attach(const StmtCtx& ctx, PgQuery__AlterTableStmt* s);
  /// What PostgreSQL does when `partition` joins the tree of index `top` (a stand-alone index of cat_): an equal
  /// stand-alone index of the partition (or, for a partitioned one, of its partitions) is attached.
  void adopt_partition_indexes(const Table& partition, const QualName& top);
  /// Registers a new type name (enums, domains, composite types, tables' row types), or throws duplicate-object.
  void claim_type(const StmtCtx& ctx, const QualName& q, int location);
  /// A domain CHECK with its name, explicit or chosen as PostgreSQL does (`<domain>_check`, `_check1`...).
  DomainConstraint domain_check(const StmtCtx& ctx, const QualName& domain, PgQuery__Constraint* c, bool validated);
  CompositeAttribute composite_attribute(const StmtCtx& ctx, PgQuery__ColumnDef* def);
  // Partitioning and inheritance (transform_partition.cpp).
  /// `RANGE (a)` ... as it follows PARTITION BY, canonicalised.
  std::string partition_key_sql(PgQuery__PartitionSpec* spec, const std::string& table);
  /// `FOR VALUES ...` or `DEFAULT`, canonicalised.
  std::string partition_bound_sql(PgQuery__PartitionBoundSpec* bound);
  /// The table's own column, or nullptr.
  static Column* find_column(Table& t, const std::string& column);
  /// Throws undefined-object unless `t` has `column`, as its own or from a parent.
  void require_column(const StmtCtx& ctx, Table& t, const std::string& column, int location);
  /// A child's own setting of a column it inherits, as its statements state it (ALTER TABLE [ONLY] child ALTER
  /// COLUMN ... SET | DROP DEFAULT | NOT NULL, PARTITION OF parent (c WITH OPTIONS ...)).
  struct InheritedOverride {
    std::optional<bool> not_null;
    std::optional<std::optional<std::string>> default_expr;
    std::vector<ObjectId> deps;
  };
  /// The column `t` inherits, as its parents give it; nullopt when it inherits none of that name.
  std::optional<Column> inherited_column(const Table& t, const std::string& column) const;
  /// Applies one ALTER COLUMN subcommand (SET / DROP DEFAULT with `def` the expression or null, SET / DROP NOT
  /// NULL) to the inherited column `column` of `t`; false when `t` inherits no such column.
  bool override_inherited(const StmtCtx& ctx, Table& t, const std::string& column, PgQuery__AlterTableType subtype,
                          Node* def);
  /// Table::inherited_settings from the overrides, where they differ from what the parents give (finish()).
  void settle_inherited_settings();
  /// DETACH PARTITION / NO INHERIT: the table keeps, as its own, the columns and checks it had from `parent`.
  void become_independent(Table& t, const TableRef& parent);
  /// Sets the comment of domain (or, with `composites_too`, composite type) `q`; false when there is none.
  bool comment_user_type(const QualName& q, const std::optional<std::string>& text, bool composites_too);
  // Row-level security and privileges (transform_policy.cpp, transform_grant.cpp).
  void create_policy(const StmtCtx& ctx, PgQuery__CreatePolicyStmt* s);
  void alter_policy(const StmtCtx& ctx, PgQuery__AlterPolicyStmt* s);
  /// Canonical USING / WITH CHECK text of a policy, the columns they use and the functions they call.
  void policy_expressions(Policy& p, Node* qual, Node* with_check);
  /// The apply step of COMMENT ON POLICY (`parts`: [schema,] table, policy).
  std::function<void()> comment_policy(const StmtCtx& ctx, const std::vector<std::string>& parts,
                                       const std::optional<std::string>& text);
  void grant(const StmtCtx& ctx, PgQuery__GrantStmt* s);
  /// The column names of table or view `relation` (none when there is no such relation).
  std::vector<std::string> relation_columns(const ObjectId& relation) const;
  /// One GRANT or REVOKE of `privs` on `object` to or from `grantee`, on the model's entry for them.
  void apply_grant(const StmtCtx& ctx, const ObjectId& object, const std::string& grantee, bool is_grant,
                   bool grant_option, const std::vector<std::string>& privs);
  void alter_default_privileges(const StmtCtx& ctx, PgQuery__AlterDefaultPrivilegesStmt* s);
  /// Gives an object a CREATE statement makes the privileges the ALTER DEFAULT PRIVILEGES statements before it
  /// (in file order, without FOR ROLE: those of the role running the files) grant on objects of its kind, as
  /// explicit grants (parser/default_grants.cpp).
  void grant_defaults_on_create(const StmtCtx& ctx, const ObjectId& object);
  /// OWNER TO / AUTHORIZATION: records `role` as the owner of `object` (a Table may turn out to be a sequence or
  /// a view; a Function named without argument types, `any_overload`, is the one function of that name).
  void set_owner(const StmtCtx& ctx, ObjectId object, const PgQuery__RoleSpec* role, bool any_overload = false);
  /// ALTER FUNCTION | PROCEDURE | ROUTINE ... OWNER TO.
  void routine_owner(const StmtCtx& ctx, const PgQuery__ObjectWithArgs* owa, const PgQuery__RoleSpec* role);
  // Functions, procedures and triggers (transform_function.cpp, transform_trigger.cpp).
  void create_function(const StmtCtx& ctx, PgQuery__CreateFunctionStmt* s);
  void create_trigger(const StmtCtx& ctx, PgQuery__CreateTrigStmt* s);
  /// ALTER TABLE ... ENABLE [REPLICA | ALWAYS] | DISABLE TRIGGER name, as a step on the table.
  std::function<void(Table&)> trigger_state_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd);
  // transform_table_settings.cpp
  /// The step of an ALTER TABLE subcommand on storage settings, CLUSTER ON or REPLICA IDENTITY; empty for others.
  std::function<void(Table&)> table_setting_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd);
  /// The column of `t` an ALTER COLUMN setting names.
  Column& setting_column(const StmtCtx& ctx, Table& t, const std::string& name);
  /// Marks index or key `index` of `t` as clustered (or as the replica identity), and no other.
  void mark_index(const StmtCtx& ctx, Table& t, const std::string& index, bool replica);
  /// CLUSTER ON index `index` of materialized view `q` ("" = SET WITHOUT CLUSTER).
  void cluster_matview(const StmtCtx& ctx, const QualName& q, const std::string& index);
  /// ALTER INDEX ... ALTER COLUMN n SET STATISTICS.
  void alter_index_settings(const StmtCtx& ctx, PgQuery__AlterTableStmt* s);
  /// CLUSTER t USING idx.
  void cluster(const StmtCtx& ctx, PgQuery__ClusterStmt* s);
  /// COMMENT ON FUNCTION | PROCEDURE | ROUTINE | TRIGGER: what applies it.
  std::function<void()> comment_on_routine(const StmtCtx& ctx, PgQuery__CommentStmt* s, std::optional<std::string> text);
  Trigger& find_trigger(const StmtCtx& ctx, const QualName& table, const std::string& name);
  /// ALTER FUNCTION | PROCEDURE | ROUTINE name(args) <attributes> (transform_alter_function.cpp): the same
  /// effect as writing them in the CREATE.
  void alter_function(const StmtCtx& ctx, PgQuery__AlterFunctionStmt* s);
  /// One attribute of CREATE or ALTER FUNCTION (volatility, STRICT, SECURITY, LEAKPROOF, PARALLEL, COST, ROWS,
  /// SET / RESET) as a step on the function; empty for any other option. SET ... FROM CURRENT is resolved now,
  /// against the settings of the statements before it (session_settings_).
  std::function<void(Function&)> routine_attribute(const StmtCtx& ctx, const PgQuery__DefElem* d);
  /// ALTER VIEW | ALTER TABLE on a view (transform_alter_view.cpp): SET / RESET (options), ALTER COLUMN ...
  /// SET / DROP DEFAULT, OWNER TO.
  void alter_view(const StmtCtx& ctx, PgQuery__AlterTableStmt* s);
  /// The step of one ALTER VIEW subcommand; empty when a view cannot take it.
  std::function<void(View&)> view_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd);
  /// Replaces references recorded by name (kUnresolvedRef) with the objects they mean; run by finish().
  void resolve_routine_refs();

  // Objects kept as DDL text (model/generic.h): the shared machinery in transform_generic.cpp, one file per
  // family of kinds.
  /// Records `g` (its `create` statements filled) at the Types phase, with what `stmt` names as dependencies
  /// (generic_refs()); an object of the same id is a duplicate-object error.
  void add_generic(const StmtCtx& ctx, GenericObject g, Node* stmt);
  /// Appends `statement` (an ALTER that completes the object, e.g. ALTER TEXT SEARCH CONFIGURATION ... ADD
  /// MAPPING) to the generic object `id` at the Changes phase, with what `stmt` names as dependencies.
  void amend_generic(const StmtCtx& ctx, const ObjectId& id, std::string statement, Node* stmt);
  /// What a statement of a generic kind names (generic_refs()), recorded by name and resolved by finish():
  /// relations, types (canonicalised in place), functions (calls, ObjectWithArgs, and the DefElems named in
  /// `function_options`, whose TypeName values are function names), operators and collations. A DefElem's
  /// TypeName value is a type only when its option is in `type_options`; any other (a keyword such as
  /// `PARALLEL = SAFE`, a function name) is left as written.
  std::vector<ObjectId> generic_refs(Node* stmt, const std::set<std::string>& function_options = {},
                                     const std::set<std::string>& type_options = {});
  /// The generic object (or range type) that `type` and `object` (as COMMENT ON, ALTER ... OWNER TO and DROP
  /// carry them) name; nullopt when `type` is no kind kept as DDL text.
  std::optional<ObjectId> generic_object_id(PgQuery__ObjectType type, Node* object);
  /// `integer, text` for TypeName nodes (a null node is `NONE`), as ObjectId signatures of aggregates and
  /// operators hold them.
  std::string type_list(Node* const* types, size_t n);
  /// [schema.]name from a name list, public when unqualified.
  static QualName qual_name(const std::vector<std::string>& parts);
  /// CREATE AGGREGATE | OPERATOR | COLLATION | TEXT SEARCH ... (a DefineStmt), by kind.
  void define(const StmtCtx& ctx, PgQuery__DefineStmt* s);
  void create_aggregate(const StmtCtx& ctx, PgQuery__DefineStmt* s);  // transform_aggregate.cpp
  // transform_operator.cpp: operators, operator classes and families, casts, conversions, access methods,
  // procedural languages.
  void create_operator(const StmtCtx& ctx, PgQuery__DefineStmt* s);
  void create_opclass(const StmtCtx& ctx, PgQuery__CreateOpClassStmt* s);
  void create_opfamily(const StmtCtx& ctx, PgQuery__CreateOpFamilyStmt* s);
  void alter_opfamily(const StmtCtx& ctx, PgQuery__AlterOpFamilyStmt* s);
  void create_cast(const StmtCtx& ctx, PgQuery__CreateCastStmt* s);
  /// ALTER OPERATOR ... SET (RESTRICT = ..., JOIN = ...): the operator's estimators (transform_operator.cpp).
  void alter_operator(const StmtCtx& ctx, PgQuery__AlterOperatorStmt* s);
  void create_conversion(const StmtCtx& ctx, PgQuery__CreateConversionStmt* s);
  void create_access_method(const StmtCtx& ctx, PgQuery__CreateAmStmt* s);
  void create_language(const StmtCtx& ctx, PgQuery__CreatePLangStmt* s);
  // transform_collation.cpp: collations.
  void create_collation(const StmtCtx& ctx, PgQuery__DefineStmt* s);
  /// A COLLATE clause of a column, domain or attribute as the model stores it (collation_name(); "" for none),
  /// adding the files' own collation it names to `deps`.
  std::string collate_clause(const PgQuery__CollateClause* c, std::vector<ObjectId>& deps) const;
  // transform_text_search.cpp: text search objects, extended statistics, rules.
  void create_text_search(const StmtCtx& ctx, PgQuery__DefineStmt* s);
  void alter_ts_configuration(const StmtCtx& ctx, PgQuery__AlterTSConfigurationStmt* s);
  void alter_ts_dictionary(const StmtCtx& ctx, PgQuery__AlterTSDictionaryStmt* s);
  // transform_statistics_rule.cpp: extended statistics and rules.
  void create_statistics(const StmtCtx& ctx, PgQuery__CreateStatsStmt* s);
  void alter_statistics(const StmtCtx& ctx, PgQuery__AlterStatsStmt* s);
  void create_rule(const StmtCtx& ctx, PgQuery__RuleStmt* s);
  /// ALTER TABLE ... ENABLE [REPLICA | ALWAYS] | DISABLE RULE name, as a step on the table.
  std::function<void(Table&)> rule_state_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd);
  void create_ts_configuration(const StmtCtx& ctx, PgQuery__DefineStmt* s, const QualName& q);
  /// The configuration `q`'s statements and dependencies written again from its draft (ts_configs_).
  void write_ts_configuration(const StmtCtx& ctx, const QualName& q);
  // transform_foreign.cpp: foreign data wrappers, servers, user mappings and foreign tables.
  void create_fdw(const StmtCtx& ctx, PgQuery__CreateFdwStmt* s);
  void create_foreign_server(const StmtCtx& ctx, PgQuery__CreateForeignServerStmt* s);
  void create_user_mapping(const StmtCtx& ctx, PgQuery__CreateUserMappingStmt* s);
  void create_foreign_table(const StmtCtx& ctx, PgQuery__CreateForeignTableStmt* s);
  /// ALTER FOREIGN TABLE ... OWNER TO | OPTIONS (...) | ALTER COLUMN ... OPTIONS (...) (pg_dump writes the column
  /// options so): the options edited in the CREATE's tree, which is deparsed again.
  void alter_foreign_table(const StmtCtx& ctx, PgQuery__AlterTableStmt* s);
  /// COMMENT ON COLUMN of foreign table `table`, which keeps its column comments among its statements: false
  /// when there is no such foreign table.
  bool comment_foreign_column(const StmtCtx& ctx, const QualName& table, const std::string& column,
                              const std::optional<std::string>& text);
  /// Records `g` like add_generic() unless an object of its id is there already (CREATE ... IF NOT EXISTS).
  void add_generic_if_new(const StmtCtx& ctx, GenericObject g);
  // transform_publication.cpp: publications and event triggers.
  void create_publication(const StmtCtx& ctx, PgQuery__CreatePublicationStmt* s);
  void alter_publication(const StmtCtx& ctx, PgQuery__AlterPublicationStmt* s);
  void create_event_trigger(const StmtCtx& ctx, PgQuery__CreateEventTrigStmt* s);
  void alter_event_trigger(const StmtCtx& ctx, PgQuery__AlterEventTrigStmt* s);
  // transform_range.cpp: range types.
  void create_range(const StmtCtx& ctx, PgQuery__CreateRangeStmt* s);

  // Columns and constraints (transform_column.cpp, transform_constraint.cpp), shared by CREATE TABLE and
  // ALTER TABLE.
  ColumnDraft column_draft(const StmtCtx& ctx, const QualName& table, PgQuery__ColumnDef* def);
  /// Chooses the names of a column's serial or identity sequence; returns the serial Sequence, if any.
  std::optional<Sequence> name_column_sequence(const StmtCtx& ctx, const QualName& table, ColumnDraft& col,
                                               int location);
  /// Chooses constraint names as PostgreSQL does for one CREATE TABLE (`in_create`: CHECKs first, then
  /// index-backed constraints with the primary key first and duplicates merged, then foreign keys) or one
  /// ALTER TABLE subcommand, and registers them.
  void name_constraints(const StmtCtx& ctx, const QualName& table, std::vector<ConstraintDraft>& drafts,
                        bool in_create);
  /// The model constraint for a named draft; foreign keys without a column list are finished by finish().
  Constraint build_constraint(const StmtCtx& ctx, const QualName& table, ConstraintDraft& d, bool validated);
  /// ADD CONSTRAINT ... PRIMARY KEY | UNIQUE USING INDEX i: fills the constraint node `c` with the index's key
  /// and INCLUDE columns and NULLS NOT DISTINCT (the index becomes the constraint's, renamed after it), checks
  /// what PostgreSQL checks of such an index, and frees the index's name. Returns the index.
  QualName adopt_index(const StmtCtx& ctx, const QualName& table, PgQuery__Constraint* c);
  /// Adds a built constraint to its table at apply time: checks the columns it names, sets NOT NULL for
  /// primary keys.
  void add_constraint(const StmtCtx& ctx, Table& t, Constraint c, int location);
  /// ALTER TABLE ... DROP COLUMN / DROP CONSTRAINT at apply time (transform_alter_drop.cpp), with what
  /// PostgreSQL drops along: constraints and indexes using the column, owned sequences, and with CASCADE
  /// the foreign keys of other tables that depend on it.
  void drop_column(const StmtCtx& ctx, Table& t, const std::string& column, bool missing_ok, bool cascade);
  void drop_constraint(const StmtCtx& ctx, Table& t, const std::string& name, bool missing_ok, bool cascade);
  /// Registers a new relation name, or throws duplicate-object.
  void claim_relation(const StmtCtx& ctx, const QualName& q, const std::string& kind, int location);

  // Sequence options (transform_sequence.cpp): PostgreSQL's init_params() on resolved options. A new
  // sequence (`is_init`) starts from `init_type` unless the options say AS; OWNED BY, SEQUENCE NAME and
  // RESTART are left to the caller.
  void apply_sequence_options(const StmtCtx& ctx, SequenceOptions& o, const std::vector<PgQuery__DefElem*>& opts,
                              bool is_init, const std::string& init_type = "bigint");
  /// ALTER ... TYPE of an identity column: the sequence follows the new type as ALTER SEQUENCE ... AS would.
  static void change_sequence_type(SequenceOptions& o, const std::string& type);
  /// OWNED BY t.c / NONE of a sequence in `schema`: {table, column}, empty for NONE.
  std::pair<std::string, std::string> owned_by(const StmtCtx& ctx, const std::string& schema,
                                               const PgQuery__DefElem* d);

  // Lookups while applying.
  QualName qualify(const PgQuery__RangeVar* rv) const;
  Table* find_table(const QualName& q);
  Table& table_or_fail(const StmtCtx& ctx, const QualName& q, int location);
  void require_schema(const StmtCtx& ctx, const std::string& schema, int location);
  Column& column_or_fail(const StmtCtx& ctx, Table& t, const std::string& column, int location);
  void resolve_foreign_keys();

  struct Deferred {
    Phase phase;
    size_t order;
    StmtCtx ctx;
    std::function<void()> apply;
  };
  /// A foreign key whose definition waits for the referenced table's primary key columns.
  struct PendingForeignKey {
    StmtCtx ctx;
    QualName table;
    std::string name;
    PgQuery__Constraint* node;
    bool validated;
  };

  TreeArena& arena_;
  /// Partitions' keys attached to their parents' (ALTER INDEX ... ATTACH PARTITION): a sub-partition's key
  /// attaches to them in turn.
  std::set<QualName> attached_keys_;
  TypeScope scope_;  // where unqualified type names resolve
  Deparser deparse_;
  Catalog cat_;
  NameRegistry names_;
  std::map<std::string, const SourceFile*> files_;   // by path, for error excerpts after collection
  std::map<QualName, SourceSpan> relation_spans_;    // where each relation name was first taken
  std::map<QualName, SourceSpan> types_;             // type names taken (enums, table row types)
  std::map<std::string, SourceSpan> schemas_;       // schemas created so far
  std::map<std::string, SourceSpan> extensions_;    // extensions created so far
  std::map<QualName, std::pair<std::string, std::string>> identity_sequences_;  // -> table, column
  std::vector<Deferred> deferred_;
  // Objects kept as DDL text whose statements later ones edit or read (transform_foreign.cpp,
  // transform_publication.cpp, transform_range.cpp).
  std::map<QualName, std::vector<ViewColumn>> foreign_columns_;  // foreign table -> its columns, for views and grants
  std::map<QualName, PgQuery__CreateForeignTableStmt*> foreign_tables_;  // -> its normalised CREATE, for ALTERs
  std::map<std::string, PublicationDraft> publications_;
  std::map<QualName, QualName> multiranges_;  // the multirange type of each range type -> the range
  std::map<QualName, std::string> collations_;  // collation -> its options as its CREATE writes them, for FROM
  std::map<QualName, TsConfigDraft> ts_configs_;  // text search configurations, for ALTER and COPY
  std::map<QualName, PgQuery__IndexStmt*> index_stmts_;
  std::map<QualName, std::map<std::string, InheritedOverride>> inherited_overrides_;  // by table, column  // index -> its normalised CREATE INDEX, for USING INDEX
  // Where find_table() last saw each table in cat_.tables: a hint, checked on every use (see find_table()).
  std::map<QualName, size_t> table_slots_;
  size_t tables_hinted_ = 0;  // cat_.tables[0, tables_hinted_) have been entered in table_slots_ once
  bool strict_ = false;
  std::string running_role_;
  SkippedData data_;
  std::vector<PendingForeignKey> foreign_keys_;
  /// Run-time settings the statements of `session_file_` set so far, by name: the values as written (a list
  /// setting's elements), for SET ... FROM CURRENT (transform_session.cpp). Each file is its own session.
  std::map<std::string, std::vector<SettingValue>> session_settings_;
  const SourceFile* session_file_ = nullptr;
};

}  // namespace schemaplan::parser
