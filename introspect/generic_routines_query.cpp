// Aggregates, operators and casts (and, later, operator classes and families, conversions, access methods and
// languages) as DDL text (generic_queries.h), written from the catalog as pg_dump writes them.
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect::generic_parts {
namespace {

using namespace sql_fragments;

/// `CREATE AGGREGATE s.n(args) (SFUNC = ..., ...)`: only what differs from PostgreSQL's defaults, in pg_dump's
/// order. Function names print as regproc does with an empty search_path (qualified outside pg_catalog); the
/// overload is found again from the state and argument types.
std::string aggregates() {
  // The final function's default modify mode: READ_ONLY for plain aggregates, READ_WRITE for ordered-set ones.
  const std::string modify = "CASE %s WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END";
  auto fmodify = [&](const char* col) {
    std::string m = modify;
    m.replace(m.find("%s"), 2, col);
    return m;
  };
  const std::string options =
      "concat_ws(', ',\n"
      "    'SFUNC = ' || a.aggtransfn::pg_catalog.regproc::text,\n"
      "    'STYPE = ' || format_type(a.aggtranstype, NULL),\n"
      "    CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,\n"
      "    CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,\n"
      "    CASE WHEN a.aggfinalmodify <> CASE WHEN a.aggkind = 'n' THEN 'r' ELSE 'w' END\n"
      "         THEN 'FINALFUNC_MODIFY = ' || " + fmodify("a.aggfinalmodify") + " END,\n"
      "    CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || quote_literal(a.agginitval) END,\n"
      "    CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || format_type(a.aggmtranstype, NULL) END,\n"
      "    CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,\n"
      "    CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::pg_catalog.regproc::text END,\n"
      "    CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,\n"
      "    CASE WHEN a.aggmtransfn <> 0 AND a.aggmfinalmodify <> 'r'\n"
      "         THEN 'MFINALFUNC_MODIFY = ' || " + fmodify("a.aggmfinalmodify") + " END,\n"
      "    CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || quote_literal(a.aggminitval) END,\n"
      "    CASE WHEN a.aggsortop <> 0 THEN (SELECT 'SORTOP = OPERATOR(' || quote_ident(son.nspname) || '.' || so.oprname || ')'\n"
      "         FROM pg_catalog.pg_operator so JOIN pg_catalog.pg_namespace son ON son.oid = so.oprnamespace\n"
      "         WHERE so.oid = a.aggsortop) END,\n"
      "    CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END,\n"
      "    CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END)";
  return "SELECT 'aggregate'::text, n.nspname::text, p.proname::text, ''::text, oidvectortypes(p.proargtypes),\n"
         "  ARRAY['CREATE AGGREGATE ' || " + qualified("n.nspname", "p.proname") +
         " || '(' || COALESCE(NULLIF(pg_get_function_arguments(p.oid), ''), '*') || ') (' || " + options +
         " || ')'],\n"
         "  " + comment_of("p.oid", "pg_proc") + ",\n"
         "  " + deps("d.classid = " + regclass("pg_proc") + " AND d.objid = p.oid") + "\n"
         "FROM pg_catalog.pg_proc p\n"
         "JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n"
         "WHERE p.prokind = 'a' AND " + user_schema("n") + " AND " + not_extension_member("pg_proc", "p.oid");
}

/// `CREATE OPERATOR s.op (FUNCTION = ..., LEFTARG = ..., RIGHTARG = ..., COMMUTATOR = OPERATOR(s.x), ...)`, then
/// `ALTER OPERATOR ... SET (RESTRICT = ..., JOIN = ...)` when either estimator is set (the shape the parser
/// writes, parser/transform_operator.cpp: the estimators are what ALTER OPERATOR can change). A shell operator
/// (no function yet: one a COMMUTATOR or NEGATOR named before it was created) is no object of its own: the
/// operator naming it makes it again.
std::string operators() {
  auto link = [](const char* col) {
    return std::string("(SELECT 'OPERATOR(' || quote_ident(ln.nspname) || '.' || l.oprname || ')' FROM pg_catalog.pg_operator l\n"
                       "         JOIN pg_catalog.pg_namespace ln ON ln.oid = l.oprnamespace WHERE l.oid = o.") + col + ")";
  };
  const std::string address = "quote_ident(n.nspname) || '.' || o.oprname || ' (' || " + operator_signature("o") + " || ')'";
  const std::string estimators =
      "CASE WHEN o.oprrest <> 0 OR o.oprjoin <> 0 THEN 'ALTER OPERATOR ' || " + address +
      " || ' SET (RESTRICT = ' ||\n"
      "    CASE WHEN o.oprrest <> 0 THEN o.oprrest::pg_catalog.regproc::text ELSE 'NONE' END || ', JOIN = ' ||\n"
      "    CASE WHEN o.oprjoin <> 0 THEN o.oprjoin::pg_catalog.regproc::text ELSE 'NONE' END || ')' END";
  const std::string options =
      "concat_ws(', ',\n"
      "    'FUNCTION = ' || o.oprcode::pg_catalog.regproc::text,\n"
      "    CASE WHEN o.oprleft <> 0 THEN 'LEFTARG = ' || format_type(o.oprleft, NULL) END,\n"
      "    'RIGHTARG = ' || format_type(o.oprright, NULL),\n"
      "    CASE WHEN o.oprcom <> 0 THEN 'COMMUTATOR = ' || " + link("oprcom") + " END,\n"
      "    CASE WHEN o.oprnegate <> 0 THEN 'NEGATOR = ' || " + link("oprnegate") + " END,\n"
      "    CASE WHEN o.oprcanhash THEN 'HASHES' END,\n"
      "    CASE WHEN o.oprcanmerge THEN 'MERGES' END)";
  return "SELECT 'operator'::text, n.nspname::text, o.oprname::text, ''::text, " + operator_signature("o") + ",\n"
         "  array_remove(ARRAY['CREATE OPERATOR ' || quote_ident(n.nspname) || '.' || o.oprname || ' (' || " + options +
         " || ')',\n    " + estimators + "], NULL),\n"
         "  " + comment_of("o.oid", "pg_operator") + ",\n"
         "  " + deps("d.classid = " + regclass("pg_operator") + " AND d.objid = o.oid") + "\n"
         "FROM pg_catalog.pg_operator o\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace\n"
         "WHERE o.oprcode <> 0 AND " + user_schema("n") + " AND " + not_extension_member("pg_operator", "o.oid");
}

/// `CREATE CAST (source AS target) WITH FUNCTION f(args) | WITHOUT FUNCTION | WITH INOUT [AS ASSIGNMENT |
/// AS IMPLICIT]`. Casts have no schema: the user's are those made after initdb (PostgreSQL's own are pinned
/// below FirstNormalObjectId), outside extensions, and not internal to a type (a range's cast to its
/// multirange).
std::string casts() {
  const std::string name = "format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL)";
  return "SELECT 'cast'::text, ''::text, " + name + ", ''::text, ''::text,\n"
         "  ARRAY['CREATE CAST (' || " + name + " || ') ' ||\n"
         "    CASE c.castmethod WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::pg_catalog.regprocedure::text\n"
         "                      WHEN 'i' THEN 'WITH INOUT' ELSE 'WITHOUT FUNCTION' END ||\n"
         "    CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT' ELSE '' END],\n"
         "  " + comment_of("c.oid", "pg_cast") + ",\n"
         "  " + deps("d.classid = " + regclass("pg_cast") + " AND d.objid = c.oid") + "\n"
         "FROM pg_catalog.pg_cast c\n"
         "WHERE c.oid >= 16384 AND " + not_extension_member("pg_cast", "c.oid") + " AND " + not_internal("pg_cast", "c.oid");
}

}  // namespace

std::vector<std::string> routines() { return {aggregates(), operators(), casts()}; }

}  // namespace schemaplan::introspect::generic_parts
