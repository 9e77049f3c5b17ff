#include "cli/role_check.h"

#include "cli/object_spans.h"
#include "cli/sources.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan::cli {

std::map<std::string, ObjectId> named_roles(const Catalog& desired) {
  std::map<std::string, ObjectId> out;
  auto note = [&](const std::string& role, const ObjectId& by) {
    if (role.empty() || role == "PUBLIC") return;
    auto [it, fresh] = out.emplace(role, by);
    if (!fresh && by < it->second) it->second = by;
  };
  for (const auto& g : desired.grants) note(g.grantee, g.id());
  for (const auto& d : desired.default_privileges) {
    note(d.role, d.id());
    note(d.grantee, d.id());
  }
  for (const auto& p : desired.policies)
    for (const auto& r : p.roles) note(r, p.id());
  for (const auto& o : desired.owners) note(o.owner, o.id());
  // A user mapping is for a role too (PUBLIC and CURRENT_USER name none).
  for (const auto& g : desired.generics)
    if (g.kind == ObjectKind::UserMapping && g.name != "CURRENT_USER") note(g.name, g.id());
  return out;
}

std::string first_missing_role(const Catalog& desired, const std::string& conninfo) {
  auto roles = named_roles(desired);
  if (roles.empty()) return "";
  std::string list;
  for (const auto& [role, by] : roles) list += (list.empty() ? "" : ", ") + sql::literal(role);
  introspect::Database db(conninfo);
  return db.query_value("SELECT min(r) FROM unnest(ARRAY[" + list +
                        "]::text[]) AS r WHERE r NOT IN (SELECT rolname FROM pg_roles)");
}

void fail_missing_role(const Catalog& desired, const std::string& role, const std::map<ObjectId, SourceSpan>& spans) {
  const ObjectId by = named_roles(desired).at(role);
  SourceSpan span = span_for(spans, by);
  fail("missing-role",
       "role " + sql::ident(role) + " (named by " + by.str() + ") does not exist on the --from server: roles are " +
           "cluster-wide and schemaplan does not create them; create it there first",
       span, source_text(span.file));
}

void check_roles_exist(const Catalog& desired, const std::map<ObjectId, SourceSpan>& spans,
                       const std::string& conninfo) {
  std::string missing = first_missing_role(desired, conninfo);
  if (!missing.empty()) fail_missing_role(desired, missing, spans);
}

}  // namespace schemaplan::cli
