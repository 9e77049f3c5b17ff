// CREATE COLLATION as DDL text (model/generic.h), written as pg_dump writes it and as the catalog query
// (introspect/generic_text_query.cpp) does: `CREATE COLLATION s.c (provider = icu, deterministic = false, locale =
// '...')`, the provider always named, deterministic only when false, and for libc one locale when LC_COLLATE and
// LC_CTYPE are the same. The version is left out: PostgreSQL records the library's version when it creates the
// collation, which is a fact about the server, not part of the desired schema.
#include <algorithm>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

/// The options of a collation every server has, as its CREATE would write them; "" when the definition of
/// `name` in pg_catalog depends on the server (the locales initdb imported from the system).
std::string builtin_options(const std::string& name) {
  if (name == "C" || name == "ucs_basic") return "provider = libc, locale = 'C'";
  if (name == "POSIX") return "provider = libc, locale = 'POSIX'";
  // ICU's collations are named after their locale: `de-x-icu` is locale 'de', `und-x-icu` the root locale.
  const std::string icu = "-x-icu";
  if (name.size() > icu.size() && name.ends_with(icu))
    return "provider = icu, locale = " + sql::literal(name.substr(0, name.size() - icu.size()));
  return "";
}

/// The options of `CREATE COLLATION name (...)` in canonical form, with PostgreSQL 15's checks (DefineCollation).
std::string collation_options(const StmtCtx& ctx, const PgQuery__DefineStmt* s) {
  std::map<std::string, const PgQuery__DefElem*> given;
  for (size_t i = 0; i < s->n_definition; ++i) {
    const auto* d = s->definition[i]->def_elem;
    std::string name = ascii_lower(d->defname);
    static const char* const kKnown[] = {"provider", "locale", "lc_collate", "lc_ctype", "deterministic", "version"};
    if (std::none_of(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return name == k; }))
      ctx.error("invalid-definition", "collation attribute " + sql::literal(d->defname) + " not recognized", d->location);
    if (!given.emplace(name, d).second) ctx.error("invalid-definition", "conflicting or redundant options", d->location);
  }
  auto value = [&](const char* name) -> std::optional<std::string> {
    auto it = given.find(name);
    if (it == given.end()) return std::nullopt;
    return storage_option_value(it->second);
  };
  if (given.count("locale") && (given.count("lc_collate") || given.count("lc_ctype")))
    ctx.error("invalid-definition", "conflicting or redundant options: LOCALE cannot be specified together with LC_COLLATE or LC_CTYPE");
  std::string provider = ascii_lower(value("provider").value_or("libc"));
  if (provider != "libc" && provider != "icu")
    ctx.error("invalid-definition", "unrecognized collation provider: " + provider, given["provider"]->location);
  bool deterministic = true;
  if (auto v = value("deterministic")) {
    std::string b = ascii_lower(*v);
    if (b == "false" || b == "off" || b == "0" || b == "no" || b == "f" || b == "n") deterministic = false;
    else if (!(b == "true" || b == "on" || b == "1" || b == "yes" || b == "t" || b == "y"))
      ctx.error("invalid-definition", "deterministic requires a Boolean value", given["deterministic"]->location);
  }
  std::string out = "provider = " + provider + (deterministic ? "" : ", deterministic = false");
  auto locale = value("locale");
  if (provider == "icu") {
    if (!locale) ctx.error("invalid-definition", "parameter \"locale\" must be specified");
    return out + ", locale = " + sql::literal(*locale);
  }
  auto collate = locale ? locale : value("lc_collate");
  auto ctype = locale ? locale : value("lc_ctype");
  if (!collate) ctx.error("invalid-definition", "parameter \"lc_collate\" must be specified");
  if (!ctype) ctx.error("invalid-definition", "parameter \"lc_ctype\" must be specified");
  if (*collate == *ctype) return out + ", locale = " + sql::literal(*collate);
  return out + ", lc_collate = " + sql::literal(*collate) + ", lc_ctype = " + sql::literal(*ctype);
}

}  // namespace

void Transformer::create_collation(const StmtCtx& ctx, PgQuery__DefineStmt* s) {
  QualName q = qual_name(strings(s->defnames, s->n_defnames));
  GenericObject g;
  g.kind = ObjectKind::Collation;
  g.schema = q.schema;
  g.name = q.name;
  const std::string head = "CREATE COLLATION " + sql::qualified(q.schema, q.name);
  std::string options;
  bool copy = s->n_definition == 1 && ascii_lower(s->definition[0]->def_elem->defname) == "from" && s->definition[0]->def_elem->arg;
  if (copy) {
    // `FROM other`: a copy of the other collation's definition, written out when it is known (a collation of
    // the files created before this one, or one every server has), so that a copy and the same collation
    // spelled out compare equal; else kept as a copy, which PostgreSQL makes when the plan runs.
    const auto* from = s->definition[0]->def_elem;
    auto [schema, name] = collation_ref(name_parts(from->arg), scope_);
    if (schema == "pg_catalog" && name == "default")
      ctx.error("invalid-definition", "collation \"default\" cannot be copied", from->location);
    if (auto it = collations_.find({schema, name}); it != collations_.end()) options = it->second;
    else if (schema == "pg_catalog") options = builtin_options(name);
    if (options.empty()) {
      g.create.push_back(head + " FROM " + sql::qualified(schema, name));
      if (schema != "pg_catalog") g.meta.deps.push_back({ObjectKind::Collation, schema, name, "", ""});
    }
  } else {
    options = collation_options(ctx, s);
  }
  if (!options.empty()) {
    g.create.push_back(head + " (" + options + ")");
    collations_[q] = options;
  }
  if (s->if_not_exists) return add_generic_if_new(ctx, std::move(g));
  add_generic(ctx, std::move(g), nullptr);
}

std::string Transformer::collate_clause(const PgQuery__CollateClause* c, std::vector<ObjectId>& deps) const {
  if (!c) return "";
  auto parts = strings(c->collname, c->n_collname);
  std::string name = collation_name(parts, scope_);
  if (name.empty()) return name;
  auto [schema, collation] = collation_ref(parts, scope_);
  ObjectId id{ObjectKind::Collation, schema, collation, "", ""};
  if (schema != "pg_catalog" && std::find(deps.begin(), deps.end(), id) == deps.end()) deps.push_back(id);
  return name;
}

}  // namespace schemaplan::parser
