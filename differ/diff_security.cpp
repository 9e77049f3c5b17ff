#include "differ/diff_security.h"

#include "differ/diff_by_key.h"

namespace schemaplan {
namespace {

using differ_detail::field;

bool compare_policy(const Policy& a, const Policy& b, std::vector<std::string>& f) {
  field(f, "permissive", a.permissive, b.permissive);
  field(f, "command", a.command, b.command);
  field(f, "roles", a.roles, b.roles);
  field(f, "using", a.using_expr, b.using_expr);
  field(f, "check", a.check_expr, b.check_expr);
  field(f, "comment", a.comment, b.comment);
  // ALTER POLICY changes roles and expressions but cannot change the command or the permissive kind, nor
  // remove an expression.
  bool removes_expr = (a.using_expr && !b.using_expr) || (a.check_expr && !b.check_expr);
  return a.permissive == b.permissive && a.command == b.command && !removes_expr;
}

template <class T>
bool compare_privileges(const T& a, const T& b, std::vector<std::string>& f) {
  field(f, "privileges", a.privileges, b.privileges);
  field(f, "grantable", a.grantable, b.grantable);
  field(f, "revoked", a.revoked, b.revoked);
  return true;
}

}  // namespace

void diff_security(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  differ_detail::diff_objects(from.policies, to.policies, out, compare_policy);
  differ_detail::diff_objects(from.grants, to.grants, out, compare_privileges<Grant>);
  differ_detail::diff_objects(from.default_privileges, to.default_privileges, out, compare_privileges<DefaultPrivilege>);
  differ_detail::diff_objects(from.owners, to.owners, out, [](const Ownership& a, const Ownership& b, std::vector<std::string>& f) {
    field(f, "owner", a.owner, b.owner);
    return true;
  });
}

}  // namespace schemaplan
