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
         "  " + dependency_row_ids("d.classid = " + regclass("pg_proc") + " AND d.objid = p.oid") + ", '{}'::text[]\n"
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
         "  " + dependency_row_ids("d.classid = " + regclass("pg_operator") + " AND d.objid = o.oid") + ", '{}'::text[]\n"
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
         "  " + dependency_row_ids("d.classid = " + regclass("pg_cast") + " AND d.objid = c.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_cast c\n"
         "WHERE c.oid >= 16384 AND " + not_extension_member("pg_cast", "c.oid") + " AND " + not_internal("pg_cast", "c.oid");
}

/// A member of an operator family, as CREATE OPERATOR CLASS and ALTER OPERATOR FAMILY ... ADD write it (pg_dump's
/// shape): `OPERATOR 1 s.<(s.t,s.t) [FOR ORDER BY s.f]` (alias `ao`, pg_amop) or `FUNCTION 1 (s.t, s.t) s.f(s.t,s.t)`
/// (alias `ap`, pg_amproc).
const char* kAmopItem =
    "'OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::pg_catalog.regoperator::text ||\n"
    "      CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY ' || (SELECT quote_ident(sn.nspname) || '.' || quote_ident(sf.opfname)\n"
    "        FROM pg_catalog.pg_opfamily sf JOIN pg_catalog.pg_namespace sn ON sn.oid = sf.opfnamespace\n"
    "        WHERE sf.oid = ao.amopsortfamily) ELSE '' END";
const char* kAmprocItem =
    "'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, NULL) || ', ' ||\n"
    "      format_type(ap.amprocrighttype, NULL) || ') ' || ap.amproc::pg_catalog.regprocedure::text";

/// The members of family `f` (or class `oc`) that depend on it with `deptype`: rows (kind, number, text, oid).
std::string members(const std::string& owner_catalog, const std::string& owner, const char* deptype) {
  auto member_of = [&](const char* catalog, const char* alias) {
    return std::string("EXISTS (SELECT FROM pg_catalog.pg_depend md WHERE md.classid = ") + regclass(catalog) +
           " AND md.objid = " + alias + ".oid AND md.refclassid = " + regclass(owner_catalog.c_str()) +
           " AND md.refobjid = " + owner + " AND md.deptype = '" + deptype + "')";
  };
  return std::string("SELECT 1 AS k, ao.amopstrategy::int AS num, ") + kAmopItem + " AS item, ao.oid AS oid, " +
         regclass("pg_amop") + " AS cat FROM pg_catalog.pg_amop ao WHERE " + member_of("pg_amop", "ao") +
         "\n    UNION ALL SELECT 2, ap.amprocnum::int, " + kAmprocItem + ", ap.oid, " + regclass("pg_amproc") +
         " FROM pg_catalog.pg_amproc ap WHERE " + member_of("pg_amproc", "ap");
}

/// A condition on pg_depend row `d`: its object is a member (pg_amop, pg_amproc) that depends on `owner` of
/// `owner_catalog` with `deptype` (found through pg_depend's index on the referenced object).
std::string member_rows(const char* owner_catalog, const std::string& owner, const char* deptype) {
  return std::string("((d.classid, d.objid) IN (SELECT md.classid, md.objid FROM pg_catalog.pg_depend md WHERE md.refclassid = ") +
         regclass(owner_catalog) + " AND md.refobjid = " + owner + " AND md.deptype = '" + deptype + "' AND md.classid IN (" +
         regclass("pg_amop") + ", " + regclass("pg_amproc") + ")))";
}

/// `CREATE OPERATOR FAMILY s.f USING am`, then one `ALTER OPERATOR FAMILY s.f USING am ADD <member>` per member
/// added to the family itself (auto-dependent on it; a class's own members belong to the class), sorted; the
/// parser writes the same shape (parser/transform_opclass.cpp).
std::string operator_families() {
  const std::string address = qualified("n.nspname", "f.opfname") + " || ' USING ' || quote_ident(am.amname)";
  const std::string loose = members("pg_opfamily", "f.oid", "a");
  return "SELECT 'operator family'::text, n.nspname::text, f.opfname::text, ''::text, am.amname::text,\n"
         "  ARRAY['CREATE OPERATOR FAMILY ' || " + address + "] ||\n"
         "  ARRAY(SELECT 'ALTER OPERATOR FAMILY ' || " + address + " || ' ADD ' || m.item FROM (" + loose +
         ") m ORDER BY m.item COLLATE \"C\"),\n"
         "  " + comment_of("f.oid", "pg_opfamily") + ",\n"
         "  " + dependency_row_ids("(d.classid = " + regclass("pg_opfamily") + " AND d.objid = f.oid) OR " + member_rows("pg_opfamily", "f.oid", "a"),
                     "'n', 'a'") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_opfamily f\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace\n"
         "JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_opfamily", "f.oid");
}

/// `CREATE OPERATOR CLASS s.c [DEFAULT] FOR TYPE t USING am [FAMILY s.f] AS <members>[, STORAGE t]`: its own
/// members (internal to it) by kind and number, no FAMILY when the family has the class's name and schema. It
/// depends on its family (an automatic dependency in pg_depend: dropping the family drops the class).
std::string operator_classes() {
  const std::string own = members("pg_opclass", "oc.oid", "i");
  const std::string items =
      "array_to_string(ARRAY(SELECT m.item FROM (" + own + ") m ORDER BY m.k, m.num, m.item COLLATE \"C\") ||\n"
      "    CASE WHEN oc.opckeytype <> 0 THEN ARRAY['STORAGE ' || format_type(oc.opckeytype, NULL)] ELSE '{}'::text[] END, ', ')";
  return "SELECT 'operator class'::text, n.nspname::text, oc.opcname::text, ''::text, am.amname::text,\n"
         "  ARRAY['CREATE OPERATOR CLASS ' || " + qualified("n.nspname", "oc.opcname") +
         " || CASE WHEN oc.opcdefault THEN ' DEFAULT' ELSE '' END || ' FOR TYPE ' || format_type(oc.opcintype, NULL) ||\n"
         "    ' USING ' || quote_ident(am.amname) ||\n"
         "    CASE WHEN fn.oid = n.oid AND f.opfname = oc.opcname THEN '' ELSE ' FAMILY ' || " + qualified("fn.nspname", "f.opfname") +
         " END ||\n    ' AS ' || " + items + "],\n"
         "  " + comment_of("oc.oid", "pg_opclass") + ",\n"
         "  " + dependency_row_ids("(d.classid = " + regclass("pg_opclass") + " AND d.objid = oc.oid) OR " + member_rows("pg_opclass", "oc.oid", "i")) +
         ", ARRAY['Y', fn.nspname::text, f.opfname::text, am.amname::text]\n"
         "FROM pg_catalog.pg_opclass oc\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace\n"
         "JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod\n"
         "JOIN pg_catalog.pg_opfamily f ON f.oid = oc.opcfamily\n"
         "JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_opclass", "oc.oid");
}

/// `CREATE [DEFAULT] CONVERSION s.c FOR 'SRC' TO 'DEST' FROM f` as pg_dump writes it (the function as regproc
/// prints it: qualified outside pg_catalog); its function is a dependency through pg_depend.
std::string conversions() {
  return "SELECT 'conversion'::text, n.nspname::text, cv.conname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE ' || CASE WHEN cv.condefault THEN 'DEFAULT ' ELSE '' END || 'CONVERSION ' || " +
         qualified("n.nspname", "cv.conname") +
         " || ' FOR ' || quote_literal(pg_encoding_to_char(cv.conforencoding)) || ' TO ' ||\n"
         "    quote_literal(pg_encoding_to_char(cv.contoencoding)) || ' FROM ' || cv.conproc::pg_catalog.regproc::text],\n"
         "  " + comment_of("cv.oid", "pg_conversion") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_conversion") + " AND d.objid = cv.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_conversion cv\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = cv.connamespace\n"
         "WHERE " + user_schema("n") + " AND " + not_extension_member("pg_conversion", "cv.oid");
}

/// `CREATE ACCESS METHOD a TYPE INDEX|TABLE HANDLER f`: the user's own (PostgreSQL's are below 16384; an
/// extension's come with it).
std::string access_methods() {
  return "SELECT 'access method'::text, ''::text, am.amname::text, ''::text, ''::text,\n"
         "  ARRAY['CREATE ACCESS METHOD ' || quote_ident(am.amname) || ' TYPE ' ||\n"
         "    CASE am.amtype WHEN 't' THEN 'TABLE' ELSE 'INDEX' END || ' HANDLER ' || am.amhandler::pg_catalog.regproc::text],\n"
         "  " + comment_of("am.oid", "pg_am") + ",\n"
         "  " + dependency_row_ids("d.classid = " + regclass("pg_am") + " AND d.objid = am.oid") + ", '{}'::text[]\n"
         "FROM pg_catalog.pg_am am\n"
         "WHERE am.oid >= 16384 AND " + not_extension_member("pg_am", "am.oid");
}

}  // namespace

std::vector<Part> routines() {
  return {{has_user_rows("pg_proc", "x.prokind = 'a'"), aggregates()},
          {has_user_rows("pg_operator"), operators()},
          {has_user_rows("pg_cast"), casts()},
          {has_user_rows("pg_opfamily"), operator_families()},
          {has_user_rows("pg_opclass"), operator_classes()},
          {has_user_rows("pg_conversion"), conversions()},
          {has_user_rows("pg_am"), access_methods()}};
}

}  // namespace schemaplan::introspect::generic_parts
