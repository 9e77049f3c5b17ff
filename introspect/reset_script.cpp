#include "introspect/reset_script.h"

#include "model/model.h"
#include "model/sql_writer.h"

namespace schemaplan::introspect {
namespace {

std::string names(const QueryFn& query, const std::string& sql) {
  std::vector<std::string> out;
  for_each_row(query(sql), [&](const TextRow& r) { out.push_back(r.text("name")); });
  return sql::ident_list(out);
}

}  // namespace

std::string reset_script(const QueryFn& query) {
  // Members of an extension go with their extension.
  auto not_member = [](const char* catalog) {
    return std::string(" WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.") +
           catalog + "'::pg_catalog.regclass AND d.objid = g.oid AND d.deptype = 'e')";
  };
  std::string script;
  auto drop = [&](const char* what, const std::string& list, const char* tail) {
    if (!list.empty()) script += std::string("DROP ") + what + " IF EXISTS " + list + tail + ";\n";
  };
  // Database-wide objects first: event triggers would otherwise fire on the drops below.
  drop("EVENT TRIGGER", names(query, "SELECT evtname AS name FROM pg_catalog.pg_event_trigger g" + not_member("pg_event_trigger") + " ORDER BY 1"), "");
  drop("PUBLICATION", names(query, "SELECT pubname AS name FROM pg_catalog.pg_publication g ORDER BY 1"), "");
  // plpgsql is part of every fresh database. Extensions go before schemas: an extension may own a schema,
  // and dropping its objects schema by schema would fail on the extension's dependencies.
  drop("EXTENSION",
       names(query, "SELECT extname AS name FROM pg_catalog.pg_extension WHERE extname <> 'plpgsql' ORDER BY 1"),
       " CASCADE");
  drop("FOREIGN DATA WRAPPER",
       names(query, "SELECT fdwname AS name FROM pg_catalog.pg_foreign_data_wrapper g" + not_member("pg_foreign_data_wrapper") + " ORDER BY 1"),
       " CASCADE");
  drop("SCHEMA",
       names(query,
             "SELECT nspname AS name FROM pg_catalog.pg_namespace WHERE nspname NOT IN ('pg_catalog', "
             "'information_schema', 'pg_toast') AND nspname !~ '^pg_(toast_)?temp_' ORDER BY 1"),
       " CASCADE");
  // Default privileges for every schema belong to the database, not to a schema: put each back to the built-in
  // defaults, which makes PostgreSQL delete its entry (those IN SCHEMA went with their schema).
  for_each_row(query("SELECT pg_get_userbyid(d.defaclrole) AS role, d.defaclobjtype AS kind,\n"
                     "  ARRAY(SELECT DISTINCT pg_get_userbyid(x.grantee)::text FROM aclexplode(d.defaclacl) x\n"
                     "        WHERE x.grantee NOT IN (0, d.defaclrole) ORDER BY 1) AS grantees\n"
                     "FROM pg_catalog.pg_default_acl d WHERE d.defaclnamespace = 0 ORDER BY 1, 2"),
               [&](const TextRow& r) {
                 DefaultPrivilege d;
                 d.objtype = r.letter("kind");
                 std::string head = "ALTER DEFAULT PRIVILEGES FOR ROLE " + sql::ident(r.text("role")) + " ";
                 std::string on = std::string(" ON ") + d.objtype_keyword();
                 std::string from = "PUBLIC";
                 for (const auto& g : r.list("grantees")) from += ", " + sql::ident(g);
                 script += head + "REVOKE ALL" + on + " FROM " + from + ";\n";
                 script += head + "GRANT ALL" + on + " TO " + sql::ident(r.text("role")) + ";\n";
                 if (d.objtype == 'f' || d.objtype == 'T') script += head + "GRANT ALL" + on + " TO PUBLIC;\n";
               });
  // PostgreSQL 15's public schema: owned by pg_database_owner, usable (not creatable) by everyone, and
  // carrying the comment initdb gives it.
  script +=
      "CREATE SCHEMA public AUTHORIZATION pg_database_owner;\n"
      "GRANT USAGE ON SCHEMA public TO PUBLIC;\n"
      "COMMENT ON SCHEMA public IS 'standard public schema';\n";
  return script;
}

}  // namespace schemaplan::introspect
