#include "parser/type_names.h"

#include <cstdint>
#include <vector>

#include "model/sql_writer.h"

namespace schemaplan::parser {
namespace {

struct TypeRef {
  std::string schema;  // "" or "pg_catalog" for built-ins
  std::string name;
  bool builtin = false;
  bool array_name = false;  // written as `_int4`, pg_catalog's name of int4[]
};

TypeRef classify(const PgQuery__TypeName* t, const TypeScope& scope) {
  std::vector<std::string> parts = strings(t->names, t->n_names);
  if (parts.empty()) throw TreeError("unsupported-statement", "type name without a name", t->location);
  TypeRef r;
  r.name = parts.back();
  if (parts.size() >= 2) r.schema = parts[parts.size() - 2];
  if (r.schema.empty() || r.schema == "pg_catalog") {
    if (is_builtin_type(r.name)) {
      r.builtin = true;
    } else if (r.name.size() > 1 && r.name[0] == '_' && is_builtin_type(r.name.substr(1))) {
      r.builtin = true;
      r.array_name = true;
      r.name = r.name.substr(1);
    } else if (r.schema == "pg_catalog") {
      throw TreeError("undefined-object", "type " + sql::qualified(r.schema, r.name) + " does not exist", t->location);
    }
  }
  if (!r.builtin && r.schema.empty()) r.schema = scope.schema_of(r.name);
  return r;
}

// Integer type modifiers; `what` names the type in messages.
std::vector<int64_t> int_typmods(const PgQuery__TypeName* t, const std::string& what) {
  std::vector<int64_t> out;
  for (size_t i = 0; i < t->n_typmods; ++i) {
    const Node* n = t->typmods[i];
    if (n->node_case != PG_QUERY__NODE__NODE_A_CONST || n->a_const->val_case != PG_QUERY__A__CONST__VAL_IVAL)
      throw TreeError("invalid-type", "type modifiers of " + what + " must be simple integer constants", t->location);
    out.push_back(n->a_const->ival ? n->a_const->ival->ival : 0);
  }
  return out;
}

std::string with_precision(const std::string& base, const std::vector<int64_t>& mods, const std::string& tail,
                           const PgQuery__TypeName* t) {
  if (mods.empty()) return base + tail;
  if (mods.size() != 1) throw TreeError("invalid-type", "invalid type modifier for " + base, t->location);
  int64_t p = mods[0];
  if (p < 0) throw TreeError("invalid-type", base + "(" + std::to_string(p) + ") precision must not be negative", t->location);
  if (p > 6) p = 6;  // PostgreSQL reduces it to the maximum allowed, with a warning
  return base + "(" + std::to_string(p) + ")" + tail;
}

std::string with_length(const std::string& base, const std::string& pgname, const std::vector<int64_t>& mods,
                        int64_t max, const PgQuery__TypeName* t) {
  if (mods.empty()) return base;
  if (mods.size() != 1) throw TreeError("invalid-type", "invalid type modifier for " + base, t->location);
  if (mods[0] < 1)
    throw TreeError("invalid-type", "length for type " + pgname + " must be at least 1", t->location);
  if (mods[0] > max)
    throw TreeError("invalid-type", "length for type " + pgname + " cannot exceed " + std::to_string(max), t->location);
  return base + "(" + std::to_string(mods[0]) + ")";
}

// intervaltypmodout: the typmod list is [fields] or [fields, precision] (fields is a bit mask).
std::string format_interval(const std::vector<int64_t>& mods, const PgQuery__TypeName* t) {
  constexpr int64_t kYear = 1 << 2, kMonth = 1 << 1, kDay = 1 << 3, kHour = 1 << 10, kMinute = 1 << 11,
                    kSecond = 1 << 12, kFullRange = 0x7FFF;
  if (mods.empty()) return "interval";
  std::string fields;
  switch (mods[0]) {
    case kYear: fields = " year"; break;
    case kMonth: fields = " month"; break;
    case kDay: fields = " day"; break;
    case kHour: fields = " hour"; break;
    case kMinute: fields = " minute"; break;
    case kSecond: fields = " second"; break;
    case kYear | kMonth: fields = " year to month"; break;
    case kDay | kHour: fields = " day to hour"; break;
    case kDay | kHour | kMinute: fields = " day to minute"; break;
    case kDay | kHour | kMinute | kSecond: fields = " day to second"; break;
    case kHour | kMinute: fields = " hour to minute"; break;
    case kHour | kMinute | kSecond: fields = " hour to second"; break;
    case kMinute | kSecond: fields = " minute to second"; break;
    case kFullRange: break;
    default: throw TreeError("invalid-type", "invalid INTERVAL type modifier", t->location);
  }
  if (mods.size() == 1) return "interval" + fields;
  if (mods.size() > 2) throw TreeError("invalid-type", "invalid INTERVAL type modifier", t->location);
  int64_t p = mods[1];
  if (p < 0) throw TreeError("invalid-type", "INTERVAL(" + std::to_string(p) + ") precision must not be negative", t->location);
  if (p > 6) p = 6;
  return "interval" + fields + "(" + std::to_string(p) + ")";
}

std::string format_builtin(const std::string& name, const PgQuery__TypeName* t) {
  bool mods_given = t->n_typmods > 0;
  auto mods = [&] { return int_typmods(t, name); };
  if (name == "bpchar") return mods_given ? with_length("character", "char", mods(), 10485760, t) : "bpchar";
  if (name == "varchar") return with_length("character varying", "varchar", mods(), 10485760, t);
  // `bit` written as a keyword always carries a length (bit = bit(1)); only `"bit"` reaches here without one,
  // and format_type() quotes it so that it does not read back as bit(1).
  if (name == "bit") return mods_given ? with_length("bit", "bit", mods(), 83886080, t) : "\"bit\"";
  if (name == "varbit") return with_length("bit varying", "varbit", mods(), 83886080, t);
  if (name == "numeric") {
    auto m = mods();
    if (m.empty()) return "numeric";
    if (m.size() > 2) throw TreeError("invalid-type", "invalid NUMERIC type modifier", t->location);
    if (m[0] < 1 || m[0] > 1000)
      throw TreeError("invalid-type", "NUMERIC precision " + std::to_string(m[0]) + " must be between 1 and 1000", t->location);
    int64_t scale = m.size() == 2 ? m[1] : 0;
    if (scale < -1000 || scale > 1000)
      throw TreeError("invalid-type", "NUMERIC scale " + std::to_string(scale) + " must be between -1000 and 1000", t->location);
    return "numeric(" + std::to_string(m[0]) + "," + std::to_string(scale) + ")";
  }
  if (name == "time") return with_precision("time", mods(), " without time zone", t);
  if (name == "timetz") return with_precision("time", mods(), " with time zone", t);
  if (name == "timestamp") return with_precision("timestamp", mods(), " without time zone", t);
  if (name == "timestamptz") return with_precision("timestamp", mods(), " with time zone", t);
  if (name == "interval") return format_interval(mods(), t);
  if (mods_given)
    throw TreeError("invalid-type", "type modifier is not allowed for type " + sql::ident(name), t->location);
  if (name == "bool") return "boolean";
  if (name == "int2") return "smallint";
  if (name == "int4") return "integer";
  if (name == "int8") return "bigint";
  if (name == "float4") return "real";
  if (name == "float8") return "double precision";
  return sql::ident(name);
}

// Type modifiers of a non-built-in type are printed by its typmodout function, which we cannot run:
// print them plainly (`public.vector(3)`, `public.geometry(Point,4326)`).
std::string user_typmods(const PgQuery__TypeName* t) {
  if (t->n_typmods == 0) return "";
  std::string out = "(";
  for (size_t i = 0; i < t->n_typmods; ++i) {
    const Node* n = t->typmods[i];
    if (i) out += ",";
    if (n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
      out += std::to_string(n->a_const->ival ? n->a_const->ival->ival : 0);
    else if (n->node_case == PG_QUERY__NODE__NODE_A_CONST && n->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL)
      out += n->a_const->sval->sval;
    else if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields == 1)
      out += sval(n->column_ref->fields[0]);
    else
      throw TreeError("invalid-type", "unsupported type modifier", t->location);
  }
  return out + ")";
}

}  // namespace

void TypeScope::add_extension(const std::string& extension, const std::string& schema) {
  for (auto type : extension_types(extension)) schemas_[std::string(type)] = schema;
}

std::string TypeScope::schema_of(const std::string& type) const {
  auto it = schemas_.find(type);
  return it == schemas_.end() ? "public" : it->second;
}

std::vector<std::string_view> extension_types(std::string_view extension) {
  // The user-visible types of common extensions (contrib and a few popular ones). An extension not listed
  // here still works when it lives in public.
  static const std::map<std::string_view, std::vector<std::string_view>> kTypes = {
      {"citext", {"citext"}},
      {"cube", {"cube"}},
      {"earthdistance", {"earth"}},
      {"hstore", {"hstore", "ghstore"}},
      {"isn", {"ean13", "isbn", "isbn13", "ismn", "ismn13", "issn", "issn13", "upc"}},
      {"ltree", {"ltree", "lquery", "ltxtquery", "ltree_gist"}},
      {"pg_trgm", {"gtrgm"}},
      {"postgis", {"geometry", "geography", "box2d", "box3d", "geometry_dump", "valid_detail"}},
      {"seg", {"seg"}},
      {"vector", {"vector", "halfvec", "sparsevec"}},
  };
  auto it = kTypes.find(extension);
  return it == kTypes.end() ? std::vector<std::string_view>{} : it->second;
}

ResolvedType resolve_type(const PgQuery__TypeName* t, const TypeScope& scope) {
  if (t->pct_type) throw TreeError("unsupported-statement", "%TYPE column types are not supported yet", t->location);
  if (t->setof) throw TreeError("invalid-type", "a column cannot be of a SETOF type", t->location);
  TypeRef r = classify(t, scope);
  ResolvedType out;
  out.builtin = r.builtin;
  out.is_array = r.array_name || t->n_array_bounds > 0;
  out.name = r.name;
  if (r.builtin) {
    out.text = format_builtin(r.name, t);
  } else {
    out.schema = r.schema;
    out.text = sql::qualified(r.schema, r.name) + user_typmods(t);
  }
  if (out.is_array) out.text += "[]";  // format_type() prints one [] whatever the declared dimensions
  return out;
}

std::optional<std::string> serial_type(const PgQuery__TypeName* t) {
  if (t->n_array_bounds > 0 || t->pct_type) return std::nullopt;
  std::vector<std::string> parts = strings(t->names, t->n_names);
  if (parts.empty() || parts.size() > 2 || (parts.size() == 2 && parts[0] != "pg_catalog")) return std::nullopt;
  const std::string& n = parts.back();
  if (n == "smallserial" || n == "serial2") return "smallint";
  if (n == "serial" || n == "serial4") return "integer";
  if (n == "bigserial" || n == "serial8") return "bigint";
  return std::nullopt;
}

void TypeScope::add_collation(const std::string& schema, const std::string& name) { collations_.emplace(schema, name); }

bool TypeScope::has_collation(const std::string& schema, const std::string& name) const {
  return collations_.count({schema, name}) > 0;
}

std::pair<std::string, std::string> collation_ref(const std::vector<std::string>& parts, const TypeScope& scope) {
  if (parts.empty()) return {"pg_catalog", "default"};
  if (parts.size() >= 2) return {parts[parts.size() - 2], parts.back()};
  // pg_catalog comes first in every search_path: only a name it cannot hold is the files' own. Which locales
  // pg_catalog holds depends on the server (initdb imports the system's), so a collation the files create in
  // public is taken to be theirs unless every server has one of that name.
  const std::string& n = parts[0];
  bool everywhere = n == "C" || n == "POSIX" || n == "ucs_basic" || n == "default";
  return {!everywhere && scope.has_collation("public", n) ? "public" : "pg_catalog", n};
}

std::string collation_name(const std::vector<std::string>& parts, const TypeScope& scope) {
  // "default" is the type's own collation: no COLLATE at all.
  if (parts.size() == 1 && parts[0] == "default") return "";
  auto [schema, name] = collation_ref(parts, scope);
  return sql::qualified(schema, name);
}

std::optional<std::pair<std::string, std::string>> canonicalise_type_name(TreeArena& arena, PgQuery__TypeName* t,
                                                                         const TypeScope& scope) {
  if (t->pct_type || t->n_names == 0) return std::nullopt;
  TypeRef r = classify(t, scope);
  if (!r.builtin) {
    if (t->n_names == 1) {
      Node* schema = arena.string_node(r.schema);
      Node** names = arena.nodes(2);
      names[0] = schema;
      names[1] = t->names[0];
      t->names = names;
      t->n_names = 2;
    }
    return std::pair{r.schema, r.name};
  }
  // libpg_query prints pg_catalog.<name> specially (int, bigint, boolean, timestamp ... with time zone) for
  // exactly these names; every other built-in is printed unqualified. bpchar without a length must stay as
  // written: `char` alone reads back as char(1).
  static const char* const kSpecial[] = {"bool",   "int2", "int4",      "int8",       "float4",
                                         "float8", "numeric", "varchar", "time",       "timetz",
                                         "timestamp", "timestamptz", "interval"};
  bool special = r.name == "bpchar" ? t->n_typmods > 0 : false;
  for (const char* s : kSpecial) special = special || r.name == s;
  if (r.name == "interval" && t->n_names == 1 && t->n_typmods > 0) special = false;  // `"interval"(3)`: leave it
  Node** names = arena.nodes(special ? 2 : 1);
  if (special) names[0] = arena.string_node("pg_catalog");
  names[special ? 1 : 0] = arena.string_node(r.name);
  t->names = names;
  t->n_names = special ? 2 : 1;
  if (r.array_name) {
    Node** bounds = arena.nodes(t->n_array_bounds + 1);
    for (size_t i = 0; i < t->n_array_bounds; ++i) bounds[i + 1] = t->array_bounds[i];
    auto* minus_one = arena.make<PgQuery__Integer>(pg_query__integer__descriptor);
    minus_one->ival = -1;
    auto* n = arena.make<Node>(pg_query__node__descriptor);
    n->node_case = PG_QUERY__NODE__NODE_INTEGER;
    n->integer = minus_one;
    bounds[0] = n;
    t->array_bounds = bounds;
    t->n_array_bounds += 1;
  }
  return std::nullopt;
}

}  // namespace schemaplan::parser
