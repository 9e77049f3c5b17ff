// GRANT / REVOKE on tables (foreign ones too), views, materialized views, columns, sequences, schemas, types,
// functions, foreign data wrappers and servers, and
// ALTER DEFAULT PRIVILEGES; OWNER TO of the kinds whose owners are modelled.
// Both keep the model's canonical form (model/privilege.h): per grantee, what differs from the defaults.
#include <algorithm>
#include <iterator>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

/// One privilege of a GRANT/REVOKE list: `SELECT`, `UPDATE (a, b)`; an empty name stands for ALL.
struct PrivilegeItem {
  std::string name;
  std::vector<std::string> columns;
};

std::vector<PrivilegeItem> privilege_items(const PgQuery__GrantStmt* s) {
  std::vector<PrivilegeItem> out;
  for (size_t i = 0; i < s->n_privileges; ++i) {
    const auto* p = s->privileges[i]->access_priv;
    PrivilegeItem item;
    if (p->priv_name) item.name = ascii_upper(p->priv_name);
    if (item.name == "TEMP") item.name = "TEMPORARY";
    item.columns = strings(p->cols, p->n_cols);
    out.push_back(std::move(item));
  }
  if (out.empty()) out.push_back({});  // ALL [PRIVILEGES]
  return out;
}

/// The keywords `items` stand for on an object of `kind`; a privilege the kind cannot hold is an error as in
/// PostgreSQL, except on a sequence named as a TABLE, where PostgreSQL only warns and skips it.
std::vector<std::string> expand(const StmtCtx& ctx, const std::vector<std::string>& names, ObjectKind kind,
                                bool lenient) {
  auto all = all_privileges(kind);
  std::vector<std::string> out;
  for (const auto& n : names) {
    if (n.empty()) {
      out.insert(out.end(), all.begin(), all.end());
    } else if (std::count(all.begin(), all.end(), n)) {
      out.push_back(n);
    } else if (!lenient) {
      ctx.error("invalid-definition", "invalid privilege type " + n + " for " + kind_name(kind));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> set_minus(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}
std::vector<std::string> set_union(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}
std::vector<std::string> set_both(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

/// What one GRANT or REVOKE does to an entry (Grant or DefaultPrivilege) whose grantee holds `defaults` on a
/// new object: works on the privileges held, then stores them again as the difference from the defaults.
template <class Entry>
void apply_privileges(Entry& e, const std::vector<std::string>& defaults, bool is_grant, bool grant_option,
                      const std::vector<std::string>& privs) {
  std::vector<std::string> held = set_union(set_minus(defaults, e.revoked), e.privileges);
  std::vector<std::string> options = e.grantable;
  if (is_grant) {
    held = set_union(held, privs);
    if (grant_option) options = set_union(options, privs);
  } else {
    options = set_minus(options, privs);
    if (!grant_option) held = set_minus(held, privs);  // REVOKE GRANT OPTION FOR keeps the privilege
  }
  e.privileges = set_minus(held, defaults);
  e.revoked = set_minus(defaults, held);
  e.grantable = set_both(options, held);
}

ObjectKind object_kind(PgQuery__ObjectType t) {
  switch (t) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: return ObjectKind::Table;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: return ObjectKind::Sequence;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: return ObjectKind::Schema;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: return ObjectKind::Type;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: return ObjectKind::Function;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FDW: return ObjectKind::ForeignDataWrapper;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER: return ObjectKind::ForeignServer;
    default: return ObjectKind::Extension;  // not one we model
  }
}

const char* object_type_words(PgQuery__ObjectType t) {
  switch (t) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_DATABASE: return "DATABASE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE: return "LANGUAGE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_LARGEOBJECT: return "LARGE OBJECT";
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLESPACE: return "TABLESPACE";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FDW: return "FOREIGN DATA WRAPPER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER: return "FOREIGN SERVER";
    case PG_QUERY__OBJECT_TYPE__OBJECT_PARAMETER_ACL: return "PARAMETER";
    default: return "this kind of object";
  }
}

}  // namespace

void Transformer::grant(const StmtCtx& ctx, PgQuery__GrantStmt* s) {
  ObjectKind kind = object_kind(s->objtype);
  std::string verb = s->is_grant ? "GRANT" : "REVOKE";
  if (kind == ObjectKind::Extension) ctx.unsupported(verb + " ON " + object_type_words(s->objtype));
  std::vector<PrivilegeItem> items = privilege_items(s);
  std::vector<std::string> grantees;
  for (size_t i = 0; i < s->n_grantees; ++i) grantees.push_back(role_name(ctx, s->grantees[i]));
  bool all_in_schema = s->targtype == PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_ALL_IN_SCHEMA;
  if (all_in_schema && kind != ObjectKind::Table && kind != ObjectKind::Sequence)
    ctx.unsupported(verb + " ON ALL FUNCTIONS IN SCHEMA");

  // The objects named, as ids to resolve when the statement applies (a TABLE may turn out to be a sequence).
  struct Target {
    ObjectId id;
    int location;
  };
  std::vector<Target> targets;
  for (size_t i = 0; i < s->n_objects; ++i) {
    Node* o = s->objects[i];
    if (all_in_schema) {
      targets.push_back({{ObjectKind::Schema, "", std::string(sval(o)), "", ""}, -1});
      continue;
    }
    switch (kind) {
      case ObjectKind::Table:
      case ObjectKind::Sequence: {
        QualName q = qualify(o->range_var);
        targets.push_back({{kind, q.schema, q.name, "", ""}, o->range_var->location});
        break;
      }
      case ObjectKind::Schema:
      case ObjectKind::ForeignDataWrapper:
      case ObjectKind::ForeignServer: targets.push_back({{kind, "", std::string(sval(o)), "", ""}, -1}); break;
      case ObjectKind::Type: {
        auto parts = name_parts(o);
        targets.push_back({{kind, parts.size() > 1 ? parts[parts.size() - 2] : "public", parts.back(), "", ""}, -1});
        break;
      }
      case ObjectKind::Function: {
        const auto* f = o->object_with_args;
        if (f->args_unspecified) ctx.unsupported(verb + " on a function without its argument types");
        auto parts = strings(f->objname, f->n_objname);
        std::string sig;
        for (size_t k = 0; k < f->n_objargs; ++k)
          sig += (k ? ", " : "") + resolve_type(f->objargs[k]->type_name, scope_).text;
        targets.push_back({{kind, parts.size() > 1 ? parts[parts.size() - 2] : "public", parts.back(), "", sig}, -1});
        break;
      }
      default: break;
    }
  }

  bool is_grant = s->is_grant, option = s->grant_option;
  defer(Phase::Changes, ctx, [this, ctx, kind, all_in_schema, targets, items, grantees, is_grant, option] {
    // Resolve everything first: a statement that names something missing fails before changing the model.
    std::vector<ObjectId> objects;
    std::vector<bool> named_as_table;
    for (const auto& t : targets) {
      if (all_in_schema) {
        require_schema(ctx, t.id.name, -1);
        if (kind == ObjectKind::Table) {
          // ALL TABLES takes views and materialized views along, as in PostgreSQL.
          for (const auto& x : cat_.tables)
            if (x.schema == t.id.name) objects.push_back(x.id()), named_as_table.push_back(true);
          for (const auto& x : cat_.views)
            if (x.schema == t.id.name) objects.push_back(x.id()), named_as_table.push_back(false);
          for (const auto& x : cat_.generics)  // foreign tables
            if (x.kind == ObjectKind::Table && x.schema == t.id.name) objects.push_back(x.id()), named_as_table.push_back(false);
        } else {
          for (const auto& x : cat_.sequences)
            if (x.schema == t.id.name) objects.push_back(x.id()), named_as_table.push_back(false);
        }
        continue;
      }
      ObjectId id = t.id;
      bool as_table = false;
      if (kind == ObjectKind::Table || kind == ObjectKind::Sequence) {
        const char* what = kind == ObjectKind::Table ? "relation " : "sequence ";
        if (cat_.sequence(id.schema, id.name)) {
          as_table = kind == ObjectKind::Table;
          id.kind = ObjectKind::Sequence;
        } else if (kind == ObjectKind::Table && (cat_.table(id.schema, id.name) || cat_.generic(id))) {
        } else if (const View* v = kind == ObjectKind::Table ? cat_.view(id.schema, id.name) : nullptr) {
          id.kind = v->id().kind;  // GRANT ... ON [TABLE] names views and materialized views too
        } else {
          ctx.error("undefined-object", what + sql::qualified(id.schema, id.name) + " does not exist", t.location);
        }
      } else if (kind == ObjectKind::Schema) {
        require_schema(ctx, id.name, -1);
      } else if (is_generic_kind(kind) && !cat_.generic(id)) {
        ctx.error("undefined-object", id.str() + " does not exist");
      }
      objects.push_back(id);
      named_as_table.push_back(as_table);
    }
    for (size_t i = 0; i < objects.size(); ++i) {
      const ObjectId& object = objects[i];
      for (const auto& item : items) {
        if (!item.columns.empty()) {
          if (object.kind != ObjectKind::Table && object.kind != ObjectKind::View &&
              object.kind != ObjectKind::MaterializedView)
            ctx.error("invalid-definition", "column privileges are only valid for relations");
          std::vector<std::string> known = relation_columns(object);
          for (const auto& c : item.columns) {
            if (std::find(known.begin(), known.end(), c) == known.end())
              ctx.error("undefined-object", "column " + sql::ident(c) + " of " + kind_name(object.kind) + " " +
                                                sql::qualified(object.schema, object.name) + " does not exist");
            ObjectId col{ObjectKind::Column, object.schema, c, object.name, ""};
            auto privs = expand(ctx, {item.name}, ObjectKind::Column, false);
            for (const auto& g : grantees) apply_grant(ctx, col, g, is_grant, option, privs);
          }
          continue;
        }
        auto privs = expand(ctx, {item.name}, object.kind, named_as_table[i]);
        for (const auto& g : grantees) apply_grant(ctx, object, g, is_grant, option, privs);
        // Revoking a privilege on a table or view revokes it on each of its columns too.
        if (!is_grant && object.kind != ObjectKind::Sequence) {
          for (const auto& col : relation_columns(object)) {
            ObjectId cid{ObjectKind::Column, object.schema, col, object.name, ""};
            auto column_privs = set_both(privs, all_privileges(ObjectKind::Column));
            for (const auto& g : grantees) apply_grant(ctx, cid, g, false, option, column_privs);
          }
        }
      }
    }
  });
}

std::vector<std::string> Transformer::relation_columns(const ObjectId& relation) const {
  std::vector<std::string> out;
  if (const Table* t = cat_.table(relation.schema, relation.name))
    for (const auto& c : t->columns) out.push_back(c.name);
  else if (const View* v = cat_.view(relation.schema, relation.name))
    for (const auto& c : v->columns) out.push_back(c.name);
  else if (auto f = foreign_columns_.find({relation.schema, relation.name}); f != foreign_columns_.end() && relation.kind == ObjectKind::Table)
    for (const auto& c : f->second) out.push_back(c.name);
  return out;
}

void Transformer::apply_grant(const StmtCtx& ctx, const ObjectId& object, const std::string& grantee, bool is_grant,
                              bool grant_option, const std::vector<std::string>& privs) {
  if (grant_option && is_grant && grantee == "PUBLIC")
    ctx.error("invalid-definition", "grant options can only be granted to roles");
  auto it = std::find_if(cat_.grants.begin(), cat_.grants.end(),
                         [&](const Grant& g) { return g.object == object && g.grantee == grantee; });
  if (it == cat_.grants.end()) {
    Grant g;
    g.object = object;
    g.grantee = grantee;
    g.meta.span = ctx.span();
    it = cat_.grants.insert(cat_.grants.end(), std::move(g));
  }
  // The owner holds every privilege from the start: a GRANT to it only adds grant options, a REVOKE gives a
  // privilege up (pg_dump's REVOKE ALL ... FROM owner; GRANT ... TO owner WITH GRANT OPTION). Known when the
  // files state the owner before (pg_dump writes OWNER TO right after the CREATE, grants at the end).
  bool to_owner = object.kind != ObjectKind::Column &&
                  std::any_of(cat_.owners.begin(), cat_.owners.end(), [&](const Ownership& o) {
                    return o.owner == grantee && o.object.schema == object.schema && o.object.name == object.name &&
                           o.object.signature == object.signature;
                  });
  std::vector<std::string> defaults;
  if (to_owner) defaults = all_privileges(object.kind);
  else if (grantee == "PUBLIC") defaults = public_defaults(object);
  apply_privileges(*it, defaults, is_grant, grant_option, privs);
}

void Transformer::alter_default_privileges(const StmtCtx& ctx, PgQuery__AlterDefaultPrivilegesStmt* s) {
  std::vector<std::string> roles, schemas;
  for (size_t i = 0; i < s->n_options; ++i) {
    const auto* d = s->options[i]->def_elem;
    std::string name = d->defname;
    const auto* list = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_LIST ? d->arg->list : nullptr;
    for (size_t k = 0; list && k < list->n_items; ++k) {
      // FOR ROLE naming the role that runs the plan: its defaults are the statements' own role's (as a
      // database read as that role lists them).
      if (name == "roles") {
        std::string role = role_name(ctx, list->items[k]);
        roles.push_back(role == running_role_ ? "" : role);
      }
      else if (name == "schemas") schemas.emplace_back(sval(list->items[k]));
    }
  }
  if (roles.empty()) roles.push_back("");
  if (schemas.empty()) schemas.push_back("");
  const auto* a = s->action;
  char objtype = 0;
  switch (a->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: objtype = 'r'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: objtype = 'S'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE: objtype = 'f'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: objtype = 'T'; break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: objtype = 'n'; break;
    default: ctx.unsupported("ALTER DEFAULT PRIVILEGES on this kind of object");
  }
  if (objtype == 'n' && !schemas[0].empty())
    ctx.error("invalid-definition", "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
  ObjectKind kind = default_privilege_kind(objtype);
  std::vector<std::string> names;
  for (const auto& item : privilege_items(a)) {
    if (!item.columns.empty()) ctx.error("invalid-definition", "column privileges are only valid for relations");
    names.push_back(item.name);
  }
  std::vector<std::string> privs = expand(ctx, names, kind, false);
  std::vector<std::string> grantees;
  for (size_t i = 0; i < a->n_grantees; ++i) grantees.push_back(role_name(ctx, a->grantees[i]));
  bool is_grant = a->is_grant, option = a->grant_option;
  defer(Phase::Changes, ctx, [this, ctx, roles, schemas, objtype, kind, privs, grantees, is_grant, option] {
    for (const auto& schema : schemas)
      if (!schema.empty()) require_schema(ctx, schema, -1);
    for (const auto& role : roles)
      for (const auto& schema : schemas)
        for (const auto& grantee : grantees) {
          auto it = std::find_if(cat_.default_privileges.begin(), cat_.default_privileges.end(), [&](const DefaultPrivilege& d) {
            return d.role == role && d.schema == schema && d.objtype == objtype && d.grantee == grantee;
          });
          if (it == cat_.default_privileges.end()) {
            DefaultPrivilege d;
            d.role = role;
            d.schema = schema;
            d.objtype = objtype;
            d.grantee = grantee;
            d.meta.span = ctx.span();
            it = cat_.default_privileges.insert(cat_.default_privileges.end(), std::move(d));
          }
          // Only the defaults for every schema start from the built-in ones; IN SCHEMA entries add to them.
          std::vector<std::string> defaults;
          if (schema.empty() && grantee == "PUBLIC") defaults = public_defaults({kind, "", "", "", ""});
          apply_privileges(*it, defaults, is_grant, option, privs);
        }
  });
}

}  // namespace schemaplan::parser

namespace schemaplan::parser {

void Transformer::set_owner(const StmtCtx& ctx, ObjectId object, const PgQuery__RoleSpec* role, bool any_overload) {
  if (!role) return;
  // CURRENT_USER and the like name the role running the statements: the same as stating no owner.
  std::string owner;
  if (role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CSTRING && role->rolename != running_role_) owner = role->rolename;
  else if (role->roletype == PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC)
    ctx.error("invalid-definition", "role \"public\" cannot own objects", role->location);
  defer(Phase::Changes, ctx, [this, ctx, object, owner, any_overload]() mutable {
    const std::string name = sql::qualified(object.schema, object.name);
    switch (object.kind) {
      case ObjectKind::Schema: require_schema(ctx, object.name, -1); break;
      case ObjectKind::Type:
        // Enums, domains and composite types share ALTER TYPE ... OWNER TO (ALTER DOMAIN is the same).
        if (!cat_.enum_type(object.schema, object.name) && !cat_.domain(object.schema, object.name) &&
            !cat_.composite(object.schema, object.name) && !cat_.generic(object))
          ctx.error("undefined-object", "type " + name + " does not exist");
        break;
      case ObjectKind::Function: {
        std::vector<const Function*> found;
        for (const auto& f : cat_.functions)
          if (f.schema == object.schema && f.name == object.name && (any_overload || f.signature == object.signature))
            found.push_back(&f);
        std::string what = "function " + name + (any_overload ? "" : "(" + object.signature + ")");
        if (found.empty()) ctx.error("undefined-object", what + " does not exist");
        if (found.size() > 1) ctx.error("ambiguous-function", "function name " + name + " is not unique");
        object = found[0]->id();
        break;
      }
      default:
        if (is_generic_kind(object.kind)) {
          if (!cat_.generic(object)) ctx.error("undefined-object", object.str() + " does not exist");
          break;
        }
        // ALTER TABLE names sequences, views and materialized views too (pg_dump writes it so); an index's owner
        // follows its table's. A relation not there yet may be created by a later statement (this one is
        // retried then).
        if (cat_.sequence(object.schema, object.name)) object.kind = ObjectKind::Sequence;
        else if (const View* v = cat_.view(object.schema, object.name)) object.kind = v->id().kind;
        else if (object.kind != ObjectKind::Table || (!cat_.table(object.schema, object.name) && !cat_.generic(object)))
          ctx.error("undefined-object", "relation " + name + " does not exist");
        break;
    }
    std::erase_if(cat_.owners, [&](const Ownership& o) { return o.object == object; });
    if (owner.empty()) return;
    Ownership o{object, owner, {}};
    o.meta.span = ctx.span();
    cat_.owners.push_back(std::move(o));
  });
}

}  // namespace schemaplan::parser
