// CREATE POLICY, ALTER POLICY, COMMENT ON POLICY and ALTER TABLE ... [NO] FORCE / ENABLE / DISABLE ROW LEVEL
// SECURITY.
#include <algorithm>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// Functions an expression calls, as dependencies. The callee's argument types are not known from a call,
/// so the signature is left empty; unqualified names are taken to be in public (built-ins named this way
/// are harmless: a dependency may name an object the model does not hold).
void function_deps(Node* expr, std::vector<ObjectId>& deps) {
  if (!expr) return;
  visit(&expr->base, [&](ProtobufCMessage* m) {
    auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor);
    if (!f) return;
    auto parts = strings(f->funcname, f->n_funcname);
    if (parts.empty() || (parts.size() > 1 && parts[0] == "pg_catalog")) return;
    if (f->funcformat == PG_QUERY__COERCION_FORM__COERCE_SQL_SYNTAX) return;  // EXTRACT, AT TIME ZONE, ...
    ObjectId id{ObjectKind::Function, parts.size() > 1 ? parts[parts.size() - 2] : "public", parts.back(), "", ""};
    if (std::find(deps.begin(), deps.end(), id) == deps.end()) deps.push_back(id);
  });
}

}  // namespace

std::string role_name(const StmtCtx& ctx, const Node* n) {
  const auto* r = n && n->node_case == PG_QUERY__NODE__NODE_ROLE_SPEC ? n->role_spec : nullptr;
  if (!r) ctx.error("invalid-definition", "expected a role name");
  switch (r->roletype) {
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC: return "PUBLIC";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING: return r->rolename;
    default:
      // The role these stand for depends on who runs the statements: write the role's name.
      ctx.unsupported("CURRENT_USER, CURRENT_ROLE and SESSION_USER as a role name", r->location);
  }
}

std::function<void(Table&)> row_security_step(PgQuery__AlterTableType subtype) {
  return [subtype](Table& t) {
    switch (subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity: t.row_security = true; break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity: t.row_security = false; break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity: t.force_row_security = true; break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity: t.force_row_security = false; break;
      default: break;
    }
  };
}

void Transformer::policy_expressions(Policy& p, Node* qual, Node* with_check) {
  ExprRefs refs;
  if (qual) {
    function_deps(qual, p.meta.deps);
    p.using_expr = deparse_.canonical_expr(qual, &refs, p.table);
  }
  if (with_check) {
    function_deps(with_check, p.meta.deps);
    p.check_expr = deparse_.canonical_expr(with_check, &refs, p.table);
  }
  p.columns = refs.columns;
  for (const auto& d : refs.deps)
    if (std::find(p.meta.deps.begin(), p.meta.deps.end(), d) == p.meta.deps.end()) p.meta.deps.push_back(d);
}

void Transformer::create_policy(const StmtCtx& ctx, PgQuery__CreatePolicyStmt* s) {
  QualName q = qualify(s->table);
  Policy p;
  p.schema = q.schema;
  p.table = q.name;
  p.name = s->policy_name;
  p.permissive = s->permissive;
  p.command = ascii_upper(s->cmd_name && *s->cmd_name ? s->cmd_name : "all");
  for (size_t i = 0; i < s->n_roles; ++i) p.roles.push_back(role_name(ctx, s->roles[i]));
  if (p.roles.empty()) p.roles.push_back("PUBLIC");
  if (p.command == "INSERT" && s->qual) ctx.error("invalid-definition", "only WITH CHECK expression allowed for INSERT");
  if ((p.command == "SELECT" || p.command == "DELETE") && s->with_check)
    ctx.error("invalid-definition", "WITH CHECK cannot be applied to SELECT or DELETE");
  policy_expressions(p, s->qual, s->with_check);
  p.meta.span = ctx.span();
  defer(Phase::Changes, ctx, [this, ctx, p, loc = s->table->location]() mutable {
    Table& t = table_or_fail(ctx, {p.schema, p.table}, loc);
    std::erase_if(p.columns, [&](const std::string& c) { return !t.column(c); });
    for (const auto& x : cat_.policies)
      if (x.schema == p.schema && x.table == p.table && x.name == p.name)
        ctx.error("duplicate-object", "policy " + sql::ident(p.name) + " for table " +
                                          sql::qualified(p.schema, p.table) + " already exists");
    cat_.policies.push_back(p);
  });
}

void Transformer::alter_policy(const StmtCtx& ctx, PgQuery__AlterPolicyStmt* s) {
  QualName q = qualify(s->table);
  std::vector<std::string> roles;
  for (size_t i = 0; i < s->n_roles; ++i) roles.push_back(role_name(ctx, s->roles[i]));
  Policy changed;  // the new expressions, canonicalised now (the tree is the statement's)
  changed.table = q.name;
  policy_expressions(changed, s->qual, s->with_check);
  std::string name = s->policy_name;
  defer(Phase::Changes, ctx, [this, ctx, q, name, roles, changed, loc = s->table->location] {
    Table& t = table_or_fail(ctx, q, loc);
    auto it = std::find_if(cat_.policies.begin(), cat_.policies.end(),
                           [&](const Policy& p) { return p.schema == q.schema && p.table == q.name && p.name == name; });
    if (it == cat_.policies.end())
      ctx.error("undefined-object", "policy " + sql::ident(name) + " for table " + sql::qualified(q.schema, q.name) +
                                        " does not exist");
    if (!roles.empty()) it->roles = roles;
    if (changed.using_expr) it->using_expr = changed.using_expr;
    if (changed.check_expr) it->check_expr = changed.check_expr;
    for (const auto& c : changed.columns)
      if (t.column(c) && std::find(it->columns.begin(), it->columns.end(), c) == it->columns.end()) it->columns.push_back(c);
    for (const auto& d : changed.meta.deps)
      if (std::find(it->meta.deps.begin(), it->meta.deps.end(), d) == it->meta.deps.end()) it->meta.deps.push_back(d);
  });
}

std::function<void()> Transformer::comment_policy(const StmtCtx& ctx, const std::vector<std::string>& parts,
                                                  const std::optional<std::string>& text) {
  // COMMENT ON POLICY name ON [schema.]table: the name list is [schema,] table, policy.
  QualName q = parts.size() > 2 ? QualName{parts[0], parts[1]} : QualName{"public", parts[0]};
  std::string name = parts.back();
  return [this, ctx, q, name, text] {
    table_or_fail(ctx, q, -1);
    auto it = std::find_if(cat_.policies.begin(), cat_.policies.end(),
                           [&](const Policy& p) { return p.schema == q.schema && p.table == q.name && p.name == name; });
    if (it == cat_.policies.end())
      ctx.error("undefined-object", "policy " + sql::ident(name) + " for table " + sql::qualified(q.schema, q.name) +
                                        " does not exist");
    it->comment = text;
  };
}

}  // namespace schemaplan::parser
