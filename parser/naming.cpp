#include "parser/naming.h"

#include <algorithm>
#include <tuple>

namespace schemaplan::parser {

std::string truncate_identifier(std::string_view name) {
  return std::string(name.substr(0, clip_length(name, kNameDataLen - 1)));
}

namespace {

// FigureColnameInternal (parse_target.c) on a raw parse tree. Strength 2: a real name (column, function);
// 1: a fallback (a cast's type name, "case"); 0: none.
int figure_colname(const Node* node, std::string& name) {
  if (!node) return 0;
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      const auto* c = node->column_ref;
      if (c->n_fields > 0 && c->fields[c->n_fields - 1]->node_case == PG_QUERY__NODE__NODE_STRING) {
        name = sval(c->fields[c->n_fields - 1]);
        return 2;
      }
      return 0;
    }
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
      const auto* ind = node->a_indirection;
      std::string field;
      for (size_t i = 0; i < ind->n_indirection; ++i)
        if (ind->indirection[i]->node_case == PG_QUERY__NODE__NODE_STRING) field = sval(ind->indirection[i]);
      if (!field.empty()) {
        name = field;
        return 2;
      }
      return figure_colname(ind->arg, name);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      const auto* f = node->func_call;
      if (f->n_funcname == 0) return 0;
      name = sval(f->funcname[f->n_funcname - 1]);
      return 2;
    }
    case PG_QUERY__NODE__NODE_A_EXPR:
      if (node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) {
        name = "nullif";
        return 2;
      }
      return 0;
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      int strength = figure_colname(node->type_cast->arg, name);
      if (strength <= 1 && node->type_cast->type_name && node->type_cast->type_name->n_names > 0) {
        const auto* t = node->type_cast->type_name;
        name = sval(t->names[t->n_names - 1]);
        return 1;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE:
      return figure_colname(node->collate_clause->arg, name);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC:
      name = "grouping";
      return 2;
    case PG_QUERY__NODE__NODE_SUB_LINK:
      switch (node->sub_link->sub_link_type) {
        case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK:
          name = "exists";
          return 2;
        case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK:
          name = "array";
          return 2;
        default:
          return 0;  // an EXPR sublink is named after a transformed subquery, which a raw tree never holds
      }
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
      int strength = figure_colname(node->case_expr->defresult, name);
      if (strength <= 1) {
        name = "case";
        return 1;
      }
      return strength;
    }
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR:
      name = "array";
      return 2;
    case PG_QUERY__NODE__NODE_ROW_EXPR:
      name = "row";
      return 2;
    case PG_QUERY__NODE__NODE_COALESCE_EXPR:
      name = "coalesce";
      return 2;
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      name = node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST ? "greatest" : "least";
      return 2;
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION: {
      static const char* const kNames[] = {"",          "current_date",   "current_time",   "current_time",
                                           "current_timestamp", "current_timestamp", "localtime", "localtime",
                                           "localtimestamp", "localtimestamp", "current_role", "current_user",
                                           "user",      "session_user",   "current_catalog", "current_schema"};
      auto op = static_cast<size_t>(node->sqlvalue_function->op);
      if (op == 0 || op >= std::size(kNames)) return 0;
      name = kNames[op];
      return 2;
    }
    case PG_QUERY__NODE__NODE_XML_EXPR: {
      static const char* const kNames[] = {"", "xmlconcat", "xmlelement", "xmlforest", "xmlparse", "xmlpi", "xmlroot",
                                           "xmlserialize"};
      auto op = static_cast<size_t>(node->xml_expr->op);
      if (op == 0 || op >= std::size(kNames)) return 0;  // IS DOCUMENT has no name
      name = kNames[op];
      return 2;
    }
    case PG_QUERY__NODE__NODE_XML_SERIALIZE:
      name = "xmlserialize";
      return 2;
    default:
      return 0;
  }
}

}  // namespace

std::string figure_index_colname(const Node* expr) {
  std::string name;
  figure_colname(expr, name);
  return name;
}

std::string index_column_name(const PgQuery__IndexElem* e) {
  std::string name;
  if (e->indexcolname && *e->indexcolname)
    name = e->indexcolname;
  else if (e->name && *e->name)
    name = e->name;
  else
    name = figure_index_colname(e->expr);
  return name.empty() ? "expr" : name;
}


bool NameRegistry::relation_taken(const std::string& schema, const std::string& name) const {
  return relations_.count({schema, name}) > 0;
}

std::string NameRegistry::relation_kind(const std::string& schema, const std::string& name) const {
  auto it = relations_.find({schema, name});
  return it == relations_.end() ? std::string() : it->second;
}

void NameRegistry::add_relation(const std::string& schema, const std::string& name, const std::string& kind) {
  relations_[{schema, name}] = kind;
}

void NameRegistry::remove_relation(const std::string& schema, const std::string& name) {
  relations_.erase({schema, name});
}

bool NameRegistry::constraint_taken(const std::string& schema, const std::string& name) const {
  auto it = constraints_.find({schema, name});
  return it != constraints_.end() && !it->second.empty();
}

bool NameRegistry::constraint_on_table(const std::string& schema, const std::string& table,
                                       const std::string& name) const {
  auto it = constraints_.find({schema, name});
  return it != constraints_.end() && it->second.count(table) > 0;
}

void NameRegistry::add_constraint(const std::string& schema, const std::string& table, const std::string& name) {
  constraints_[{schema, name}].insert(table);
}

void NameRegistry::remove_constraint(const std::string& schema, const std::string& table, const std::string& name) {
  auto it = constraints_.find({schema, name});
  if (it == constraints_.end()) return;
  auto t = it->second.find(table);
  if (t != it->second.end()) it->second.erase(t);
}

std::string NameRegistry::choose_relation_name(const std::string& schema, std::string_view name1,
                                               std::optional<std::string_view> name2, std::string_view label,
                                               bool is_constraint) const {
  std::string modlabel(label);
  for (int pass = 1;; ++pass) {
    std::string name = make_object_name(name1, name2, modlabel);
    if (!relation_taken(schema, name) && !(is_constraint && constraint_taken(schema, name))) return name;
    modlabel = std::string(label) + std::to_string(pass);
  }
}

std::string NameRegistry::choose_constraint_name(const std::string& schema, std::string_view name1,
                                                 std::optional<std::string_view> name2, std::string_view label) const {
  std::string modlabel(label);
  for (int pass = 1;; ++pass) {
    std::string name = make_object_name(name1, name2, modlabel);
    if (!constraint_taken(schema, name)) return name;
    modlabel = std::string(label) + std::to_string(pass);
  }
}

}  // namespace schemaplan::parser
