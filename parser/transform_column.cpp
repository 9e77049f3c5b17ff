// Column definitions (CREATE TABLE and ALTER TABLE ADD COLUMN): type, NULL / NOT NULL, DEFAULT, identity,
// generated columns, serial types, and column constraints turned into table constraints.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

void add_deps(std::vector<ObjectId>& to, const std::vector<ObjectId>& from) {
  for (const auto& d : from)
    if (std::find(to.begin(), to.end(), d) == to.end()) to.push_back(d);
}

// Attaches a column list to a column constraint, which makes it the equivalent table constraint.
void to_table_form(TreeArena& arena, PgQuery__Constraint* c, const std::string& column) {
  Node** one = arena.nodes(1);
  one[0] = arena.string_node(column);
  if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
    c->n_fk_attrs = 1;
    c->fk_attrs = one;
  } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY || c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE) {
    c->n_keys = 1;
    c->keys = one;
  }
}

}  // namespace

void read_identity(const PgQuery__Constraint* c, ColumnDraft& d) {
  d.column.identity = c->generated_when && *c->generated_when ? c->generated_when[0] : 'a';
  for (size_t k = 0; k < c->n_options; ++k) {
    auto* o = c->options[k]->def_elem;
    d.identity_options.push_back(o);
    if (std::string(o->defname) == "sequence_name") {
      // An unqualified SEQUENCE NAME is created through the search_path, i.e. in public.
      auto parts = name_parts(o->arg);
      if (!parts.empty()) d.identity_sequence = QualName{parts.size() >= 2 ? parts[parts.size() - 2] : "public", parts.back()};
    }
  }
}

ColumnDraft Transformer::column_draft(const StmtCtx& ctx, const QualName& table, PgQuery__ColumnDef* def) {
  ColumnDraft d;
  Column& col = d.column;
  col.name = def->colname;
  col.meta.span = ctx.span(def->location);
  if (def->compression && *def->compression) col.compression = compression_letter(ctx, def->compression, def->location);
  if (def->storage && *def->storage) col.storage = def->storage[0];
  if (def->n_fdwoptions) ctx.unsupported("column OPTIONS", def->location);
  d.serial_type = serial_type(def->type_name);
  if (d.serial_type) {
    col.type = *d.serial_type;
    col.not_null = true;
  } else {
    ResolvedType rt = resolve_type(def->type_name, scope_);
    col.type = rt.text;
    if (!rt.builtin) col.meta.deps.push_back(ObjectId{ObjectKind::Type, rt.schema, rt.name, "", ""});
  }
  col.collation = collate_clause(def->coll_clause, col.meta.deps);

  Node* default_expr = nullptr;
  Node* generated_expr = nullptr;
  bool saw_null = false, saw_not_null = false;
  int default_location = -1;
  // Only errors say where: quoting the names for every column was ~1.5% of reading a large schema.
  auto where = [&] { return " for column " + sql::ident(col.name) + " of table " + sql::qualified(table.schema, table.name); };
  PgQuery__Constraint* last = nullptr;  // the constraint DEFERRABLE / INITIALLY ... clauses attach to
  bool saw_deferrability = false, saw_initially = false;
  for (size_t i = 0; i < def->n_constraints; ++i) {
    auto* c = def->constraints[i]->constraint;
    switch (c->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
        if (saw_not_null) ctx.error("invalid-definition", "conflicting NULL/NOT NULL declarations" + where(), c->location);
        saw_null = true;
        col.not_null = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
        if (saw_null) ctx.error("invalid-definition", "conflicting NULL/NOT NULL declarations" + where(), c->location);
        saw_not_null = true;
        col.not_null = true;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        if (default_expr || d.serial_type)
          ctx.error("invalid-definition", "multiple default values specified" + where(), c->location);
        default_expr = c->raw_expr;
        default_location = c->location;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
        if (col.identity) ctx.error("invalid-definition", "multiple identity specifications" + where(), c->location);
        read_identity(c, d);
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
        if (generated_expr) ctx.error("invalid-definition", "multiple generation clauses specified" + where(), c->location);
        generated_expr = c->raw_expr;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
      case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        to_table_form(arena_, c, col.name);
        if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) d.primary_key = true;
        d.constraints.push_back(ConstraintDraft{c, c->conname ? c->conname : "", c->conname && *c->conname});
        last = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK ? nullptr : c;
        saw_deferrability = saw_initially = false;
        break;
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
      case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE: {
        // transformConstraintAttrs: these clauses modify the constraint just before them.
        bool deferrability = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE ||
                             c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE;
        if (!last) ctx.error("invalid-definition", "misplaced DEFERRABLE / INITIALLY clause", c->location);
        if (deferrability ? saw_deferrability : saw_initially)
          ctx.error("invalid-definition", "multiple DEFERRABLE / INITIALLY clauses not allowed", c->location);
        (deferrability ? saw_deferrability : saw_initially) = true;
        if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE) last->deferrable = true;
        if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE) {
          if (last->initdeferred)
            ctx.error("invalid-definition", "constraint declared INITIALLY DEFERRED must be DEFERRABLE", c->location);
          last->deferrable = false;
        }
        if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED) {
          if (saw_deferrability && !last->deferrable)
            ctx.error("invalid-definition", "constraint declared INITIALLY DEFERRED must be DEFERRABLE", c->location);
          last->initdeferred = true;
          last->deferrable = true;
        }
        if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE) last->initdeferred = false;
        break;
      }
      default:
        ctx.unsupported("this column constraint", c->location);
    }
  }
  if (default_expr && col.identity)
    ctx.error("invalid-definition", "both default and identity specified" + where(), default_location);
  if (default_expr && generated_expr)
    ctx.error("invalid-definition", "both default and generation expression specified" + where(), default_location);
  if (generated_expr && col.identity)
    ctx.error("invalid-definition", "both identity and generation expression specified" + where(), def->location);
  if (col.identity) {
    if (col.type != "smallint" && col.type != "integer" && col.type != "bigint")
      ctx.error("invalid-definition", "identity column type must be smallint, integer, or bigint", def->location);
    if (saw_null) ctx.error("invalid-definition", "conflicting NULL/NOT NULL declarations" + where(), def->location);
    col.not_null = true;  // PostgreSQL marks identity columns NOT NULL
    apply_sequence_options(ctx, col.identity_options.mut(), d.identity_options, true, col.type);
  }
  if (default_expr) {
    ExprRefs refs;
    col.default_expr = deparse_.canonical_default(default_expr, col.type, &refs);
    add_deps(col.meta.deps, refs.deps);
  }
  if (generated_expr) {
    ExprRefs refs;
    col.generated = deparse_.canonical_expr(generated_expr, &refs, table.name);
    add_deps(col.meta.deps, refs.deps);
  }
  if (d.primary_key) col.not_null = true;
  return d;
}

std::optional<Sequence> Transformer::name_column_sequence(const StmtCtx& ctx, const QualName& table, ColumnDraft& col,
                                                          int location) {
  Column& c = col.column;
  if (col.serial_type) {
    QualName q{table.schema, names_.choose_relation_name(table.schema, table.name, c.name, "seq", false)};
    claim_relation(ctx, q, "sequence", location);
    Sequence s;
    s.schema = q.schema;
    s.name = q.name;
    apply_sequence_options(ctx, s.options, {}, true, *col.serial_type);
    s.owned_by_table = table.name;
    s.owned_by_column = c.name;
    s.meta.span = c.meta.span;
    c.default_expr = deparse_.nextval_expr(q.schema, q.name);
    c.meta.deps.push_back(ObjectId{ObjectKind::Sequence, q.schema, q.name, "", ""});
    return s;
  }
  if (c.identity) {
    // Identity columns get an internal sequence: not a model object, but its name is taken all the same.
    QualName q = col.identity_sequence
                     ? *col.identity_sequence
                     : QualName{table.schema, names_.choose_relation_name(table.schema, table.name, c.name, "seq", false)};
    claim_relation(ctx, q, "identity sequence", location);
    identity_sequences_[q] = {table.name, c.name};
  }
  return std::nullopt;
}

}  // namespace schemaplan::parser
