// The attributes of a function or procedure, as CREATE FUNCTION and ALTER FUNCTION | PROCEDURE | ROUTINE
// state them: volatility, STRICT, SECURITY, LEAKPROOF, PARALLEL, COST, ROWS and SET / RESET of run-time
// settings. An ALTER has the effect of writing them in the CREATE, which is what the model holds (pg_dump
// writes them in the CREATE; hand-written files often ALTER a function afterwards).
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

/// The value of a numeric option (COST, ROWS).
double number_of(const Node* n) {
  if (n && n->node_case == PG_QUERY__NODE__NODE_INTEGER) return n->integer->ival;
  if (n && n->node_case == PG_QUERY__NODE__NODE_FLOAT) return std::strtod(n->float_->fval, nullptr);
  throw TreeError("invalid-definition", "expected a number");
}

/// `value` quoted as pg_get_functiondef() writes a SET clause's value.
std::string quoted_values(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + sql::literal(v);
  return out;
}

/// The values of `SET name TO value`, as written (a list setting's elements one by one).
std::vector<std::string> set_values(const PgQuery__VariableSetStmt* v, int location) {
  std::vector<std::string> values;
  for (size_t i = 0; i < v->n_args; ++i) {
    const Node* a = v->args[i];
    if (a->node_case != PG_QUERY__NODE__NODE_A_CONST) throw TreeError("invalid-definition", "unexpected SET value", location);
    const auto* c = a->a_const;
    switch (c->val_case) {
      case PG_QUERY__A__CONST__VAL_SVAL: values.push_back(c->sval->sval); break;
      case PG_QUERY__A__CONST__VAL_IVAL: values.push_back(std::to_string(c->ival->ival)); break;
      case PG_QUERY__A__CONST__VAL_FVAL: values.push_back(c->fval->fval); break;
      case PG_QUERY__A__CONST__VAL_BOOLVAL: values.push_back(c->boolval->boolval ? "on" : "off"); break;
      default: throw TreeError("invalid-definition", "unexpected SET value", location);
    }
  }
  return values;
}

/// Settings whose value is a list, stored element by element (GUC_LIST_QUOTE), as introspect reads them.
bool list_setting(const std::string& name) {
  return name == "search_path" || name == "temp_tablespaces" || name == "session_preload_libraries" ||
         name == "shared_preload_libraries" || name == "local_preload_libraries";
}

/// What SET name FROM CURRENT stores: the setting's value as PostgreSQL shows it (SHOW), from what the files
/// set. A list's elements and words are shown as written, boolean words as on / off, and 0 as 0; any other
/// number is shown in the setting's own units (65536 kB of work_mem is 64MB), which only the server knows.
std::string current_value(const StmtCtx& ctx, const std::string& name, const std::vector<SettingValue>* set,
                          int location) {
  if (!set)
    ctx.error("unsupported-statement",
              "SET " + name + " FROM CURRENT stores the value " + name +
                  " has in the session that runs the files, which the files do not set before it: write SET " + name +
                  " = value in the function instead",
              location);
  std::vector<std::string> values;
  for (const auto& v : *set) {
    std::string text = v.text;
    if (v.number && text != "0")
      ctx.error("unsupported-statement",
                "SET " + name + " FROM CURRENT stores " + name + " as PostgreSQL shows it, in the setting's own units, " +
                    "not as the files set it (" + text + "): write SET " + name + " = '<value as SHOW " + name +
                    " prints it>' in the function instead",
                location);
    if (!list_setting(name) && !v.number) {
      std::string lower;
      for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == "true" || lower == "yes" || lower == "on") text = "on";
      else if (lower == "false" || lower == "no" || lower == "off") text = "off";
    }
    values.push_back(text);
  }
  if (values.size() > 1 && !list_setting(name))
    ctx.error("invalid-definition", "SET " + name + " takes only one argument", location);
  return quoted_values(values);
}

}  // namespace

std::function<void(Function&)> Transformer::routine_attribute(const StmtCtx& ctx, const PgQuery__DefElem* d) {
  std::string opt = d->defname;
  int loc = d->location;
  // A procedure has a security mode and settings only (PostgreSQL: "invalid attribute in procedure definition").
  auto for_functions = [ctx, loc](const Function& f) {
    if (f.kind == 'p') ctx.error("invalid-definition", "invalid attribute in procedure definition", loc);
  };
  auto flag = [&]() { return d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN && d->arg->boolean->boolval; };
  if (opt == "volatility") {
    char v = sval(d->arg)[0];
    return [for_functions, v](Function& f) { for_functions(f), f.volatility = v; };
  }
  if (opt == "strict") {
    bool on = flag();
    return [for_functions, on](Function& f) { for_functions(f), f.strict = on; };
  }
  if (opt == "security") {
    bool on = flag();
    return [on](Function& f) { f.security_definer = on; };
  }
  if (opt == "leakproof") {
    bool on = flag();
    return [for_functions, on](Function& f) { for_functions(f), f.leakproof = on; };
  }
  if (opt == "parallel") {
    std::string p(sval(d->arg));
    if (p != "safe" && p != "restricted" && p != "unsafe")
      ctx.error("invalid-definition", "parameter \"parallel\" must be SAFE, RESTRICTED, or UNSAFE", loc);
    char v = p[0];
    return [for_functions, v](Function& f) { for_functions(f), f.parallel = v; };
  }
  if (opt == "cost") {
    double v = number_of(d->arg);
    if (v <= 0) ctx.error("invalid-definition", "COST must be positive", loc);
    return [for_functions, v](Function& f) { for_functions(f), f.cost = v; };
  }
  if (opt == "rows") {
    double v = number_of(d->arg);
    if (v <= 0) ctx.error("invalid-definition", "ROWS must be positive", loc);
    return [ctx, for_functions, v, loc](Function& f) {
      for_functions(f);
      if (!f.returns_set) ctx.error("invalid-definition", "ROWS is not applicable when function does not return a set", loc);
      f.rows = v;
    };
  }
  if (opt == "support") ctx.unsupported("SUPPORT (a planner support function)", loc);
  if (opt != "set") return {};
  const auto* v = d->arg->variable_set_stmt;
  // The model holds each setting as the clause `name TO value`; a later SET of one name replaces it, RESET
  // removes it, RESET ALL removes them all (as proconfig does).
  std::optional<std::string> name, clause;
  switch (v->kind) {
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE:
      name = v->name;
      clause = sql::ident(*name) + " TO " + quoted_values(set_values(v, loc));
      break;
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_CURRENT: {
      name = v->name;
      auto it = session_file_ == ctx.file ? session_settings_.find(*name) : session_settings_.end();
      clause = sql::ident(*name) + " TO " +
               current_value(ctx, *name, it == session_settings_.end() ? nullptr : &it->second, loc);
      break;
    }
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT:
    case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET: name = v->name; break;
    case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL: break;
    default: ctx.unsupported("this SET form in a function", loc);
  }
  return [name, clause](Function& f) {
    if (!name) f.config.clear();
    else std::erase_if(f.config, [&](const std::string& c) { return c.starts_with(sql::ident(*name) + " TO "); });
    if (clause) f.config.push_back(*clause);
    std::sort(f.config.begin(), f.config.end());
  };
}

}  // namespace schemaplan::parser
