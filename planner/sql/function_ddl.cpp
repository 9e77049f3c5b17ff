// CREATE [OR REPLACE] FUNCTION / PROCEDURE, DROP, COMMENT: written from the model's fields in the order
// pg_get_functiondef() uses, defaults left out.
#include <cmath>
#include <sstream>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

const char* noun(const Function& f) { return f.kind == 'p' ? "PROCEDURE" : "FUNCTION"; }

std::string number(double v) {
  std::ostringstream s;
  s.precision(7);  // procost and prorows are float4
  s << v;
  return s.str();
}

bool c_language(const std::string& lang) { return lang == "c" || lang == "internal"; }

}  // namespace

std::string function_signature_sql(const Function& f) { return sql::qualified(f.schema, f.name) + "(" + f.signature + ")"; }

Statements create_function(const Function& f, bool replace) {
  Statements out;
  // A string body is checked when the function is created (an SQL body against the catalog, a PL/pgSQL one
  // for its syntax), but PostgreSQL records nothing of what it uses, and it accepts a body that refers to
  // tables created later, relies on the caller's search_path or does not even parse when the check is off,
  // as pg_dump loads it: what a database holds must be reproducible, so the check is off, as in pg_dump's
  // output. The body is checked when the function first runs. (An SQL-standard body is always parsed, and
  // PostgreSQL records what it uses, so its dependencies order it.)
  if (!f.sql_body) out.push_back("SET check_function_bodies = off");
  std::string s = std::string("CREATE ") + (replace ? "OR REPLACE " : "") + noun(f) + " " +
                  sql::qualified(f.schema, f.name) + "(" + f.arguments + ")";
  if (f.kind != 'p') s += "\n RETURNS " + f.result;
  s += "\n LANGUAGE " + sql::ident(f.language);
  if (f.kind != 'p') {
    std::string attrs;
    if (f.volatility == 'i') attrs += " IMMUTABLE";
    if (f.volatility == 's') attrs += " STABLE";
    if (f.strict) attrs += " STRICT";
    if (f.security_definer) attrs += " SECURITY DEFINER";
    if (f.leakproof) attrs += " LEAKPROOF";
    if (f.parallel == 's') attrs += " PARALLEL SAFE";
    if (f.parallel == 'r') attrs += " PARALLEL RESTRICTED";
    if (f.cost != (c_language(f.language) ? 1 : 100)) attrs += " COST " + number(f.cost);
    if (f.returns_set && f.rows != 1000) attrs += " ROWS " + number(f.rows);
    if (!attrs.empty()) s += "\n" + attrs;
  } else if (f.security_definer) {
    s += "\n SECURITY DEFINER";
  }
  for (const auto& c : f.config) s += "\n SET " + c;
  if (f.sql_body) s += "\n" + f.body;
  else s += "\nAS " + sql::dollar_quoted(f.body);
  out.push_back(s);
  if (f.comment) out.push_back(comment_function(f)[0]);
  return out;
}

Statements drop_function(const Function& f) { return {std::string("DROP ") + noun(f) + " " + function_signature_sql(f)}; }

Statements comment_function(const Function& f) { return {comment_on(noun(f), function_signature_sql(f), f.comment)}; }

Statements replace_function(const Function& before, const Function& after) {
  Function b = before, a = after;
  b.comment = a.comment;
  Statements out;
  if (!(b == a)) {
    a.comment.reset();
    out = create_function(a, true);
  }
  if (before.comment != after.comment) out.push_back(comment_function(after)[0]);
  return out;
}

}  // namespace schemaplan::ddl
