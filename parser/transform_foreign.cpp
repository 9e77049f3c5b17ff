// Foreign data wrappers, servers, user mappings and foreign tables as DDL text (model/generic.h): each
// statement deparsed with its names as PostgreSQL resolves them, its types canonical and its OPTIONS sorted
// by name (PostgreSQL keeps them in the order written, but no wrapper gives that order a meaning).
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

void sort_options(Node** options, size_t n) {
  std::stable_sort(options, options + n, [](const Node* a, const Node* b) {
    return std::string_view(a->def_elem->defname) < std::string_view(b->def_elem->defname);
  });
}

/// A function named by a list of strings (HANDLER h, VALIDATOR s.v), resolved by finish().
ObjectId function_ref(const std::vector<std::string>& parts) {
  if (parts.empty()) return {};
  return {ObjectKind::Function, parts.size() >= 2 ? parts[parts.size() - 2] : "", parts.back(), "", kUnresolvedRef};
}

/// The order column constraints print in, so that `DEFAULT 1 NOT NULL` and `NOT NULL DEFAULT 1` are one text.
int constraint_rank(PgQuery__ConstrType t) {
  switch (t) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: return 0;
    case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: return 1;
    case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED: return 2;
    default: return 3;
  }
}

/// OPTIONS (ADD a 'x', SET b 'y', DROP c) applied to an options list, checked first as PostgreSQL checks them;
/// the result sorted.
void edit_options(const StmtCtx& ctx, TreeArena& arena, Node**& options, size_t& n, Node* const* edits, size_t n_edits,
                  const std::string& of) {
  std::vector<Node*> out(options, options + n);
  auto find = [&](const char* name) {
    return std::find_if(out.begin(), out.end(), [&](const Node* o) { return std::string_view(o->def_elem->defname) == name; });
  };
  for (size_t i = 0; i < n_edits; ++i) {
    const auto* e = edits[i]->def_elem;
    auto it = find(e->defname);
    switch (e->defaction) {
      case PG_QUERY__DEF_ELEM_ACTION__DEFELEM_SET:
      case PG_QUERY__DEF_ELEM_ACTION__DEFELEM_DROP:
        if (it == out.end()) ctx.error("undefined-object", "option " + sql::literal(e->defname) + " not found" + of, e->location);
        if (e->defaction == PG_QUERY__DEF_ELEM_ACTION__DEFELEM_DROP) out.erase(it);
        else *it = edits[i];
        break;
      default:
        if (it != out.end()) ctx.error("duplicate-object", "option " + sql::literal(e->defname) + " provided more than once" + of, e->location);
        out.push_back(edits[i]);
        break;
    }
  }
  // Stored as plain options: the action is the ALTER's, not the option's.
  for (auto& o : out) {
    if (o->def_elem->defaction == PG_QUERY__DEF_ELEM_ACTION__DEFELEM_UNSPEC) continue;
    auto* copy = arena.make<PgQuery__DefElem>(pg_query__def_elem__descriptor);
    *copy = *o->def_elem;
    copy->defaction = PG_QUERY__DEF_ELEM_ACTION__DEFELEM_UNSPEC;
    auto* node = arena.make<Node>(pg_query__node__descriptor);
    node->node_case = PG_QUERY__NODE__NODE_DEF_ELEM;
    node->def_elem = copy;
    o = node;
  }
  options = arena.nodes(out.size());
  std::copy(out.begin(), out.end(), options);
  n = out.size();
  sort_options(options, n);
}

Node* wrap(TreeArena& arena, PgQuery__CreateForeignTableStmt* s) {
  auto* n = arena.make<Node>(pg_query__node__descriptor);
  n->node_case = PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT;
  n->create_foreign_table_stmt = s;
  return n;
}

}  // namespace

void Transformer::add_generic_if_new(const StmtCtx& ctx, GenericObject g) {
  g.meta.span = ctx.span();
  defer(Phase::Types, ctx, [this, g = std::move(g)]() mutable {
    if (!cat_.generic(g.id())) cat_.generics.push_back(std::move(g));  // else PostgreSQL skips it with a notice
  });
}

void Transformer::create_fdw(const StmtCtx& ctx, PgQuery__CreateFdwStmt* s) {
  GenericObject g;
  g.kind = ObjectKind::ForeignDataWrapper;
  g.name = s->fdwname;
  // NO HANDLER and NO VALIDATOR say what leaving them out says.
  size_t kept = 0;
  for (size_t i = 0; i < s->n_func_options; ++i) {
    PgQuery__DefElem* d = s->func_options[i]->def_elem;
    if (!d->arg) continue;
    if (d->arg->node_case == PG_QUERY__NODE__NODE_LIST)
      g.meta.deps.push_back(function_ref(strings(d->arg->list->items, d->arg->list->n_items)));
    s->func_options[kept++] = s->func_options[i];
  }
  s->n_func_options = kept;
  sort_options(s->func_options, s->n_func_options);
  sort_options(s->options, s->n_options);
  g.create.push_back(deparse_statement(arena_.node(s)));
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::create_foreign_server(const StmtCtx& ctx, PgQuery__CreateForeignServerStmt* s) {
  GenericObject g;
  g.kind = ObjectKind::ForeignServer;
  g.name = s->servername;
  // Resolved by finish() to the wrapper, or to the extension that brings it (postgres_fdw).
  g.meta.deps.push_back({ObjectKind::ForeignDataWrapper, "", s->fdwname, "", kUnresolvedRef});
  bool if_not_exists = s->if_not_exists;
  s->if_not_exists = false;
  sort_options(s->options, s->n_options);
  g.create.push_back(deparse_statement(arena_.node(s)));
  if (if_not_exists) return add_generic_if_new(ctx, std::move(g));
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::create_user_mapping(const StmtCtx& ctx, PgQuery__CreateUserMappingStmt* s) {
  GenericObject g;
  g.kind = ObjectKind::UserMapping;
  g.parent = s->servername;
  // The role as the identity holds it: a name, PUBLIC, or CURRENT_USER for whoever runs the statements (the
  // database side reads the role it became).
  switch (s->user->roletype) {
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING: g.name = s->user->rolename; break;
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC: g.name = "PUBLIC"; break;
    default:
      g.name = "CURRENT_USER";
      s->user->roletype = PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER;
      break;
  }
  bool if_not_exists = s->if_not_exists;
  s->if_not_exists = false;
  sort_options(s->options, s->n_options);
  g.create.push_back(deparse_statement(arena_.node(s)));
  if (if_not_exists) return add_generic_if_new(ctx, std::move(g));
  add_generic(ctx, std::move(g), nullptr);
}

void Transformer::create_foreign_table(const StmtCtx& ctx, PgQuery__CreateForeignTableStmt* s) {
  PgQuery__CreateStmt* b = s->base_stmt;
  int location = b->relation->location;
  if (b->partbound) ctx.unsupported("CREATE FOREIGN TABLE ... PARTITION OF (a foreign partition)", location);
  if (b->n_inh_relations) ctx.unsupported("CREATE FOREIGN TABLE ... INHERITS", location);
  QualName q = qualify(b->relation);
  if (b->if_not_exists && names_.relation_taken(q.schema, q.name)) return;  // PostgreSQL skips it with a notice
  claim_relation(ctx, q, "foreign table", location);
  // Its row type takes the name in the type namespace too.
  if (auto it = types_.find(q); it != types_.end())
    ctx.error("duplicate-object", "type " + sql::qualified(q.schema, q.name) + " already exists (defined at " +
                                      it->second.str() + ")", location);
  types_[q] = ctx.span(location);
  b->relation->schemaname = arena_.str(q.schema);
  b->relation->catalogname = arena_.str("");
  b->if_not_exists = false;

  GenericObject g;
  g.kind = ObjectKind::Table;
  g.schema = q.schema;
  g.name = q.name;
  ExprRefs refs;
  std::vector<ViewColumn> columns;
  for (size_t i = 0; i < b->n_table_elts; ++i) {
    Node* e = b->table_elts[i];
    if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
      auto* c = e->constraint;
      if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK)
        ctx.error("invalid-definition", "a foreign table can only have CHECK constraints", c->location);
      deparse_.normalise_expr(c->raw_expr, &refs, q.name);
      continue;
    }
    if (e->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) ctx.unsupported("this foreign table element");
    auto* col = e->column_def;
    for (const auto& other : columns)
      if (other.name == col->colname)
        ctx.error("duplicate-object", "column " + sql::ident(col->colname) + " specified more than once", col->location);
    if (serial_type(col->type_name)) ctx.error("invalid-definition", "a foreign table cannot have serial columns", col->location);
    columns.push_back({col->colname, resolve_type(col->type_name, scope_).text});
    sort_options(col->fdwoptions, col->n_fdwoptions);
    // An unqualified collation is found as for columns of tables (collation_name()).
    if (col->coll_clause && col->coll_clause->n_collname == 1 && sval(col->coll_clause->collname[0]) != "default") {
      Node** parts = arena_.nodes(2);
      parts[0] = arena_.string_node(collation_ref(strings(col->coll_clause->collname, 1), scope_).first);
      parts[1] = col->coll_clause->collname[0];
      col->coll_clause->collname = parts;
      col->coll_clause->n_collname = 2;
    }
    size_t kept = 0;
    for (size_t k = 0; k < col->n_constraints; ++k) {
      auto* c = col->constraints[k]->constraint;
      switch (c->contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_NULL: continue;  // nullable is the default
        case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
        case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
        case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK: deparse_.normalise_expr(c->raw_expr, &refs, q.name); break;
        default: ctx.error("invalid-definition", "a foreign table column can only be NOT NULL, DEFAULT, GENERATED or CHECK", c->location);
      }
      col->constraints[kept++] = col->constraints[k];
    }
    col->n_constraints = kept;
    std::stable_sort(col->constraints, col->constraints + kept, [](const Node* x, const Node* y) {
      return constraint_rank(x->constraint->contype) < constraint_rank(y->constraint->contype);
    });
  }
  sort_options(s->options, s->n_options);
  Node* stmt = wrap(arena_, s);
  // Types canonical in place; what the defaults and checks call; then the server and what expressions cast to.
  g.meta.deps = generic_refs(stmt);
  g.meta.deps.push_back({ObjectKind::ForeignServer, "", s->servername, "", ""});
  for (const auto& d : refs.deps)
    if (std::find(g.meta.deps.begin(), g.meta.deps.end(), d) == g.meta.deps.end()) g.meta.deps.push_back(d);
  g.create.push_back(deparse_.print(stmt, true));
  foreign_columns_[q] = std::move(columns);
  foreign_tables_[q] = s;
  add_generic(ctx, g, nullptr);
  grant_defaults_on_create(ctx, g.id());
}

void Transformer::alter_foreign_table(const StmtCtx& ctx, PgQuery__AlterTableStmt* s) {
  QualName q = qualify(s->relation);
  std::vector<PgQuery__AlterTableCmd*> edits;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner: set_owner(ctx, {ObjectKind::Table, q.schema, q.name, "", ""}, cmd->newowner); break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_GenericOptions:
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnGenericOptions: edits.push_back(cmd); break;
      default: ctx.unsupported("ALTER FOREIGN TABLE other than OWNER TO and OPTIONS");
    }
  }
  if (edits.empty()) return;
  bool missing_ok = s->missing_ok;
  defer(Phase::Changes, ctx, [this, ctx, q, edits, missing_ok] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(),
                           [&](const GenericObject& g) { return g.id() == ObjectId{ObjectKind::Table, q.schema, q.name, "", ""}; });
    if (it == cat_.generics.end()) {
      if (missing_ok) return;
      ctx.error("undefined-object", "foreign table " + sql::qualified(q.schema, q.name) + " does not exist");
    }
    // Edit a copy of the lists, so that a failing command leaves the table as it was (the statement may be
    // retried once what it names exists).
    PgQuery__CreateForeignTableStmt* stmt = foreign_tables_.at(q);
    struct Edit {
      Node** options;
      size_t n;
      Node*** into;
      size_t* n_into;
    };
    std::vector<Edit> done;
    for (auto* cmd : edits) {
      Node* const* list = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST ? cmd->def->list->items : nullptr;
      size_t n_list = list ? cmd->def->list->n_items : 0;
      Node*** into = &stmt->options;
      size_t* n_into = &stmt->n_options;
      std::string of = " for foreign table " + sql::qualified(q.schema, q.name);
      if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnGenericOptions) {
        PgQuery__ColumnDef* col = nullptr;
        for (size_t i = 0; i < stmt->base_stmt->n_table_elts; ++i) {
          Node* e = stmt->base_stmt->table_elts[i];
          if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && std::string_view(e->column_def->colname) == cmd->name) col = e->column_def;
        }
        if (!col)
          ctx.error("undefined-object", "column " + sql::ident(cmd->name) + " of foreign table " + sql::qualified(q.schema, q.name) +
                                            " does not exist");
        into = &col->fdwoptions;
        n_into = &col->n_fdwoptions;
        of = " for column " + sql::ident(cmd->name) + of;
      }
      // Earlier commands of this statement on the same list count.
      Node** current = *into;
      size_t n_current = *n_into;
      for (const auto& d : done)
        if (d.into == into) current = d.options, n_current = d.n;
      edit_options(ctx, arena_, current, n_current, list, n_list, of);
      done.push_back({current, n_current, into, n_into});
    }
    for (const auto& d : done) *d.into = d.options, *d.n_into = d.n;
    it->create[0] = deparse_.print(wrap(arena_, stmt), true);
  });
}

bool Transformer::comment_foreign_column(const StmtCtx& ctx, const QualName& table, const std::string& column,
                                         const std::optional<std::string>& text) {
  auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) {
    return g.kind == ObjectKind::Table && g.schema == table.schema && g.name == table.name;
  });
  if (it == cat_.generics.end()) return false;
  const auto& columns = foreign_columns_[table];
  if (std::none_of(columns.begin(), columns.end(), [&](const ViewColumn& c) { return c.name == column; }))
    ctx.error("undefined-object", "column " + sql::ident(column) + " of foreign table " +
                                      sql::qualified(table.schema, table.name) + " does not exist");
  // The table's comments on columns follow its CREATE, one statement each, sorted, so that the order they were
  // written in does not matter.
  std::string head = "COMMENT ON COLUMN " + sql::qualified(table.schema, table.name) + "." + sql::ident(column) + " IS ";
  std::erase_if(it->create, [&](const std::string& st) { return st.starts_with(head); });
  if (text) it->create.push_back(head + sql::literal(*text));
  std::sort(it->create.begin() + 1, it->create.end());
  return true;
}

}  // namespace schemaplan::parser
