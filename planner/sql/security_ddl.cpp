// Row-level security, policies, grants and default privileges.
#include <algorithm>
#include <iterator>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

std::string grantee_sql(const std::string& g) { return g == "PUBLIC" ? g : sql::ident(g); }

std::string keyword_list(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::vector<std::string> minus(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

/// `ON <kind> <name>` of a grant's object; a column's privileges are written `priv (column) ON TABLE t`.
std::string grant_target(const ObjectId& o) {
  switch (o.kind) {
    case ObjectKind::Column: return "TABLE " + sql::qualified(o.schema, o.parent);
    case ObjectKind::Sequence: return "SEQUENCE " + sql::qualified(o.schema, o.name);
    case ObjectKind::Schema: return "SCHEMA " + sql::ident(o.name);
    case ObjectKind::Type: return "TYPE " + sql::qualified(o.schema, o.name);
    case ObjectKind::Function: return "FUNCTION " + sql::qualified(o.schema, o.name) + "(" + o.signature + ")";
    case ObjectKind::ForeignDataWrapper: return "FOREIGN DATA WRAPPER " + sql::ident(o.name);
    case ObjectKind::ForeignServer: return "FOREIGN SERVER " + sql::ident(o.name);
    default: return "TABLE " + sql::qualified(o.schema, o.name);
  }
}

/// The privilege list of a GRANT/REVOKE: `SELECT, UPDATE`, or `SELECT (email), UPDATE (email)` for a column.
std::string privilege_list(const ObjectId& o, const std::vector<std::string>& privs) {
  if (o.kind != ObjectKind::Column) return keyword_list(privs);
  std::string out;
  for (const auto& p : privs) out += (out.empty() ? "" : ", ") + p + " (" + sql::ident(o.name) + ")";
  return out;
}

/// The statements that take `grantee`'s privileges on one target from `before` to `after`. `head` is the
/// statement prefix (`` or `ALTER DEFAULT PRIVILEGES FOR ROLE r `), `list` spells a privilege list.
template <class List>
Statements privilege_changes(const std::string& head, const std::string& target, const std::string& grantee,
                             const std::vector<std::string>& privs_before, const std::vector<std::string>& grantable_before,
                             const std::vector<std::string>& revoked_before, const std::vector<std::string>& privs_after,
                             const std::vector<std::string>& grantable_after, const std::vector<std::string>& revoked_after,
                             List list) {
  Statements out;
  std::string g = grantee_sql(grantee);
  auto revoke = [&](const std::vector<std::string>& p, const char* what) {
    if (!p.empty()) out.push_back(head + "REVOKE " + what + list(p) + " ON " + target + " FROM " + g);
  };
  auto grant = [&](const std::vector<std::string>& p, bool option) {
    if (!p.empty()) out.push_back(head + "GRANT " + list(p) + " ON " + target + " TO " + g + (option ? " WITH GRANT OPTION" : ""));
  };
  revoke(minus(privs_before, privs_after), "");
  // Grant options that go while the privilege stays: held beyond the defaults, or (the owner's) by default.
  revoke(minus(minus(minus(grantable_before, grantable_after), minus(privs_before, privs_after)), revoked_after),
         "GRANT OPTION FOR ");
  revoke(minus(revoked_after, revoked_before), "");
  grant(minus(revoked_before, revoked_after), false);
  grant(minus(minus(privs_after, privs_before), grantable_after), false);
  grant(minus(grantable_after, grantable_before), true);
  return out;
}

std::string policy_roles(const Policy& p) {
  std::string out;
  for (const auto& r : p.roles) out += (out.empty() ? "" : ", ") + grantee_sql(r);
  return out.empty() ? "PUBLIC" : out;
}

}  // namespace

Statements row_security(const Table& before, const Table& after) {
  Statements out;
  std::string q = "ALTER TABLE " + sql::qualified(after.schema, after.name);
  if (before.row_security != after.row_security)
    out.push_back(q + (after.row_security ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
  if (before.force_row_security != after.force_row_security)
    out.push_back(q + (after.force_row_security ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
  return out;
}

Statements create_policy(const Policy& p) {
  std::string s = "CREATE POLICY " + sql::ident(p.name) + " ON " + sql::qualified(p.schema, p.table);
  if (!p.permissive) s += " AS RESTRICTIVE";
  if (p.command != "ALL") s += " FOR " + p.command;
  s += " TO " + policy_roles(p);
  if (p.using_expr) s += " USING (" + *p.using_expr + ")";
  if (p.check_expr) s += " WITH CHECK (" + *p.check_expr + ")";
  Statements out{s};
  if (p.comment) out.push_back(comment_on("POLICY", sql::ident(p.name) + " ON " + sql::qualified(p.schema, p.table), p.comment));
  return out;
}

Statements drop_policy(const Policy& p) {
  return {"DROP POLICY " + sql::ident(p.name) + " ON " + sql::qualified(p.schema, p.table)};
}

Statements alter_policy(const Policy& before, const Policy& after) {
  Statements out;
  std::string s;
  if (before.roles != after.roles) s += " TO " + policy_roles(after);
  if (before.using_expr != after.using_expr && after.using_expr) s += " USING (" + *after.using_expr + ")";
  if (before.check_expr != after.check_expr && after.check_expr) s += " WITH CHECK (" + *after.check_expr + ")";
  std::string target = sql::ident(after.name) + " ON " + sql::qualified(after.schema, after.table);
  if (!s.empty()) out.push_back("ALTER POLICY " + target + s);
  if (before.comment != after.comment) out.push_back(comment_on("POLICY", target, after.comment));
  return out;
}

Statements change_grant(const Grant& before, const Grant& after) {
  const ObjectId& o = after.object;
  return privilege_changes("", grant_target(o), after.grantee, before.privileges, before.grantable, before.revoked,
                           after.privileges, after.grantable, after.revoked,
                           [&](const std::vector<std::string>& p) { return privilege_list(o, p); });
}

Statements change_default_privilege(const DefaultPrivilege& before, const DefaultPrivilege& after) {
  std::string head = "ALTER DEFAULT PRIVILEGES ";
  if (!after.role.empty()) head += "FOR ROLE " + sql::ident(after.role) + " ";
  if (!after.schema.empty()) head += "IN SCHEMA " + sql::ident(after.schema) + " ";
  return privilege_changes(head, after.objtype_keyword(), after.grantee, before.privileges, before.grantable,
                           before.revoked, after.privileges, after.grantable, after.revoked, keyword_list);
}

}  // namespace schemaplan::ddl

namespace schemaplan::ddl {

Statements set_owner(const ObjectId& object, const std::string& owner) {
  std::string what;
  switch (object.kind) {
    case ObjectKind::Schema: what = "SCHEMA " + sql::ident(object.name); break;
    case ObjectKind::Sequence: what = "SEQUENCE " + sql::qualified(object.schema, object.name); break;
    // ALTER TYPE takes domains and composite types too.
    case ObjectKind::Type: what = "TYPE " + sql::qualified(object.schema, object.name); break;
    case ObjectKind::View: what = "VIEW " + sql::qualified(object.schema, object.name); break;
    case ObjectKind::MaterializedView: what = "MATERIALIZED VIEW " + sql::qualified(object.schema, object.name); break;
    // ALTER ROUTINE takes functions and procedures alike.
    case ObjectKind::Function:
      what = "ROUTINE " + sql::qualified(object.schema, object.name) + "(" + object.signature + ")";
      break;
    default:
      what = is_generic_kind(object.kind) ? generic_address(object) : "TABLE " + sql::qualified(object.schema, object.name);
      break;
  }
  // No owner stated means the role running the migration.
  return {"ALTER " + what + " OWNER TO " + (owner.empty() ? std::string("CURRENT_USER") : sql::ident(owner))};
}

}  // namespace schemaplan::ddl
