#include "differ/diff_security.h"

#include <algorithm>
#include <map>

namespace schemaplan {
namespace {

template <class T>
void add_field(std::vector<std::string>& fields, const char* name, const T& a, const T& b) {
  if (!(a == b)) fields.emplace_back(name);
}

/// Objects keyed by id(): only in `from` dropped, only in `to` created, in both compared by `compare`
/// (which says whether the change can be made in place).
template <class T, class Compare>
void diff_keyed(const std::vector<T>& from, const std::vector<T>& to, std::vector<Change>& out, Compare compare) {
  std::map<ObjectId, const T*> a, b;
  for (const auto& x : from) a.emplace(x.id(), &x);
  for (const auto& x : to) b.emplace(x.id(), &x);
  for (const auto& [k, x] : a) {
    auto it = b.find(k);
    if (it == b.end()) {
      out.push_back(Change{ChangeKind::Drop, k, *x, {}, {}, ""});
      continue;
    }
    std::vector<std::string> fields;
    bool in_place = compare(*x, *it->second, fields);
    if (fields.empty()) continue;
    std::sort(fields.begin(), fields.end());
    out.push_back(Change{in_place ? ChangeKind::Alter : ChangeKind::Recreate, k, *x, *it->second, fields, ""});
  }
  for (const auto& [k, x] : b)
    if (!a.count(k)) out.push_back(Change{ChangeKind::Create, k, {}, *x, {}, ""});
}

bool compare_policy(const Policy& a, const Policy& b, std::vector<std::string>& f) {
  add_field(f, "permissive", a.permissive, b.permissive);
  add_field(f, "command", a.command, b.command);
  add_field(f, "roles", a.roles, b.roles);
  add_field(f, "using", a.using_expr, b.using_expr);
  add_field(f, "check", a.check_expr, b.check_expr);
  add_field(f, "comment", a.comment, b.comment);
  // ALTER POLICY changes roles and expressions but cannot change the command or the permissive kind, nor
  // remove an expression.
  bool removes_expr = (a.using_expr && !b.using_expr) || (a.check_expr && !b.check_expr);
  return a.permissive == b.permissive && a.command == b.command && !removes_expr;
}

template <class T>
bool compare_privileges(const T& a, const T& b, std::vector<std::string>& f) {
  add_field(f, "privileges", a.privileges, b.privileges);
  add_field(f, "grantable", a.grantable, b.grantable);
  add_field(f, "revoked", a.revoked, b.revoked);
  return true;
}

}  // namespace

void diff_security(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  diff_keyed(from.policies, to.policies, out, compare_policy);
  diff_keyed(from.grants, to.grants, out, compare_privileges<Grant>);
  diff_keyed(from.default_privileges, to.default_privileges, out, compare_privileges<DefaultPrivilege>);
  diff_keyed(from.owners, to.owners, out, [](const Ownership& a, const Ownership& b, std::vector<std::string>& f) {
    add_field(f, "owner", a.owner, b.owner);
    return true;
  });
}

}  // namespace schemaplan
