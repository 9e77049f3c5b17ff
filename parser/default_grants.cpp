// ALTER DEFAULT PRIVILEGES at work: an object created after such a statement starts with its privileges.
#include <algorithm>
#include <map>

#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

std::vector<std::string> merged(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

/// The pg_default_acl object type letter of the default privileges that apply to `kind`.
char objtype_of(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return 'r';
    case ObjectKind::Sequence: return 'S';
    case ObjectKind::Function: return 'f';
    case ObjectKind::Type: return 'T';
    case ObjectKind::Schema: return 'n';
    default: return 0;
  }
}

}  // namespace

void Transformer::grant_defaults_on_create(const StmtCtx& ctx, const ObjectId& object) {
  char objtype = objtype_of(object.kind);
  if (!objtype) return;
  // In the Changes phase, at the CREATE's place in file order: after earlier ALTER DEFAULT PRIVILEGES, before
  // later GRANT and REVOKE on the object.
  defer(Phase::Changes, ctx, [this, ctx, object, objtype] {
    // PostgreSQL starts from the defaults for every schema and adds those of the object's schema (which can
    // only grant). The modelled entries are differences from the built-in defaults, as grants are.
    std::map<std::string, Grant> by_grantee;
    for (const auto& d : cat_.default_privileges) {
      if (!d.role.empty() || d.objtype != objtype) continue;
      if (!d.schema.empty() && (object.kind == ObjectKind::Schema || d.schema != object.schema)) continue;
      Grant& g = by_grantee[d.grantee];
      g.privileges = merged(g.privileges, d.privileges);
      g.grantable = merged(g.grantable, d.grantable);
      if (d.schema.empty()) g.revoked = merged(g.revoked, d.revoked);
    }
    for (auto& [grantee, g] : by_grantee) {
      if (g.privileges.empty() && g.revoked.empty()) continue;
      // A grant already there (CREATE OR REPLACE of an existing function) keeps what was said of it.
      if (std::any_of(cat_.grants.begin(), cat_.grants.end(),
                      [&](const Grant& x) { return x.object == object && x.grantee == grantee; }))
        continue;
      g.object = object;
      g.grantee = grantee;
      g.meta.span = ctx.span();
      cat_.grants.push_back(std::move(g));
    }
  });
}

}  // namespace schemaplan::parser
