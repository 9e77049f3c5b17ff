#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {

std::string comment_on(const std::string& what, const std::string& target, const std::optional<std::string>& text) {
  return "COMMENT ON " + what + " " + target + " IS " + (text ? sql::literal(*text) : std::string("NULL"));
}

Statements create_schema(const Schema& s) {
  // Every database starts with "public": creating it must not fail where it already exists.
  Statements out{s.name == "public" ? "CREATE SCHEMA IF NOT EXISTS public" : "CREATE SCHEMA " + sql::ident(s.name)};
  if (s.comment) out.push_back(comment_on("SCHEMA", sql::ident(s.name), s.comment));
  return out;
}

Statements drop_schema(const Schema& s) { return {"DROP SCHEMA " + sql::ident(s.name)}; }

Statements alter_schema(const Schema& before, const Schema& after) {
  if (before.comment != after.comment) return {comment_on("SCHEMA", sql::ident(after.name), after.comment)};
  return {};
}

Statements create_extension(const Extension& e) {
  std::string s = "CREATE EXTENSION " + sql::ident(e.name);
  if (!e.schema.empty()) s += " WITH SCHEMA " + sql::ident(e.schema);
  if (!e.version.empty()) s += " VERSION " + sql::literal(e.version);
  Statements out{s};
  if (e.comment) out.push_back(comment_on("EXTENSION", sql::ident(e.name), e.comment));
  return out;
}

Statements drop_extension(const Extension& e) { return {"DROP EXTENSION " + sql::ident(e.name)}; }

Statements alter_extension(const Extension& before, const Extension& after) {
  Statements out;
  if (before.schema != after.schema)
    out.push_back("ALTER EXTENSION " + sql::ident(after.name) + " SET SCHEMA " + sql::ident(after.schema));
  if (!before.version.empty() && !after.version.empty() && before.version != after.version)
    out.push_back("ALTER EXTENSION " + sql::ident(after.name) + " UPDATE TO " + sql::literal(after.version));
  if (before.comment != after.comment) {
    if (after.comment) {
      out.push_back(comment_on("EXTENSION", sql::ident(after.name), after.comment));
    } else {
      // No comment of the user's is the comment CREATE EXTENSION sets from the control file (introspection
      // reads that one as none): put it back rather than leave none. COMMENT ON takes no expression.
      out.push_back("DO $schemaplan$ BEGIN EXECUTE format('COMMENT ON EXTENSION %I IS %L', " + sql::literal(after.name) +
                    ", (SELECT comment FROM pg_catalog.pg_available_extensions WHERE name = " + sql::literal(after.name) +
                    ")); END $schemaplan$");
    }
  }
  return out;
}

}  // namespace schemaplan::ddl
