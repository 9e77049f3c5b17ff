#pragma once
/// Privileges: GRANT / REVOKE on objects and ALTER DEFAULT PRIVILEGES. Included by model/model.h after Meta.
///
/// Canonical form shared by both producers: an object's privileges are stored as their difference from
/// PostgreSQL's defaults for a new object (acldefault()), one entry per grantee; the owner's own entry only
/// where it differs from the owner's defaults (a privilege given up, one held WITH GRANT OPTION), as pg_dump
/// writes it (the owner's implicit privileges depend on who runs the migration). So a NULL acl, an acl equal to the
/// defaults and "no GRANT in the files" all read as no entry at all. Grantors are not modelled.
#include <string>
#include <vector>

namespace schemaplan {

struct Catalog;

/// Privileges one grantee holds on one object beyond the defaults, and defaults taken away from it.
struct Grant {
  /// The object: Table (a foreign table too), View, MaterializedView, Sequence, Schema, Type, Function
  /// (signature = identity argument types), Column (parent = table or view), ForeignDataWrapper or
  /// ForeignServer.
  ObjectId object;
  std::string grantee;                  ///< role name as stored, or "PUBLIC"
  std::vector<std::string> privileges;  ///< sorted keywords beyond the defaults: INSERT, SELECT, USAGE, ...
  /// Privileges held WITH GRANT OPTION: a subset of `privileges`, or for the owner's own entry, of the
  /// privileges it holds by default.
  std::vector<std::string> grantable;
  std::vector<std::string> revoked;     ///< sorted default privileges the grantee no longer holds
  Meta meta;
  bool operator==(const Grant&) const = default;
  ObjectId id() const;
};

/// One entry of ALTER DEFAULT PRIVILEGES: what `role` grants on objects of one kind it creates later (in
/// `schema`, or anywhere), as the difference from the built-in defaults, as for Grant.
struct DefaultPrivilege {
  std::string role;     ///< FOR ROLE; "" = the role running the statements (only when parsed)
  std::string schema;   ///< IN SCHEMA; "" = every schema
  char objtype = 'r';   ///< pg_default_acl.defaclobjtype: r tables, S sequences, f functions, T types, n schemas
  std::string grantee;  ///< role name or "PUBLIC"
  std::vector<std::string> privileges;
  std::vector<std::string> grantable;
  std::vector<std::string> revoked;
  Meta meta;
  bool operator==(const DefaultPrivilege&) const = default;
  ObjectId id() const;
  /// `TABLES`, `SEQUENCES`, `FUNCTIONS`, `TYPES`, `SCHEMAS`.
  const char* objtype_keyword() const;
};

/// The owner of one object (schema, table, sequence, view, materialized view, function or procedure, enum,
/// domain or composite type), recorded only when it is not the role running the
/// statements: stated with OWNER TO / AUTHORIZATION in SQL files, read from a database when it differs from the
/// connecting role. Plans change owners only where the desired side states one, unless asked to with
/// --with-owners (see keep_stated_owners).
struct Ownership {
  ObjectId object;
  std::string owner;
  Meta meta;
  bool operator==(const Ownership&) const = default;
  ObjectId id() const { return {ObjectKind::Owner, object.schema, "of " + object.str(), "", ""}; }
};

/// Drops from `from` the owners of objects `to` holds but states no owner for, so that only stated owners are
/// planned. The owners of objects `to` no longer holds stay, for the rollback of their drop.
void keep_stated_owners(Catalog& from, const Catalog& to);

/// Every privilege keyword an object of `kind` can hold, sorted (what ALL expands to). `kind` is an
/// ObjectKind of a Grant's object; for default privileges, use the kind the objtype stands for.
std::vector<std::string> all_privileges(ObjectKind kind);
/// The privileges PUBLIC holds on a new object (EXECUTE on functions, USAGE on types and languages) and, as
/// every database is created, USAGE on schema public.
std::vector<std::string> public_defaults(const ObjectId& object);
/// The ObjectKind a pg_default_acl objtype letter stands for.
ObjectKind default_privilege_kind(char objtype);
/// The pg_default_acl objtype letter of the default privileges that apply to an object of `kind`, or 0.
char default_privilege_objtype(ObjectKind kind);
/// The grants `object` starts with when the role running the statements creates it under `defaults`: those
/// for every schema, plus those of the object's schema (which can only add), per grantee, in grantee order.
/// Only entries of that role apply (`role` empty: stated without FOR ROLE, or read from a database as the
/// connecting role's own).
std::vector<Grant> grants_on_create(const std::vector<DefaultPrivilege>& defaults, const ObjectId& object);

}  // namespace schemaplan
