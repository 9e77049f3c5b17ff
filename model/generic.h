#pragma once
/// Objects the model keeps as their DDL text: aggregates, collations, casts, operators and operator classes and
/// families, text search parsers, templates, dictionaries and configurations, extended statistics, rules,
/// event triggers, languages, foreign data wrappers, servers and user mappings, publications, access methods,
/// conversions and range types. Part of model/model.h, which includes it where Meta is complete.
///
/// Why text: each of these kinds is created by one statement (sometimes followed by ALTERs that complete it,
/// such as a text search configuration's mappings) and PostgreSQL can change almost none of them in place, so
/// a plan creates them, drops them, or drops and creates them again with whatever depends on them. What has to
/// be exact is the comparison, and it follows the model's one rule (model.h): both sides of a comparison come
/// from the same producer, so the text only has to be canonical for that producer: the parser's deparse of the
/// normalised statement offline, and the statement written from the catalog's columns by introspect/ (as
/// pg_dump writes it) otherwise.
#include <optional>
#include <string>
#include <vector>

#include "model/meta.h"
#include "model/object_id.h"

namespace schemaplan {

struct GenericObject {
  /// One of the kinds listed above; ObjectKind::Type for a range type (types share one namespace), and
  /// ObjectKind::Table for a foreign table (a relation: views, grants, owners and comments name it as one).
  ObjectKind kind = ObjectKind::Aggregate;
  std::string schema;     ///< empty for database-wide kinds (casts, languages, servers, ...)
  std::string name;       ///< see ObjectKind for the kinds whose name is no identifier
  std::string parent;     ///< a rule's table, a user mapping's server
  std::string signature;  ///< an aggregate's argument types, an operator's operand types, a class's method
  /// The statements that create it, without final semicolons: one CREATE, then what completes it.
  std::vector<std::string> create;
  std::optional<std::string> comment;
  Meta meta;  ///< deps: what the statements name (functions, types, tables, other generic objects)
  bool operator==(const GenericObject&) const = default;
  ObjectId id() const { return {kind, schema, name, parent, signature}; }
};

/// How DROP, COMMENT ON and ALTER ... OWNER TO name the object: `AGGREGATE public.agg(integer)`,
/// `CAST (integer AS public.t)`, `OPERATOR public.=== (integer, integer)`, `RULE r ON public.t`,
/// `USER MAPPING FOR app SERVER s`, `TYPE public.floatrange`, `FOREIGN TABLE public.remote_users`.
std::string generic_address(const ObjectId& id);
/// The role of a user mapping as its statements write it: a quoted name, or the keyword PUBLIC or CURRENT_USER.
std::string user_mapping_role(const std::string& role);
/// Whether COMMENT ON can name objects of `kind` (not user mappings).
bool generic_commentable(ObjectKind kind);
/// True for the kinds GenericObject holds (ObjectKind::Type aside: ranges share it with enums and domains).
bool is_generic_kind(ObjectKind kind);

}  // namespace schemaplan
