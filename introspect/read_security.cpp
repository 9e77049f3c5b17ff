// Row-level security policies, grants and default privileges: their queries and readers.
//
// Privileges are read as the model stores them (model/privilege.h): each object's acl (NULL meaning the
// defaults) exploded into (grantee, privilege) pairs and compared with acldefault() for the same owner; what the
// acl holds beyond the defaults is granted, what it lacks is revoked (the owner's own entries count only where
// they differ from its defaults: a privilege given up, or held WITH GRANT OPTION).
#include "introspect/catalog_queries.h"
#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"
#include "introspect/catalog_sql.h"

namespace schemaplan::introspect {
namespace queries {

using namespace sql_fragments;

std::string policies() {
  const std::string pg_policy = regclass("pg_policy");
  const std::string attnums =
      "SELECT cd.refobjsubid AS attnum, cd.refobjsubid AS ord FROM pg_catalog.pg_depend cd\n"
      "  WHERE cd.classid = " + pg_policy + " AND cd.objid = pol.oid AND cd.refclassid = " + regclass("pg_class") +
      " AND cd.refobjid = pol.polrelid AND cd.refobjsubid > 0";
  return "SELECT n.nspname AS schema, c.relname AS table_name, pol.polname AS name, pol.polpermissive AS permissive,\n"
         "  pol.polcmd AS command,\n"
         "  ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r.oid)::text END\n"
         "        FROM unnest(pol.polroles) AS r(oid) ORDER BY 1) AS roles,\n"
         "  pg_get_expr(pol.polqual, pol.polrelid) AS using_expr,\n"
         "  pg_get_expr(pol.polwithcheck, pol.polrelid) AS check_expr,\n"
         "  " + column_names("pol.polrelid", attnums) + " AS columns,\n"
         "  " + comment_of("pol.oid", "pg_policy") + " AS comment,\n"
         "  " + deps("d.classid = " + pg_policy + " AND d.objid = pol.oid") + " AS deps\n"
         "FROM pg_catalog.pg_policy pol\n"
         "JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid\n"
         "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "WHERE " + modelled_table("c", "n") + "\nORDER BY 1, 2, 3";
}

namespace {

/// The difference between each object's acl and its defaults, per grantee, from `objects`: rows of
/// (key, kind, schema, name, parent, signature, owner, acl, dflt) where acl is never NULL.
std::string acl_difference(const std::string& objects) {
  // aclexplode() rejects an empty acl (a zero-dimensional array), which REVOKE can leave behind.
  auto nonempty = [](const std::string& a) { return "CASE WHEN cardinality(" + a + ") > 0 THEN " + a + " END"; };
  return "WITH objs AS (\n" + objects +
         "\n), ex AS (\n"
         "  SELECT o.key, x.grantee, x.privilege_type AS priv, bool_or(x.is_grantable) AS grantable\n"
         "  FROM objs o CROSS JOIN LATERAL aclexplode(" + nonempty("o.acl") + ") x GROUP BY 1, 2, 3\n"
         "), df AS (\n"
         "  SELECT o.key, x.grantee, x.privilege_type AS priv, bool_or(x.is_grantable) AS grantable\n"
         "  FROM objs o CROSS JOIN LATERAL aclexplode(" + nonempty("o.dflt") + ") x GROUP BY 1, 2, 3\n"
         "), diff AS (\n"
         // The owner's entries count only where they differ from its defaults: a privilege it gave up, or one it
         // holds WITH GRANT OPTION (pg_dump's REVOKE ALL ... FROM owner; GRANT ... TO owner WITH GRANT OPTION).
         "  SELECT coalesce(ex.key, df.key) AS key, coalesce(ex.grantee, df.grantee) AS grantee,\n"
         "    coalesce(ex.priv, df.priv) AS priv, ex.key IS NOT NULL AS held, coalesce(ex.grantable, false) AS grantable,\n"
         "    df.key IS NOT NULL AS by_default\n"
         "  FROM ex FULL JOIN df ON df.key = ex.key AND df.grantee = ex.grantee AND df.priv = ex.priv\n"
         "  WHERE ex.key IS NULL OR df.key IS NULL OR ex.grantable <> df.grantable\n"
         ")\n"
         "SELECT o.*, CASE WHEN diff.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(diff.grantee)::text END AS grantee,\n"
         "  array_agg(diff.priv ORDER BY diff.priv) FILTER (WHERE diff.held AND NOT diff.by_default) AS privileges,\n"
         "  array_agg(diff.priv ORDER BY diff.priv) FILTER (WHERE diff.held AND diff.grantable) AS grantable,\n"
         "  array_agg(diff.priv ORDER BY diff.priv) FILTER (WHERE NOT diff.held) AS revoked\n"
         "FROM diff JOIN (SELECT key, kind, schema, name, parent, signature FROM objs) o ON o.key = diff.key\n"
         "GROUP BY o.key, o.kind, o.schema, o.name, o.parent, o.signature, diff.grantee\n"
         "ORDER BY o.key, 7";
}

}  // namespace

std::string grants() {
  // `key` only joins the parts of the query; kinds: r table (a foreign table too), v view, m materialized view,
  // S sequence, c column, n schema, T type, f function, W foreign data wrapper, V foreign server.
  auto key = [](const std::string& parts) { return "concat_ws(chr(1), " + parts + ")"; };
  const std::string rel = user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid");
  std::string objects =
      // Tables, foreign tables, views, materialized views and sequences (views share the relation privileges).
      "  SELECT " + key("c.relkind::text, n.nspname, c.relname") +
      " AS key, CASE WHEN c.relkind IN ('S', 'v', 'm') THEN c.relkind::text ELSE 'r' END AS kind,\n"
      "    n.nspname::text AS schema, c.relname::text AS name, '' AS parent, '' AS signature, c.relowner AS owner,\n"
      "    coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner)) AS acl,\n"
      "    acldefault(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\", c.relowner) AS dflt\n"
      "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
      "  WHERE c.relacl IS NOT NULL AND (" + modelled_table("c", "n") + " OR (c.relkind IN ('S', 'v', 'm', 'f') AND " + rel + "))\n"
      // Columns (their defaults are empty).
      "  UNION ALL SELECT " + key("'c', n.nspname, c.relname, a.attname") +
      ", 'c', n.nspname, a.attname, c.relname, '', c.relowner, a.attacl, NULL::pg_catalog.aclitem[]\n"
      "  FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n"
      "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
      "  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped\n"
      "    AND (" + modelled_table("c", "n") + " OR (c.relkind IN ('v', 'm', 'f') AND " + rel + "))\n"
      // Schemas: every PostgreSQL 15 database is created with USAGE on public granted to PUBLIC.
      "  UNION ALL SELECT " + key("'n', n.nspname") +
      ", 'n', '', n.nspname, '', '', n.nspowner, coalesce(n.nspacl, acldefault('n', n.nspowner)),\n"
      "    acldefault('n', n.nspowner) || CASE WHEN n.nspname = 'public'\n"
      "      THEN ARRAY[makeaclitem(0, n.nspowner, 'USAGE', false)] END\n"
      "  FROM pg_catalog.pg_namespace n\n"
      "  WHERE (n.nspacl IS NOT NULL OR n.nspname = 'public') AND " + user_schema("n") + " AND " +
      not_extension_member("pg_namespace", "n.oid") + "\n"
      // Types: not arrays (they follow their element type) nor the row types of relations.
      "  UNION ALL SELECT " + key("'T', n.nspname, t.typname") +
      ", 'T', n.nspname, t.typname, '', '', t.typowner, t.typacl, acldefault('T', t.typowner)\n"
      "  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
      "  WHERE t.typacl IS NOT NULL AND " + user_schema("n") + " AND " + not_extension_member("pg_type", "t.oid") +
      "\n    AND (t.typrelid = 0 OR (SELECT r.relkind FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid) = 'c')\n"
      "    AND NOT (t.typelem <> 0 AND t.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc)\n"
      // Functions and procedures, named by their argument types as dependencies name them.
      "  UNION ALL SELECT " + key("'f', n.nspname, p.proname, oidvectortypes(p.proargtypes)") +
      ", 'f', n.nspname, p.proname, '', oidvectortypes(p.proargtypes), p.proowner, p.proacl, acldefault('f', p.proowner)\n"
      "  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n"
      "  WHERE p.proacl IS NOT NULL AND p.prokind IN ('f', 'p') AND " + user_schema("n") + " AND " +
      not_extension_member("pg_proc", "p.oid") + "\n"
      // Foreign data wrappers and servers.
      "  UNION ALL SELECT " + key("'W', w.fdwname") + ", 'W', '', w.fdwname, '', '', w.fdwowner, w.fdwacl, acldefault('F', w.fdwowner)\n"
      "  FROM pg_catalog.pg_foreign_data_wrapper w\n"
      "  WHERE w.fdwacl IS NOT NULL AND " + not_extension_member("pg_foreign_data_wrapper", "w.oid") + "\n"
      "  UNION ALL SELECT " + key("'V', s.srvname") + ", 'V', '', s.srvname, '', '', s.srvowner, s.srvacl, acldefault('S', s.srvowner)\n"
      "  FROM pg_catalog.pg_foreign_server s\n"
      "  WHERE s.srvacl IS NOT NULL AND " + not_extension_member("pg_foreign_server", "s.oid");
  return acl_difference(objects);
}

std::string default_privileges() {
  // Defaults for every schema start from the built-in ones (EXECUTE and USAGE to PUBLIC on functions and
  // types); IN SCHEMA entries only add to them. The connecting role's own are read without a role, as ALTER
  // DEFAULT PRIVILEGES without FOR ROLE states them: they are the ones a plan's CREATE statements meet.
  std::string objects =
      "  SELECT d.oid::text AS key, d.defaclobjtype::text AS kind, coalesce(n.nspname::text, '') AS schema,\n"
      "    CASE WHEN pg_get_userbyid(d.defaclrole) = current_user THEN ''\n"
      "      ELSE pg_get_userbyid(d.defaclrole)::text END AS name, '' AS parent, '' AS signature,\n"
      "    d.defaclrole AS owner,\n"
      "    d.defaclacl AS acl,\n"
      "    CASE WHEN d.defaclnamespace = 0\n"
      "      THEN acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END::\"char\", d.defaclrole)\n"
      "      END AS dflt\n"
      "  FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace";
  return acl_difference(objects);
}

std::string owners() {
  const std::string pg_class = regclass("pg_class");
  // A sequence owned by a column (serial) or internal to it (identity) follows its table's owner.
  const std::string own_sequence =
      "c.relkind = 'S' AND " + user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid") +
      " AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend od WHERE od.classid = " + pg_class +
      " AND od.objid = c.oid AND od.refclassid = " + pg_class + " AND od.deptype IN ('a', 'i'))";
  return "SELECT kind, schema, name, signature, pg_get_userbyid(owner)::text AS owner FROM (\n"
         "  SELECT 'n' AS kind, '' AS schema, n.nspname::text AS name, '' AS signature, n.nspowner AS owner\n"
         "  FROM pg_catalog.pg_namespace n WHERE " + user_schema("n") + " AND " +
         not_extension_member("pg_namespace", "n.oid") + "\n"
         "  UNION ALL SELECT CASE WHEN c.relkind IN ('S', 'v', 'm') THEN c.relkind::text ELSE 'r' END, n.nspname, c.relname,\n"
         "    '', c.relowner\n"
         "  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
         "  WHERE " + modelled_table("c", "n") + " OR (" + own_sequence + ")\n"
         "    OR (c.relkind IN ('v', 'm', 'f') AND " + user_schema("n") + " AND " + not_extension_member("pg_class", "c.oid") + ")\n"
         // Enums, domains, range types and composite types (not the row types of relations).
         "  UNION ALL SELECT 'T', n.nspname, t.typname, '', t.typowner\n"
         "  FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace\n"
         "  WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT r.relkind FROM pg_catalog.pg_class r\n"
         "    WHERE r.oid = t.typrelid) = 'c')) AND " + user_schema("n") + " AND " + not_extension_member("pg_type", "t.oid") + "\n"
         "  UNION ALL SELECT 'f', n.nspname, p.proname, oidvectortypes(p.proargtypes), p.proowner\n"
         "  FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace\n"
         "  WHERE p.prokind IN ('f', 'p') AND " + user_schema("n") + " AND " + not_extension_member("pg_proc", "p.oid") +
         " AND " + not_internal("pg_proc", "p.oid") + "\n"
         // Foreign data wrappers and servers, publications, event triggers.
         "  UNION ALL SELECT 'W', '', w.fdwname, '', w.fdwowner FROM pg_catalog.pg_foreign_data_wrapper w\n"
         "  WHERE " + not_extension_member("pg_foreign_data_wrapper", "w.oid") + "\n"
         "  UNION ALL SELECT 'V', '', s.srvname, '', s.srvowner FROM pg_catalog.pg_foreign_server s\n"
         "  WHERE " + not_extension_member("pg_foreign_server", "s.oid") + "\n"
         "  UNION ALL SELECT 'P', '', p.pubname, '', p.pubowner FROM pg_catalog.pg_publication p\n"
         "  WHERE " + not_extension_member("pg_publication", "p.oid") + "\n"
         "  UNION ALL SELECT 'E', '', e.evtname, '', e.evtowner FROM pg_catalog.pg_event_trigger e\n"
         "  WHERE " + not_extension_member("pg_event_trigger", "e.oid") + "\n"
         // Operators (not shells, which the operator naming them makes again).
         "  UNION ALL SELECT 'O', n.nspname, o.oprname, " + operator_signature("o") + ", o.oprowner\n"
         "  FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace\n"
         "  WHERE o.oprcode <> 0 AND " + user_schema("n") + " AND " + not_extension_member("pg_operator", "o.oid") + "\n"
         // Operator classes and families, named with their access method.
         "  UNION ALL SELECT 'K', n.nspname, oc.opcname, am.amname, oc.opcowner FROM pg_catalog.pg_opclass oc\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_opclass", "oc.oid") + "\n"
         "  UNION ALL SELECT 'Y', n.nspname, f.opfname, am.amname, f.opfowner FROM pg_catalog.pg_opfamily f\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_opfamily", "f.oid") + "\n"
         // Collations.
         "  UNION ALL SELECT 'L', n.nspname, co.collname, '', co.collowner FROM pg_catalog.pg_collation co\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_collation", "co.oid") + "\n"
         // Extended statistics.
         "  UNION ALL SELECT 'X', n.nspname, st.stxname, '', st.stxowner FROM pg_catalog.pg_statistic_ext st\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = st.stxnamespace\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_statistic_ext", "st.oid") + "\n"
         // Text search dictionaries and configurations (parsers and templates have no owner).
         "  UNION ALL SELECT 'D', n.nspname, td.dictname, '', td.dictowner FROM pg_catalog.pg_ts_dict td\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = td.dictnamespace\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_ts_dict", "td.oid") + "\n"
         "  UNION ALL SELECT 'G', n.nspname, tc.cfgname, '', tc.cfgowner FROM pg_catalog.pg_ts_config tc\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = tc.cfgnamespace\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_ts_config", "tc.oid") + "\n"
         "  UNION ALL SELECT 'C', n.nspname, cv.conname, '', cv.conowner FROM pg_catalog.pg_conversion cv\n"
         "  JOIN pg_catalog.pg_namespace n ON n.oid = cv.connamespace\n"
         "  WHERE " + user_schema("n") + " AND " + not_extension_member("pg_conversion", "cv.oid") + "\n"
         // Objects of the connecting role are what a migration creates: no owner to state.
         ") o WHERE pg_get_userbyid(owner) <> current_user\n"
         "ORDER BY 1, 2, 3, 4";
}

}  // namespace queries

void read_policies(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Policy p;
    p.schema = r.text("schema");
    p.table = r.text("table_name");
    p.name = r.text("name");
    p.permissive = r.flag("permissive");
    switch (r.letter("command")) {
      case 'r': p.command = "SELECT"; break;
      case 'a': p.command = "INSERT"; break;
      case 'w': p.command = "UPDATE"; break;
      case 'd': p.command = "DELETE"; break;
      default: p.command = "ALL"; break;
    }
    p.roles = r.list("roles");
    p.using_expr = reloaded(r.optional_text("using_expr"));
    p.check_expr = reloaded(r.optional_text("check_expr"));
    p.columns = r.list("columns");
    p.comment = r.optional_text("comment");
    p.meta.deps = decode_deps(r.list("deps"));
    catalog.policies.push_back(std::move(p));
  });
}

void read_grants(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Grant g;
    std::string kind = r.text("kind");
    std::string schema = r.text("schema"), name = r.text("name");
    if (kind == "S") g.object = {ObjectKind::Sequence, schema, name, "", ""};
    else if (kind == "v") g.object = {ObjectKind::View, schema, name, "", ""};
    else if (kind == "m") g.object = {ObjectKind::MaterializedView, schema, name, "", ""};
    else if (kind == "c") g.object = {ObjectKind::Column, schema, name, r.text("parent"), ""};
    else if (kind == "n") g.object = {ObjectKind::Schema, "", name, "", ""};
    else if (kind == "T") g.object = {ObjectKind::Type, schema, name, "", ""};
    else if (kind == "f") g.object = {ObjectKind::Function, schema, name, "", r.text("signature")};
    else if (kind == "W") g.object = {ObjectKind::ForeignDataWrapper, "", name, "", ""};
    else if (kind == "V") g.object = {ObjectKind::ForeignServer, "", name, "", ""};
    else g.object = {ObjectKind::Table, schema, name, "", ""};
    g.grantee = r.text("grantee");
    g.privileges = r.list("privileges");
    g.grantable = r.list("grantable");
    g.revoked = r.list("revoked");
    catalog.grants.push_back(std::move(g));
  });
}

void read_default_privileges(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    DefaultPrivilege d;
    d.role = r.text("name");
    d.schema = r.text("schema");
    d.objtype = r.letter("kind");
    d.grantee = r.text("grantee");
    d.privileges = r.list("privileges");
    d.grantable = r.list("grantable");
    d.revoked = r.list("revoked");
    catalog.default_privileges.push_back(std::move(d));
  });
}

}  // namespace schemaplan::introspect

namespace schemaplan::introspect {

void read_owners(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Ownership o;
    std::string kind = r.text("kind");
    std::string schema = r.text("schema"), name = r.text("name");
    if (kind == "n") o.object = {ObjectKind::Schema, "", name, "", ""};
    else if (kind == "S") o.object = {ObjectKind::Sequence, schema, name, "", ""};
    else if (kind == "T") o.object = {ObjectKind::Type, schema, name, "", ""};
    else if (kind == "v") o.object = {ObjectKind::View, schema, name, "", ""};
    else if (kind == "m") o.object = {ObjectKind::MaterializedView, schema, name, "", ""};
    else if (kind == "f") o.object = {ObjectKind::Function, schema, name, "", r.text("signature")};
    else if (kind == "W") o.object = {ObjectKind::ForeignDataWrapper, "", name, "", ""};
    else if (kind == "V") o.object = {ObjectKind::ForeignServer, "", name, "", ""};
    else if (kind == "P") o.object = {ObjectKind::Publication, "", name, "", ""};
    else if (kind == "E") o.object = {ObjectKind::EventTrigger, "", name, "", ""};
    else if (kind == "O") o.object = {ObjectKind::Operator, schema, name, "", r.text("signature")};
    else if (kind == "K") o.object = {ObjectKind::OperatorClass, schema, name, "", r.text("signature")};
    else if (kind == "Y") o.object = {ObjectKind::OperatorFamily, schema, name, "", r.text("signature")};
    else if (kind == "L") o.object = {ObjectKind::Collation, schema, name, "", ""};
    else if (kind == "X") o.object = {ObjectKind::Statistics, schema, name, "", ""};
    else if (kind == "D") o.object = {ObjectKind::TextSearchDictionary, schema, name, "", ""};
    else if (kind == "G") o.object = {ObjectKind::TextSearchConfiguration, schema, name, "", ""};
    else if (kind == "C") o.object = {ObjectKind::Conversion, schema, name, "", ""};
    else o.object = {ObjectKind::Table, schema, name, "", ""};
    o.owner = r.text("owner");
    catalog.owners.push_back(std::move(o));
  });
}

}  // namespace schemaplan::introspect
