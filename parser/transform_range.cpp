// CREATE TYPE ... AS RANGE as DDL text (model/generic.h), an ObjectKind::Type (types share one namespace).
// Written as pg_dump writes it: the subtype as format_type() prints it, the multirange type always named (the
// range makes one whether or not it is named), then the options given, in pg_dump's order.
#include <algorithm>
#include <cctype>

#include "model/pg_names.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

/// makeMultirangeTypeName: `floatrange` -> `floatmultirange`, `period` -> `period_multirange`.
std::string default_multirange_name(const std::string& range) {
  size_t at = range.find("range");
  std::string name = at == std::string::npos ? range.substr(0, pg_names::clip_length(range, pg_names::kNameDataLen - 12)) + "_multirange"
                                             : range.substr(0, at) + "multi" + range.substr(at);
  return name.substr(0, pg_names::clip_length(name, pg_names::kNameDataLen - 1));
}

/// A name as written: `f`, `s.f`.
std::string written(const std::vector<std::string>& parts) {
  return parts.size() >= 2 ? sql::qualified(parts[parts.size() - 2], parts.back()) : sql::ident(parts.back());
}

ObjectId by_name(ObjectKind kind, const std::vector<std::string>& parts) {
  return {kind, parts.size() >= 2 ? parts[parts.size() - 2] : "", parts.back(), "", kUnresolvedRef};
}

}  // namespace

void Transformer::create_range(const StmtCtx& ctx, PgQuery__CreateRangeStmt* s) {
  QualName q = qual_name(strings(s->type_name, s->n_type_name));
  static const char* const kParams[] = {"subtype", "subtype_opclass", "collation", "canonical", "subtype_diff",
                                        "multirange_type_name"};
  std::map<std::string, PgQuery__TypeName*> params;
  for (size_t i = 0; i < s->n_params; ++i) {
    const auto* d = s->params[i]->def_elem;
    std::string name = d->defname;
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::none_of(std::begin(kParams), std::end(kParams), [&](const char* p) { return name == p; }))
      ctx.error("invalid-definition", "type attribute " + sql::literal(d->defname) + " not recognized", d->location);
    if (!d->arg || d->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
      ctx.error("invalid-definition", "type attribute " + sql::literal(name) + " needs a value", d->location);
    if (!params.emplace(name, d->arg->type_name).second)
      ctx.error("invalid-definition", "conflicting or redundant options", d->location);
  }
  if (!params.count("subtype")) ctx.error("invalid-definition", "type attribute \"subtype\" is required");

  GenericObject g;
  g.kind = ObjectKind::Type;
  g.schema = q.schema;
  g.name = q.name;
  ResolvedType subtype = resolve_type(params["subtype"], scope_);
  if (!subtype.builtin) g.meta.deps.push_back({ObjectKind::Type, subtype.schema, subtype.name, "", ""});
  // An unqualified multirange name is created where CREATE puts unqualified names (public), not in the
  // range's schema.
  QualName multirange{q.schema, default_multirange_name(q.name)};
  if (auto* m = params["multirange_type_name"]) multirange = qual_name(strings(m->names, m->n_names));
  std::string create = "CREATE TYPE " + sql::qualified(q.schema, q.name) + " AS RANGE (subtype = " + subtype.text +
                       ", multirange_type_name = " + sql::qualified(multirange.schema, multirange.name);
  if (auto* o = params["subtype_opclass"]) {
    auto parts = strings(o->names, o->n_names);
    create += ", subtype_opclass = " + written(parts);
    g.meta.deps.push_back(by_name(ObjectKind::OperatorClass, parts));
  }
  if (auto* c = params["collation"]) {
    auto parts = strings(c->names, c->n_names);
    if (std::string collation = collation_name(parts, scope_); !collation.empty()) {
      create += ", collation = " + collation;
      auto [schema, name] = collation_ref(parts, scope_);
      if (schema != "pg_catalog") g.meta.deps.push_back({ObjectKind::Collation, schema, name, "", ""});
    }
  }
  for (const char* f : {"canonical", "subtype_diff"})
    if (auto* t = params[f]) {
      auto parts = strings(t->names, t->n_names);
      create += std::string(", ") + f + " = " + written(parts);
      g.meta.deps.push_back(by_name(ObjectKind::Function, parts));
    }
  g.create.push_back(create + ")");

  claim_type(ctx, q, -1);
  claim_type(ctx, multirange, -1);
  multiranges_[multirange] = q;
  add_generic(ctx, g, nullptr);
  grant_defaults_on_create(ctx, g.id());
}

}  // namespace schemaplan::parser
