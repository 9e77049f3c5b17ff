// CREATE DOMAIN / ALTER DOMAIN, CREATE TYPE ... AS (composite) / ALTER TYPE ... ADD | DROP | ALTER ATTRIBUTE.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

QualName type_qualname(Node* const* parts, size_t n) {
  auto names = strings(parts, n);
  if (names.size() == 1) return {"public", names[0]};
  return {names[names.size() - 2], names.back()};
}

void add_deps(std::vector<ObjectId>& to, const std::vector<ObjectId>& from) {
  for (const auto& d : from)
    if (std::find(to.begin(), to.end(), d) == to.end()) to.push_back(d);
}

std::string strip_not_valid(std::string d) {
  constexpr std::string_view kNotValid = " NOT VALID";
  if (d.ends_with(kNotValid)) d.resize(d.size() - kNotValid.size());
  return d;
}

}  // namespace

void Transformer::claim_type(const StmtCtx& ctx, const QualName& q, int location) {
  if (auto it = types_.find(q); it != types_.end())
    ctx.error("duplicate-object", "type " + sql::qualified(q.schema, q.name) + " already exists (defined at " +
                                      it->second.str() + ")", location);
  types_[q] = ctx.span(location);
}

DomainConstraint Transformer::domain_check(const StmtCtx& ctx, const QualName& domain, PgQuery__Constraint* c,
                                           bool validated) {
  if (c->is_no_inherit) ctx.error("invalid-definition", "check constraints for domains cannot be marked NO INHERIT", c->location);
  DomainConstraint k;
  if (c->conname && *c->conname) {
    k.name = c->conname;
    if (names_.constraint_on_table(domain.schema, domain.name, k.name))
      ctx.error("duplicate-object", "constraint " + sql::ident(k.name) + " for domain " +
                                        sql::qualified(domain.schema, domain.name) + " already exists", c->location);
  } else {
    // domainAddConstraint: ChooseConstraintName(domain, NULL, "check"), unique among the schema's constraints.
    k.name = names_.choose_constraint_name(domain.schema, domain.name, std::nullopt, "check");
  }
  names_.add_constraint(domain.schema, domain.name, k.name);
  ExprRefs refs;
  k.definition = deparse_.constraint_definition(c, validated, "", &refs);
  k.validated = validated;
  k.meta.span = ctx.span(c->location);
  add_deps(k.meta.deps, refs.deps);
  return k;
}

void Transformer::create_domain(const StmtCtx& ctx, PgQuery__CreateDomainStmt* s) {
  QualName q = type_qualname(s->domainname, s->n_domainname);
  claim_type(ctx, q, -1);
  Domain d;
  d.schema = q.schema;
  d.name = q.name;
  d.meta.span = ctx.span();
  if (serial_type(s->type_name)) ctx.error("invalid-definition", "a domain cannot be based on a serial type");
  ResolvedType rt = resolve_type(s->type_name, scope_);
  d.base_type = rt.text;
  if (!rt.builtin) d.meta.deps.push_back(ObjectId{ObjectKind::Type, rt.schema, rt.name, "", ""});
  d.collation = collate_clause(s->coll_clause, d.meta.deps);
  bool saw_null = false, saw_not_null = false, saw_default = false;
  for (size_t i = 0; i < s->n_constraints; ++i) {
    auto* c = s->constraints[i]->constraint;
    switch (c->contype) {
      case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
      case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL: {
        bool not_null = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL;
        if (not_null ? saw_null : saw_not_null)
          ctx.error("invalid-definition", "conflicting NULL/NOT NULL constraints", c->location);
        (not_null ? saw_not_null : saw_null) = true;
        d.not_null = not_null;
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT: {
        if (saw_default) ctx.error("invalid-definition", "multiple default expressions", c->location);
        saw_default = true;
        ExprRefs refs;
        d.default_expr = deparse_.canonical_default(c->raw_expr, d.base_type, &refs);
        if (is_null_constant(c->raw_expr)) d.default_expr.reset();
        add_deps(d.meta.deps, refs.deps);
        break;
      }
      case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        if (c->skip_validation)
          ctx.error("invalid-definition", "specifying constraint NOT VALID is not supported in CREATE DOMAIN", c->location);
        d.constraints.push_back(domain_check(ctx, q, c, true));
        break;
      default:
        ctx.unsupported("this domain constraint", c->location);
    }
  }
  defer(Phase::Types, ctx, [this, ctx, d] {
    require_schema(ctx, d.schema, -1);
    cat_.domains.push_back(d);
  });
  grant_defaults_on_create(ctx, d.id());
}

void Transformer::alter_domain(const StmtCtx& ctx, PgQuery__AlterDomainStmt* s) {
  QualName q = type_qualname(s->type_name, s->n_type_name);
  char what = s->subtype && *s->subtype ? s->subtype[0] : 0;
  std::string name = s->name ? s->name : "";
  std::function<void(Domain&)> step;
  switch (what) {
    case 'T': {  // SET DEFAULT / DROP DEFAULT
      Node* def = s->def;
      step = [this, def](Domain& d) {
        d.default_expr.reset();
        if (def && !is_null_constant(def)) {
          ExprRefs refs;
          d.default_expr = deparse_.canonical_default(def, d.base_type, &refs);
          add_deps(d.meta.deps, refs.deps);
        }
      };
      break;
    }
    case 'N':
    case 'O':
      step = [what](Domain& d) { d.not_null = what == 'O'; };
      break;
    case 'C': {
      auto* c = s->def->constraint;
      if (c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) ctx.unsupported("this domain constraint", c->location);
      DomainConstraint k = domain_check(ctx, q, c, !c->skip_validation);
      step = [k](Domain& d) { d.constraints.push_back(k); };
      break;
    }
    case 'X': {
      names_.remove_constraint(q.schema, q.name, name);
      bool missing_ok = s->missing_ok;
      step = [ctx, name, missing_ok](Domain& d) {
        auto n = std::erase_if(d.constraints, [&](const DomainConstraint& c) { return c.name == name; });
        if (!n && !missing_ok)
          ctx.error("undefined-object", "constraint " + sql::ident(name) + " of domain " +
                                            sql::qualified(d.schema, d.name) + " does not exist");
      };
      break;
    }
    case 'V':
      step = [ctx, name](Domain& d) {
        auto it = std::find_if(d.constraints.begin(), d.constraints.end(), [&](auto& c) { return c.name == name; });
        if (it == d.constraints.end())
          ctx.error("undefined-object", "constraint " + sql::ident(name) + " of domain " +
                                            sql::qualified(d.schema, d.name) + " does not exist");
        it->definition = strip_not_valid(it->definition);
        it->validated = true;
      };
      break;
    default:
      ctx.unsupported("this ALTER DOMAIN form");
  }
  defer(Phase::Changes, ctx, [this, ctx, q, step] {
    auto it = std::find_if(cat_.domains.begin(), cat_.domains.end(),
                           [&](const Domain& d) { return d.schema == q.schema && d.name == q.name; });
    if (it == cat_.domains.end())
      ctx.error("undefined-object", "domain " + sql::qualified(q.schema, q.name) + " does not exist");
    Domain backup = *it;
    try {
      step(*it);
    } catch (...) {
      *it = std::move(backup);
      throw;
    }
  });
}

CompositeAttribute Transformer::composite_attribute(const StmtCtx& ctx, PgQuery__ColumnDef* def) {
  CompositeAttribute a;
  a.name = def->colname;
  a.meta.span = ctx.span(def->location);
  if (def->n_constraints) ctx.error("invalid-definition", "a composite type attribute cannot have constraints", def->location);
  if (serial_type(def->type_name)) ctx.error("invalid-definition", "a composite type attribute cannot be serial", def->location);
  ResolvedType rt = resolve_type(def->type_name, scope_);
  a.type = rt.text;
  if (!rt.builtin) a.meta.deps.push_back(ObjectId{ObjectKind::Type, rt.schema, rt.name, "", ""});
  a.collation = collate_clause(def->coll_clause, a.meta.deps);
  return a;
}

void Transformer::create_composite(const StmtCtx& ctx, PgQuery__CompositeTypeStmt* s) {
  QualName q = qualify(s->typevar);
  claim_type(ctx, q, s->typevar->location);
  // A composite type is a relation too (pg_class relkind 'c'): its name is taken among tables.
  claim_relation(ctx, q, "composite type", s->typevar->location);
  CompositeType t;
  t.schema = q.schema;
  t.name = q.name;
  t.meta.span = ctx.span();
  for (size_t i = 0; i < s->n_coldeflist; ++i) {
    auto* def = s->coldeflist[i]->column_def;
    CompositeAttribute a = composite_attribute(ctx, def);
    if (t.attribute(a.name))
      ctx.error("duplicate-object", "column " + sql::ident(a.name) + " specified more than once", def->location);
    t.attributes.push_back(std::move(a));
  }
  defer(Phase::Types, ctx, [this, ctx, t] {
    require_schema(ctx, t.schema, -1);
    cat_.composites.push_back(t);
  });
  grant_defaults_on_create(ctx, {ObjectKind::Type, t.schema, t.name, "", ""});
}

void Transformer::alter_composite(const StmtCtx& ctx, PgQuery__AlterTableStmt* s) {
  QualName q = qualify(s->relation);
  std::vector<std::function<void(CompositeType&)>> steps;
  for (size_t i = 0; i < s->n_cmds; ++i) {
    auto* cmd = s->cmds[i]->alter_table_cmd;
    std::string name = cmd->name ? cmd->name : "";
    bool missing_ok = cmd->missing_ok;
    switch (cmd->subtype) {
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
        CompositeAttribute a = composite_attribute(ctx, cmd->def->column_def);
        steps.push_back([ctx, a, missing_ok](CompositeType& t) {
          if (t.attribute(a.name)) {
            if (missing_ok) return;
            ctx.error("duplicate-object", "attribute " + sql::ident(a.name) + " of type " +
                                              sql::qualified(t.schema, t.name) + " already exists");
          }
          t.attributes.push_back(a);
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
        steps.push_back([ctx, name, missing_ok](CompositeType& t) {
          auto n = std::erase_if(t.attributes, [&](const CompositeAttribute& a) { return a.name == name; });
          if (!n && !missing_ok)
            ctx.error("undefined-object", "attribute " + sql::ident(name) + " of type " +
                                              sql::qualified(t.schema, t.name) + " does not exist");
        });
        break;
      case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        CompositeAttribute changed = composite_attribute(ctx, cmd->def->column_def);
        steps.push_back([ctx, name, changed](CompositeType& t) {
          auto it = std::find_if(t.attributes.begin(), t.attributes.end(), [&](auto& a) { return a.name == name; });
          if (it == t.attributes.end())
            ctx.error("undefined-object", "attribute " + sql::ident(name) + " of type " +
                                              sql::qualified(t.schema, t.name) + " does not exist");
          it->type = changed.type;
          it->collation = changed.collation;
          it->meta.deps = changed.meta.deps;
        });
        break;
      }
      case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
        break;  // owners are not modelled
      default:
        ctx.unsupported("this ALTER TYPE form");
    }
  }
  defer(Phase::Changes, ctx, [this, ctx, q, steps] {
    auto it = std::find_if(cat_.composites.begin(), cat_.composites.end(),
                           [&](const CompositeType& t) { return t.schema == q.schema && t.name == q.name; });
    if (it == cat_.composites.end())
      ctx.error("undefined-object", "composite type " + sql::qualified(q.schema, q.name) + " does not exist");
    CompositeType backup = *it;
    try {
      for (const auto& step : steps) step(*it);
    } catch (...) {
      *it = std::move(backup);
      throw;
    }
  });
}

}  // namespace schemaplan::parser
