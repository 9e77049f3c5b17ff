#pragma once
/// SQL text for each object kind, written only through model/sql_writer.h. One file per kind; every
/// function returns whole statements without the final ';'. No ordering or safety decisions here: the
/// planner decides what to call, these functions only spell it.
#include <optional>
#include <string>
#include <vector>

#include "differ/change.h"

namespace schemaplan::ddl {

using Statements = std::vector<std::string>;

/// `COMMENT ON <what> <target> IS '...'` (or IS NULL).
std::string comment_on(const std::string& what, const std::string& target, const std::optional<std::string>& text);

// generic_ddl.cpp: objects kept as DDL text (model/generic.h)
Statements create_generic(const GenericObject& g);
Statements drop_generic(const GenericObject& g);
/// In place: only the comment (a new definition is a recreation).
Statements alter_generic(const GenericObject& before, const GenericObject& after);

// schema_ddl.cpp
Statements create_schema(const Schema& s);
Statements drop_schema(const Schema& s);
Statements alter_schema(const Schema& before, const Schema& after);
Statements create_extension(const Extension& e);
Statements drop_extension(const Extension& e);
Statements alter_extension(const Extension& before, const Extension& after);

// enum_ddl.cpp
Statements create_enum(const EnumType& e);
Statements drop_enum(const EnumType& e);
/// True when `after` only adds values to `before` (same relative order): ALTER TYPE ... ADD VALUE works.
bool enum_values_only_added(const EnumType& before, const EnumType& after);
/// ADD VALUE statements, each placed with BEFORE/AFTER its neighbour.
Statements add_enum_values(const EnumType& before, const EnumType& after);
/// A column whose type is (an array of) the enum being swapped.
struct EnumUse {
  std::string schema, table, column, type;  ///< type: the column's canonical type text
  std::optional<std::string> default_expr;  ///< the default to restore after the swap
};
/// The name a swapped type's old half takes while its columns move over: `<name>__schemaplan_old`, cut to fit.
std::string swapped_out_name(const std::string& name);
/// Moves every column of `uses` to its new type by a cast through `via` (`text` for an enum, the new base type
/// for a domain); a default, written for the old type, is dropped first and set again after.
void move_columns(Statements& out, const std::vector<EnumUse>& uses, const std::string& via);
/// Values removed or reordered: rename the old type, create the new one, convert every column through
/// text, drop the old type.
Statements swap_enum(const EnumType& before, const EnumType& after, const std::vector<EnumUse>& uses);

// range_ddl.cpp
/// True for a range type (ObjectKind::Type kept as DDL text) with a new definition: swapped, as an enum is.
bool range_needs_swap(const GenericObject& before, const GenericObject& after);
/// The old range, its multirange and constructors renamed aside, the new range created, every column of
/// `uses` converted through text, the old range dropped.
Statements swap_range(const GenericObject& before, const GenericObject& after, const std::vector<EnumUse>& uses);

// collation_ddl.cpp
/// True for a collation (kept as DDL text) with a new definition: swapped, as a range type is.
bool collation_needs_swap(const GenericObject& before, const GenericObject& after);
/// A domain that uses a collation being swapped: swapped for itself (swap_domain) with its columns.
struct DomainUse {
  Domain domain;
  std::vector<EnumUse> columns;
};
/// The old collation renamed aside, the new one created, every column of `columns` moved to it (ALTER COLUMN
/// ... TYPE, same type, COLLATE it), every domain of `domains` swapped for itself, the old collation dropped.
Statements swap_collation(const GenericObject& before, const GenericObject& after, const std::vector<EnumUse>& columns,
                          const std::vector<DomainUse>& domains);

// sequence_ddl.cpp
Statements create_sequence(const Sequence& s);
Statements drop_sequence(const Sequence& s);
Statements alter_sequence(const Sequence& before, const Sequence& after);
/// True when the new range no longer holds the old start: PostgreSQL refuses the new MINVALUE/MAXVALUE unless
/// the sequence restarts inside it.
bool sequence_needs_restart(const SequenceOptions& before, const SequenceOptions& after);
Statements set_sequence_owner(const SequenceOwnership& o);
Statements drop_sequence_owner(const SequenceOwnership& o);

// table_ddl.cpp
/// `GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY (options)` of an identity column.
std::string identity_clause(const Column& c);
/// `name type [COLLATE c] [GENERATED ...] [DEFAULT e] [NOT NULL]`.
std::string column_definition(const Column& c);
/// CREATE TABLE with columns and the constraints that can be written inline, then what cannot (constraints
/// that are NOT VALID, self-referencing foreign keys) and comments. Foreign keys to other tables are not
/// included: they are planned as their own steps.
Statements create_table(const Table& t);
/// What follows a new table's CREATE: REPLICA IDENTITY FULL / NOTHING and its columns' settings.
Statements table_settings(const Table& t);
Statements drop_table(const Table& t);
Statements alter_table(const Table& before, const Table& after);

// column_ddl.cpp
Statements add_column(const std::string& schema, const std::string& table, const Column& c);
Statements drop_column(const std::string& schema, const std::string& table, const Column& c);
/// In-place changes of one column, in the order PostgreSQL needs (drop expression/identity/default before
/// a type change, set them after).
Statements alter_column(const std::string& schema, const std::string& table, const Column& before, const Column& after);
/// True when a change from `before` to `after` type needs an explicit USING cast (base types differ).
bool type_change_needs_using(const std::string& before, const std::string& after);
/// `expr` (of type `from`) converted to `to` for ALTER ... TYPE ... USING and backfills: a cast, through text
/// for an enum, through epoch seconds between numbers and dates/timestamps (which PostgreSQL cannot cast).
std::string convert(const std::string& expr, const std::string& from, const std::string& to);
/// True when convert(x, from, to) cannot be undone exactly by convert(y, to, from).
bool conversion_loses(const std::string& from, const std::string& to);

// constraint_ddl.cpp
Statements add_constraint(const std::string& schema, const std::string& table, const Constraint& c);
Statements drop_constraint(const std::string& schema, const std::string& table, const Constraint& c);
Statements validate_constraint(const std::string& schema, const std::string& table, const Constraint& c);
Statements comment_constraint(const std::string& schema, const std::string& table, const Constraint& c);

// index_ddl.cpp
Statements create_index(const Index& i, bool concurrently);
/// The plain CREATE INDEX of `i` and, before it, of its partitions' indexes that have names of their own (the
/// partitioned index adopts them); `cat` holds the partition tree.
Statements create_index_tree(const Index& i, const Catalog& cat);
/// `CREATE INDEX ... ON ONLY table ...`: a partitioned table's index without its partitions' (left invalid).
std::string create_index_only(const Index& i);
Statements drop_index(const Index& i, bool concurrently);
Statements comment_index(const Index& i);

// view_ddl.cpp
/// CREATE [MATERIALIZED] VIEW ... [WITH (options)] AS query [WITH NO DATA], then its comment.
Statements create_view(const View& v);
Statements drop_view(const View& v);
/// The in-place change from `before` to `after`: CREATE OR REPLACE VIEW when the definition differs (a
/// materialized view's only in-place change of data is REFRESH), then column defaults and comments. When the definition
/// differs and `after` cannot replace `before` (columns removed or changed: a rollback), drops and creates.
Statements alter_view(const View& before, const View& after);

// user_type_ddl.cpp
/// `DEFAULT expr`, parenthesised when the expression needs it (table_ddl.cpp).
std::string default_clause(const std::string& expr);
Statements create_domain(const Domain& d);
Statements drop_domain(const Domain& d);
/// Constraints dropped, default and NOT NULL changed, constraints added or validated, comments.
Statements alter_domain(const Domain& before, const Domain& after);
/// True when `after` needs a new domain: ALTER DOMAIN changes neither the base type nor the collation.
bool domain_needs_swap(const Domain& before, const Domain& after);
/// Base type or collation changed: rename the old domain, create the new one, convert every column of the
/// domain (`uses`, as for an enum swap) through the new base type, drop the old domain.
Statements swap_domain(const Domain& before, const Domain& after, const std::vector<EnumUse>& uses);
Statements create_composite(const CompositeType& t);
Statements drop_composite(const CompositeType& t);
/// DROP / ADD / ALTER ATTRIBUTE ... TYPE, comments.
Statements alter_composite(const CompositeType& before, const CompositeType& after);

// table_settings_ddl.cpp
/// What ALTER ... SET / RESET must name to turn the array `before` into exactly `after` (order included).
struct OptionsChange {
  std::vector<std::string> set;    ///< entries, in the order to write them
  std::vector<std::string> reset;  ///< names
};
OptionsChange options_change(const StorageOptions& before, const StorageOptions& after);
/// ` WITH (fillfactor=70, toast.autovacuum_enabled=false)` as it follows CREATE TABLE ("" for none).
std::string storage_parameters(const Table& t);
/// ALTER TABLE ... RESET (...), SET (...) for the table's and its TOAST table's storage parameters.
Statements alter_storage_parameters(const Table& before, const Table& after);
/// ALTER TABLE ... REPLICA IDENTITY DEFAULT | FULL | NOTHING (USING INDEX is the index's: index_flags).
Statements replica_identity(const Table& t);
/// ALTER COLUMN ... SET STATISTICS / STORAGE / COMPRESSION / (options) for the settings that differ;
/// `type_storage`: the column type's own storage, which a removed SET STORAGE goes back to (0: unknown).
Statements column_settings(const std::string& schema, const std::string& table, const Column& before,
                           const Column& after, char type_storage);
/// CLUSTER ON / REPLICA IDENTITY USING INDEX / ALTER INDEX ... SET STATISTICS for the flags index `index` (or
/// a key constraint's index) gains from `before` to `after`. Losing a mark is the planner's (it depends on what
/// else the table holds: planner/steps.cpp).
Statements index_flags(const std::string& schema, const std::string& table, const std::string& index,
                       const IndexFlags& before, const IndexFlags& after);

// table_parents_ddl.cpp
/// ` INHERITS (...)` and ` PARTITION BY ...` as they follow CREATE TABLE's column list ("" for neither).
std::string table_tail(const Table& t);
/// `ALTER TABLE ONLY t ALTER COLUMN c SET DEFAULT ... | DROP DEFAULT` and `SET | DROP NOT NULL`: the child's own
/// settings of a column it inherits.
Statements set_inherited_column(const Table& t, const InheritedColumn& c);
/// The changes of a child's own settings of inherited columns from `before` to `after`; a setting it no longer
/// has takes what its parents in `to` give.
Statements alter_inherited_settings(const Table& before, const Table& after, const Catalog& to);
/// CREATE TABLE ... PARTITION OF parent FOR VALUES ... [PARTITION BY ...], then the partition's own
/// constraints and comments (its columns are the parent's).
Statements create_partition(const Table& t);
/// The change of a table's parents from `before` (in `from`) to `after` (in `to`): DETACH PARTITION / NO
/// INHERIT, dropping what the table had from them and keeps in neither form, adding the columns and CHECKs a
/// new parent requires, ATTACH PARTITION / INHERIT.
Statements alter_table_parents(const Table& before, const Table& after, const Catalog& from, const Catalog& to);

}  // namespace schemaplan::ddl

// security_ddl.cpp (row-level security, policies, privileges)
namespace schemaplan::ddl {
/// ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY for the flags that differ.
Statements row_security(const Table& before, const Table& after);
Statements create_policy(const Policy& p);
Statements drop_policy(const Policy& p);
/// ALTER POLICY for roles and expressions (the differ recreates a policy for anything else), and its comment.
Statements alter_policy(const Policy& before, const Policy& after);
/// GRANT/REVOKE taking one grantee's privileges on one object from `before` to `after`; creation and removal
/// go from and to an entry with no privileges.
Statements change_grant(const Grant& before, const Grant& after);
/// The same through ALTER DEFAULT PRIVILEGES.
Statements change_default_privilege(const DefaultPrivilege& before, const DefaultPrivilege& after);
/// ALTER ... OWNER TO `owner` (CURRENT_USER when empty).
Statements set_owner(const ObjectId& object, const std::string& owner);
// backfill_ddl.cpp
/// A primary-key column, for batching.
struct KeyColumn {
  std::string name, type;
};
/// `UPDATE table SET assignments WHERE needs`, as a DO block that walks the primary key `batch_size` rows at a
/// time and commits after each batch (so it must run outside a transaction block; PostgreSQL 11+). `needs`
/// selects the rows still to do, so an interrupted run can simply be started again. Without a key: one UPDATE.
std::string batched_update(const std::string& schema, const std::string& table, const std::vector<KeyColumn>& key,
                           const std::string& assignments, const std::string& needs, long batch_size);
/// A row trigger keeping columns `a` and `b` of one table in step while old and new code write either.
struct SyncTrigger {
  std::string schema, table;
  std::string name;    ///< of the trigger and its function (in `schema`)
  std::string a, b;    ///< column names
  std::string a_to_b;  ///< expression giving b's value from NEW.a, e.g. `NEW.a::bigint`
  std::string b_to_a;
};
Statements create_sync_trigger(const SyncTrigger& s);
Statements drop_sync_trigger(const SyncTrigger& s);
/// `LOCK TABLE tables IN ACCESS EXCLUSIVE MODE` for a transaction that must hold several tables at once, as a DO
/// block that tries again when it cannot. No order of several tables is safe from every writer (an INSERT into a
/// child takes the child and then the parent, a CTE inserting a parent and its child or a cascading DELETE the
/// other way round). So the attempts take them in the given order and in the reverse order by turns, each
/// waiting at most half of deadlock_timeout (and no longer than lock_timeout): a writer queued behind it waits
/// less than that, and runs the deadlock check later, so the attempt is what fails, never a writer. A failed
/// attempt releases what it took (its subtransaction rolls back), sleeps a little and tries again; after
/// `attempts` failures the last error is raised (lock_not_available or deadlock_detected: apply retries the
/// step). Without a lock_timeout it keeps trying, as a LOCK would wait.
std::string lock_tables_retrying(const std::vector<std::string>& qualified_tables, int attempts);

// function_ddl.cpp
/// `schema.name(argument types)`, as DROP and COMMENT name a function or procedure.
std::string function_signature_sql(const Function& f);
Statements create_function(const Function& f, bool replace);
Statements drop_function(const Function& f);
Statements comment_function(const Function& f);
/// CREATE OR REPLACE with the new definition (when more than the comment differs), then the comment.
Statements replace_function(const Function& before, const Function& after);

// trigger_ddl.cpp
Statements create_trigger(const Trigger& t);
Statements drop_trigger(const Trigger& t);
/// ALTER TABLE ... ENABLE [REPLICA | ALWAYS] | DISABLE TRIGGER for `t.enabled`.
Statements trigger_state(const Trigger& t);
Statements comment_trigger(const Trigger& t);
Statements alter_trigger(const Trigger& before, const Trigger& after);

}  // namespace schemaplan::ddl
