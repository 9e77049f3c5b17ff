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

/// Reads GENERATED ALWAYS | BY DEFAULT AS IDENTITY (...) into a column draft: the identity kind, the raw
/// sequence options and an explicit SEQUENCE NAME.
void read_identity(const PgQuery__Constraint* c, ColumnDraft& d);

/// Turns statements into a Catalog (see the top of this file).
class Transformer {
 public:
  Transformer(TreeArena& arena, bool fold_literal_casts = true);
  /// Sees every statement once before collect(): notes what changes name resolution for all of them (the
  /// schemas extensions are installed in).
  void prepare(Node* stmt);
  /// Takes one statement, in file order.
  void collect(const StmtCtx& ctx, Node* stmt);
  /// Applies every collected statement and returns the normalised catalog.
  Catalog finish();

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
  // Functions, procedures and triggers (transform_function.cpp, transform_trigger.cpp).
  void create_function(const StmtCtx& ctx, PgQuery__CreateFunctionStmt* s);
  void create_trigger(const StmtCtx& ctx, PgQuery__CreateTrigStmt* s);
  /// ALTER TABLE ... ENABLE [REPLICA | ALWAYS] | DISABLE TRIGGER name, as a step on the table.
  std::function<void(Table&)> trigger_state_step(const StmtCtx& ctx, PgQuery__AlterTableCmd* cmd);
  /// COMMENT ON FUNCTION | PROCEDURE | ROUTINE | TRIGGER: what applies it.
  std::function<void()> comment_on_routine(const StmtCtx& ctx, PgQuery__CommentStmt* s, std::optional<std::string> text);
  Trigger& find_trigger(const StmtCtx& ctx, const QualName& table, const std::string& name);
  /// Replaces references recorded by name (kUnresolvedRef) with the objects they mean; run by finish().
  void resolve_routine_refs();

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
  std::vector<PendingForeignKey> foreign_keys_;
};

}  // namespace schemaplan::parser
