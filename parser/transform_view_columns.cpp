// The shape of a view's query (parser/view_shape.h): column names as PostgreSQL picks them, relations and
// column references for the view's dependencies.
#include <algorithm>

#include "parser/type_names.h"
#include "parser/view_shape.h"

namespace schemaplan::parser {
namespace {

/// FigureColnameInternal(): 0 = no name, 1 = a weak one (a type name or "case"), 2 = a good one.
int figure(const Node* n, std::string& name) {
  if (!n) return 0;
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      const auto* c = n->column_ref;
      if (c->n_fields == 0 || c->fields[c->n_fields - 1]->node_case != PG_QUERY__NODE__NODE_STRING) return 0;
      name = sval(c->fields[c->n_fields - 1]);
      return 2;
    }
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
      const auto* a = n->a_indirection;
      if (a->n_indirection && a->indirection[a->n_indirection - 1]->node_case == PG_QUERY__NODE__NODE_STRING) {
        name = sval(a->indirection[a->n_indirection - 1]);
        return 2;
      }
      return figure(a->arg, name);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      const auto* f = n->func_call;
      if (!f->n_funcname) return 0;
      name = sval(f->funcname[f->n_funcname - 1]);
      return 2;
    }
    case PG_QUERY__NODE__NODE_A_EXPR:
      if (n->a_expr->kind != PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) return 0;
      name = "nullif";
      return 2;
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      int strength = figure(n->type_cast->arg, name);
      const auto* t = n->type_cast->type_name;
      if (strength <= 1 && t && t->n_names) {
        name = sval(t->names[t->n_names - 1]);
        return 1;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return figure(n->collate_clause->arg, name);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC: name = "grouping"; return 2;
    case PG_QUERY__NODE__NODE_SUB_LINK: {
      const auto* s = n->sub_link;
      if (s->sub_link_type == PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK) { name = "exists"; return 2; }
      if (s->sub_link_type == PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK) { name = "array"; return 2; }
      if (s->sub_link_type != PG_QUERY__SUB_LINK_TYPE__EXPR_SUBLINK &&
          s->sub_link_type != PG_QUERY__SUB_LINK_TYPE__MULTIEXPR_SUBLINK)
        return 0;
      // The subquery's first column names it, however weakly that one was named.
      const Node* q = s->subselect;
      if (!q || q->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return 0;
      const auto* sel = q->select_stmt;
      while (sel->op != PG_QUERY__SET_OPERATION__SETOP_NONE && sel->larg) sel = sel->larg;
      if (!sel->n_target_list || sel->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET) return 0;
      const auto* rt = sel->target_list[0]->res_target;
      if (rt->name && *rt->name) name = rt->name;
      else if (!figure(rt->val, name)) name = "?column?";
      return 2;
    }
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
      int strength = figure(n->case_expr->defresult, name);
      if (strength <= 1) {
        name = "case";
        return 1;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: name = "array"; return 2;
    case PG_QUERY__NODE__NODE_ROW_EXPR: name = "row"; return 2;
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: name = "coalesce"; return 2;
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      name = n->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest" : "least";
      return 2;
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
      switch (n->sqlvalue_function->op) {
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: name = "current_date"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N: name = "current_time"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N: name = "current_timestamp"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N: name = "localtime"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N: name = "localtimestamp"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE: name = "current_role"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER: name = "current_user"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER: name = "user"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER: name = "session_user"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG: name = "current_catalog"; return 2;
        case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA: name = "current_schema"; return 2;
        default: return 0;
      }
    case PG_QUERY__NODE__NODE_XML_EXPR:
      switch (n->xml_expr->op) {
        case PG_QUERY__XML_EXPR_OP__IS_XMLCONCAT: name = "xmlconcat"; return 2;
        case PG_QUERY__XML_EXPR_OP__IS_XMLELEMENT: name = "xmlelement"; return 2;
        case PG_QUERY__XML_EXPR_OP__IS_XMLFOREST: name = "xmlforest"; return 2;
        case PG_QUERY__XML_EXPR_OP__IS_XMLPARSE: name = "xmlparse"; return 2;
        case PG_QUERY__XML_EXPR_OP__IS_XMLPI: name = "xmlpi"; return 2;
        case PG_QUERY__XML_EXPR_OP__IS_XMLROOT: name = "xmlroot"; return 2;
        case PG_QUERY__XML_EXPR_OP__IS_XMLSERIALIZE: name = "xmlserialize"; return 2;
        default: return 0;
      }
    case PG_QUERY__NODE__NODE_XML_SERIALIZE: name = "xmlserialize"; return 2;
    default: return 0;
  }
}

/// Adds the relations of one FROM item to `out`; false when its columns cannot be listed from the catalog
/// (a subquery, a function, a join that merges columns).
bool from_item(const Node* n, std::vector<ViewRelation>& out) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_RANGE_VAR: {
      const auto* rv = n->range_var;
      std::string alias = rv->alias && rv->alias->aliasname ? rv->alias->aliasname : rv->relname;
      if (rv->alias && rv->alias->n_colnames) return false;  // renamed columns
      out.push_back({rv->schemaname, rv->relname, alias});
      return true;
    }
    case PG_QUERY__NODE__NODE_JOIN_EXPR: {
      const auto* j = n->join_expr;
      if (j->is_natural || j->n_using_clause || j->alias) return false;
      bool l = from_item(j->larg, out);
      return from_item(j->rarg, out) && l;
    }
    default: return false;
  }
}

}  // namespace

std::string figure_colname(const Node* n) {
  std::string name;
  return figure(n, name) ? name : "?column?";
}

ViewShape read_view_shape(PgQuery__SelectStmt* select, TreeArena& arena) {
  ViewShape shape;
  // CTE names are not relations: a reference to one stays unqualified.
  std::set<std::string> ctes;
  visit(&select->base, [&](ProtobufCMessage* m) {
    if (auto* c = as<PgQuery__CommonTableExpr>(m, pg_query__common_table_expr__descriptor)) ctes.insert(c->ctename);
  });
  visit(&select->base, [&](ProtobufCMessage* m) {
    if (auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
      bool qualified = rv->schemaname && *rv->schemaname;
      if (!qualified && ctes.count(rv->relname)) return;
      // pg_catalog is searched first: an unqualified pg_class or pg_stat_activity is the system's (every relation
      // of pg_catalog has a row type of its name, all of them starting with pg_).
      bool system = std::string_view(rv->relname).starts_with("pg_") && is_builtin_type(rv->relname);
      if (!qualified) rv->schemaname = arena.str(system ? "pg_catalog" : "public");
      if (rv->catalogname && *rv->catalogname) rv->catalogname = arena.str("");
      std::string alias = rv->alias && rv->alias->aliasname ? rv->alias->aliasname : rv->relname;
      shape.relations.push_back({rv->schemaname, rv->relname, alias});
      shape.locations.push_back(rv->location);
    } else if (auto* c = as<PgQuery__ColumnRef>(m, pg_query__column_ref__descriptor)) {
      if (c->n_fields == 0) return;
      const Node* last = c->fields[c->n_fields - 1];
      std::string column = last->node_case == PG_QUERY__NODE__NODE_A_STAR ? "*" : std::string(sval(last));
      std::string qualifier = c->n_fields >= 2 ? std::string(sval(c->fields[c->n_fields - 2])) : "";
      shape.uses.push_back({qualifier, column});
    } else if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
      auto names = strings(f->funcname, f->n_funcname);
      if (names.size() == 2 && names[0] != "pg_catalog")
        shape.functions.push_back({ObjectKind::Function, names[0], names[1], "", ""});
    }
  });
  // The select that names the columns: the leftmost of a set operation (whose types the server unifies
  // across all branches, which only the server knows).
  const PgQuery__SelectStmt* s = select;
  if (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE || s->n_values_lists) shape.columns_known = false;
  while (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE && s->larg) s = s->larg;
  for (size_t i = 0; i < s->n_from_clause; ++i)
    if (!from_item(s->from_clause[i], shape.from)) shape.from_complete = false;
  for (size_t i = 0; i < s->n_target_list; ++i) {
    auto* rt = s->target_list[i]->res_target;
    ViewTarget t;
    t.expr = rt->val;
    const auto* c = rt->val && rt->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF ? rt->val->column_ref : nullptr;
    if (c && c->n_fields && c->fields[c->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR) {
      t.kind = ViewTarget::Kind::Star;
      if (c->n_fields >= 2) t.qualifier = sval(c->fields[c->n_fields - 2]);
    } else {
      t.name = rt->name && *rt->name ? rt->name : figure_colname(rt->val);
      if (c && c->n_fields <= 2) {
        t.kind = ViewTarget::Kind::Column;
        t.column = sval(c->fields[c->n_fields - 1]);
        if (c->n_fields == 2) t.qualifier = sval(c->fields[0]);
      }
    }
    shape.targets.push_back(std::move(t));
  }
  return shape;
}

}  // namespace schemaplan::parser
