// Aggregates (and, later, operators, operator classes and families, casts, conversions, access methods and
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

}  // namespace

std::vector<std::string> routines() { return {aggregates()}; }

}  // namespace schemaplan::introspect::generic_parts
