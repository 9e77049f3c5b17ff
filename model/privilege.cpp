#include "model/model.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "model/sql_writer.h"

namespace schemaplan {
namespace {

std::string grantee_text(const std::string& g) { return g == "PUBLIC" ? g : sql::ident(g); }

}  // namespace

ObjectId Grant::id() const {
  // The description doubles as the key: the object's printable form is unique per object, and so is the
  // grantee per object.
  return {ObjectKind::Grant, object.schema, "on " + object.str() + " for " + grantee_text(grantee), "", ""};
}

ObjectId DefaultPrivilege::id() const {
  std::string text = std::string("on ") + objtype_keyword() + " created by " +
                     (role.empty() ? std::string("the current role") : "role " + sql::ident(role));
  if (!schema.empty()) text += " in schema " + sql::ident(schema);
  text += " for " + grantee_text(grantee);
  return {ObjectKind::DefaultPrivilege, schema, text, "", ""};
}

const char* DefaultPrivilege::objtype_keyword() const {
  switch (objtype) {
    case 'r': return "TABLES";
    case 'S': return "SEQUENCES";
    case 'f': return "FUNCTIONS";
    case 'T': return "TYPES";
    case 'n': return "SCHEMAS";
  }
  return "TABLES";
}

char default_privilege_objtype(ObjectKind kind) {
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

std::vector<Grant> grants_on_create(const std::vector<DefaultPrivilege>& defaults, const ObjectId& object) {
  auto merged = [](std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
  };
  char objtype = default_privilege_objtype(object.kind);
  std::vector<Grant> out;
  if (!objtype) return out;
  std::map<std::string, Grant> by_grantee;
  for (const auto& d : defaults) {
    if (!d.role.empty() || d.objtype != objtype) continue;
    if (!d.schema.empty() && (object.kind == ObjectKind::Schema || d.schema != object.schema)) continue;
    Grant& g = by_grantee[d.grantee];
    g.privileges = merged(g.privileges, d.privileges);
    g.grantable = merged(g.grantable, d.grantable);
    if (d.schema.empty()) g.revoked = merged(g.revoked, d.revoked);
  }
  for (auto& [grantee, g] : by_grantee) {
    if (g.privileges.empty() && g.revoked.empty()) continue;
    g.object = object;
    g.grantee = grantee;
    out.push_back(std::move(g));
  }
  return out;
}

ObjectKind default_privilege_kind(char objtype) {
  switch (objtype) {
    case 'S': return ObjectKind::Sequence;
    case 'f': return ObjectKind::Function;
    case 'T': return ObjectKind::Type;
    case 'n': return ObjectKind::Schema;
  }
  return ObjectKind::Table;
}

std::vector<std::string> all_privileges(ObjectKind kind) {
  // PostgreSQL 15's ACL_ALL_RIGHTS_* per object class, as keywords, sorted.
  switch (kind) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
      return {"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"};
    case ObjectKind::Column: return {"INSERT", "REFERENCES", "SELECT", "UPDATE"};
    case ObjectKind::Sequence: return {"SELECT", "UPDATE", "USAGE"};
    case ObjectKind::Schema: return {"CREATE", "USAGE"};
    case ObjectKind::Type:
    case ObjectKind::ForeignDataWrapper:
    case ObjectKind::ForeignServer: return {"USAGE"};
    case ObjectKind::Function: return {"EXECUTE"};
    default: return {};
  }
}

std::vector<std::string> public_defaults(const ObjectId& object) {
  switch (object.kind) {
    case ObjectKind::Function: return {"EXECUTE"};
    case ObjectKind::Type: return {"USAGE"};
    // Every PostgreSQL 15 database is created with USAGE on public granted to PUBLIC.
    case ObjectKind::Schema: return object.name == "public" ? std::vector<std::string>{"USAGE"} : std::vector<std::string>{};
    default: return {};
  }
}

namespace {

/// Whether `c` holds `id`, an object of a kind that has an owner (Ownership).
bool holds_owned(const Catalog& c, const ObjectId& id) {
  switch (id.kind) {
    case ObjectKind::Schema: return c.schema(id.name) != nullptr;
    case ObjectKind::Table: return c.table(id.schema, id.name) || c.generic(id);  // a foreign table is generic
    case ObjectKind::Sequence: return c.sequence(id.schema, id.name) != nullptr;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: {
      const View* v = c.view(id.schema, id.name);
      return v && v->id() == id;
    }
    case ObjectKind::Function:
      return std::any_of(c.functions.begin(), c.functions.end(), [&](const Function& f) { return f.id() == id; });
    case ObjectKind::Type:
      return c.enum_type(id.schema, id.name) || c.domain(id.schema, id.name) || c.composite(id.schema, id.name) ||
             c.generic(id);
    default: return c.generic(id) != nullptr;
  }
}

}  // namespace

void keep_stated_owners(Catalog& from, const Catalog& to) {
  // The owner of an object `to` drops stays: nothing changes it forwards, but the rollback that creates the
  // object again gives it back (planner/planner.cpp).
  std::erase_if(from.owners, [&](const Ownership& o) {
    return holds_owned(to, o.object) &&
           std::none_of(to.owners.begin(), to.owners.end(), [&](const Ownership& t) { return t.object == o.object; });
  });
}

void normalize_security(Catalog& c) {
  // A sequence owned by a column has its table's owner (ALTER TABLE ... OWNER TO moves it along).
  std::erase_if(c.owners, [&](const Ownership& o) {
    const Sequence* s = o.object.kind == ObjectKind::Sequence ? c.sequence(o.object.schema, o.object.name) : nullptr;
    return s && !s->owned_by_table.empty();
  });
  std::sort(c.owners.begin(), c.owners.end(), [](const Ownership& a, const Ownership& b) { return a.id() < b.id(); });
  for (auto& p : c.policies) std::sort(p.roles.begin(), p.roles.end());
  std::sort(c.policies.begin(), c.policies.end(), [](const Policy& a, const Policy& b) {
    return std::tie(a.schema, a.table, a.name) < std::tie(b.schema, b.table, b.name);
  });
  auto tidy = [](auto& g) {
    for (auto* v : {&g.privileges, &g.grantable, &g.revoked}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
  };
  for (auto& g : c.grants) tidy(g);
  for (auto& g : c.default_privileges) tidy(g);
  // An entry that differs from the defaults in nothing is no entry.
  // (The owner's entry may hold grant options on privileges it has by default, and nothing else.)
  std::erase_if(c.grants, [](const Grant& g) { return g.privileges.empty() && g.revoked.empty() && g.grantable.empty(); });
  std::erase_if(c.default_privileges,
                [](const DefaultPrivilege& g) { return g.privileges.empty() && g.revoked.empty(); });
  std::sort(c.grants.begin(), c.grants.end(), [](const Grant& a, const Grant& b) { return a.id() < b.id(); });
  std::sort(c.default_privileges.begin(), c.default_privileges.end(),
            [](const DefaultPrivilege& a, const DefaultPrivilege& b) { return a.id() < b.id(); });
}

}  // namespace schemaplan
