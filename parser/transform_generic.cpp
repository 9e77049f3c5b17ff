// The machinery shared by every kind kept as DDL text (model/generic.h): recording an object with what its
// statement names, completing it with later ALTERs, and naming one from COMMENT ON / ALTER ... OWNER TO.
// Each family of kinds has its own transform file (transform_aggregate.cpp, transform_operator.cpp,
// transform_text_search.cpp, transform_foreign.cpp) that builds the object's canonical statement.
#include <algorithm>
#include <cctype>

#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

void add_unique(std::vector<ObjectId>& v, ObjectId id) {
  if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(std::move(id));
}

/// An operator name is made of punctuation; anything else in an ObjectWithArgs is a function.
bool is_operator_symbol(const std::string& s) {
  return !s.empty() && std::none_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  });
}

/// `{kind, schema ("" = unqualified), name}` recorded by name, resolved by finish().
ObjectId by_name(ObjectKind kind, const std::vector<std::string>& parts) {
  if (parts.empty()) return {};
  return {kind, parts.size() >= 2 ? parts[parts.size() - 2] : "", parts.back(), "", kUnresolvedRef};
}

}  // namespace

QualName Transformer::qual_name(const std::vector<std::string>& parts) {
  if (parts.empty()) return {"public", ""};
  return {parts.size() >= 2 ? parts[parts.size() - 2] : "public", parts.back()};
}

std::string Transformer::type_list(Node* const* types, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    std::string t = "NONE";
    if (types[i] && types[i]->node_case == PG_QUERY__NODE__NODE_TYPE_NAME)
      t = resolve_type(types[i]->type_name, scope_).text;
    out += (i ? ", " : "") + t;
  }
  return out;
}

std::vector<ObjectId> Transformer::generic_refs(Node* stmt, const std::set<std::string>& function_options,
                                                const std::set<std::string>& type_options) {
  std::vector<ObjectId> out;
  // TypeNames that stand for function names (`SFUNC = f`) or keywords (`PARALLEL = SAFE`) must not be read or
  // rewritten as types.
  std::set<const ProtobufCMessage*> function_names;
  visit(&stmt->base, [&](ProtobufCMessage* m) {
    auto* d = as<PgQuery__DefElem>(m, pg_query__def_elem__descriptor);
    if (!d || !d->defname || !d->arg) return;
    std::string name = d->defname;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (d->arg->node_case == PG_QUERY__NODE__NODE_TYPE_NAME && !type_options.count(name)) {
      function_names.insert(&d->arg->type_name->base);
      if (function_options.count(name))
        add_unique(out, by_name(ObjectKind::Function, strings(d->arg->type_name->names, d->arg->type_name->n_names)));
    } else if (d->arg->node_case == PG_QUERY__NODE__NODE_LIST) {
      // `COMMUTATOR = ===`, `SORTOP = >`: an operator name as a list of strings.
      auto parts = strings(d->arg->list->items, d->arg->list->n_items);
      if (!parts.empty() && is_operator_symbol(parts.back())) add_unique(out, by_name(ObjectKind::Operator, parts));
    }
  });
  visit(&stmt->base, [&](ProtobufCMessage* m) {
    if (auto* t = as<PgQuery__TypeName>(m, pg_query__type_name__descriptor)) {
      if (function_names.count(m)) return;
      if (auto user = canonicalise_type_name(arena_, t, scope_))
        add_unique(out, ObjectId{ObjectKind::Type, user->first, user->second, "", ""});
    } else if (auto* rv = as<PgQuery__RangeVar>(m, pg_query__range_var__descriptor)) {
      if (rv->relname && *rv->relname)
        add_unique(out, ObjectId{ObjectKind::Table, rv->schemaname && *rv->schemaname ? rv->schemaname : "", rv->relname,
                                 "", kUnresolvedRef});
    } else if (auto* f = as<PgQuery__FuncCall>(m, pg_query__func_call__descriptor)) {
      add_unique(out, by_name(ObjectKind::Function, strings(f->funcname, f->n_funcname)));
    } else if (auto* o = as<PgQuery__ObjectWithArgs>(m, pg_query__object_with_args__descriptor)) {
      auto parts = strings(o->objname, o->n_objname);
      if (!parts.empty())
        add_unique(out, by_name(is_operator_symbol(parts.back()) ? ObjectKind::Operator : ObjectKind::Function, parts));
    } else if (auto* c = as<PgQuery__CollateClause>(m, pg_query__collate_clause__descriptor)) {
      add_unique(out, by_name(ObjectKind::Collation, strings(c->collname, c->n_collname)));
    }
  });
  // Built-ins named with their schema are never the user's.
  std::erase_if(out, [](const ObjectId& id) { return id.schema == "pg_catalog" || id.name.empty(); });
  return out;
}

void Transformer::add_generic(const StmtCtx& ctx, GenericObject g, Node* stmt) {
  if (stmt) {
    for (auto& d : generic_refs(stmt))
      if (d != g.id()) add_unique(g.meta.deps, std::move(d));
  }
  g.meta.span = ctx.span();
  defer(Phase::Types, ctx, [this, ctx, g = std::move(g)]() mutable {
    if (!g.schema.empty()) require_schema(ctx, g.schema, -1);
    if (const GenericObject* old = cat_.generic(g.id())) {
      std::string first = old->meta.span.str();
      ctx.error("duplicate-object", g.id().str() + " already exists" + (first.empty() ? "" : " (first defined at " + first + ")"));
    }
    cat_.generics.push_back(std::move(g));
  });
}

void Transformer::amend_generic(const StmtCtx& ctx, const ObjectId& id, std::string statement, Node* stmt) {
  std::vector<ObjectId> deps;
  if (stmt) deps = generic_refs(stmt);
  defer(Phase::Changes, ctx, [this, ctx, id, statement = std::move(statement), deps = std::move(deps)] {
    auto it = std::find_if(cat_.generics.begin(), cat_.generics.end(), [&](const GenericObject& g) { return g.id() == id; });
    if (it == cat_.generics.end()) ctx.error("undefined-object", id.str() + " does not exist");
    it->create.push_back(statement);
    for (const auto& d : deps)
      if (d != id) add_unique(it->meta.deps, d);
  });
}

std::optional<ObjectId> Transformer::generic_object_id(PgQuery__ObjectType type, Node* object) {
  auto names = [&] { return name_parts(object); };
  auto in_schema = [&](ObjectKind k) -> ObjectId {
    QualName q = qual_name(names());
    return {k, q.schema, q.name, "", ""};
  };
  auto global = [&](ObjectKind k) -> ObjectId {
    auto n = names();
    return {k, "", n.empty() ? "" : n.back(), "", ""};
  };
  switch (type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR: {
      if (!object || object->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS) return std::nullopt;
      auto* o = object->object_with_args;
      QualName q = qual_name(strings(o->objname, o->n_objname));
      bool aggregate = type == PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE;
      return ObjectId{aggregate ? ObjectKind::Aggregate : ObjectKind::Operator, q.schema, q.name, "",
                      type_list(o->objargs, o->n_objargs)};
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_CAST: {
      // A list of the two TypeNames.
      if (!object || object->node_case != PG_QUERY__NODE__NODE_LIST || object->list->n_items != 2) return std::nullopt;
      auto type_of = [&](Node* n) { return n->node_case == PG_QUERY__NODE__NODE_TYPE_NAME ? resolve_type(n->type_name, scope_).text : ""; };
      return ObjectId{ObjectKind::Cast, "", type_of(object->list->items[0]) + " AS " + type_of(object->list->items[1]), "", ""};
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS:
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPFAMILY: {
      // The access method first, then the name.
      auto parts = names();
      if (parts.size() < 2) return std::nullopt;
      std::string method = parts.front();
      parts.erase(parts.begin());
      QualName q = qual_name(parts);
      return ObjectId{type == PG_QUERY__OBJECT_TYPE__OBJECT_OPCLASS ? ObjectKind::OperatorClass : ObjectKind::OperatorFamily,
                      q.schema, q.name, "", method};
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_RULE: {
      auto parts = names();  // [schema,] table, rule
      if (parts.size() < 2) return std::nullopt;
      std::string rule = parts.back();
      parts.pop_back();
      QualName t = qual_name(parts);
      return ObjectId{ObjectKind::Rule, t.schema, rule, t.name, ""};
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: return in_schema(ObjectKind::Collation);
    case PG_QUERY__OBJECT_TYPE__OBJECT_CONVERSION: return in_schema(ObjectKind::Conversion);
    case PG_QUERY__OBJECT_TYPE__OBJECT_STATISTIC_EXT: return in_schema(ObjectKind::Statistics);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER: return in_schema(ObjectKind::TextSearchParser);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE: return in_schema(ObjectKind::TextSearchTemplate);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY: return in_schema(ObjectKind::TextSearchDictionary);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION: return in_schema(ObjectKind::TextSearchConfiguration);
    case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER: return global(ObjectKind::EventTrigger);
    case PG_QUERY__OBJECT_TYPE__OBJECT_LANGUAGE: return global(ObjectKind::Language);
    case PG_QUERY__OBJECT_TYPE__OBJECT_FDW: return global(ObjectKind::ForeignDataWrapper);
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_SERVER: return global(ObjectKind::ForeignServer);
    case PG_QUERY__OBJECT_TYPE__OBJECT_PUBLICATION: return global(ObjectKind::Publication);
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE: return in_schema(ObjectKind::Table);
    case PG_QUERY__OBJECT_TYPE__OBJECT_ACCESS_METHOD: return global(ObjectKind::AccessMethod);
    default: return std::nullopt;
  }
}

void Transformer::define(const StmtCtx& ctx, PgQuery__DefineStmt* s) {
  if (s->replace) ctx.unsupported("CREATE OR REPLACE for this kind of object");
  switch (s->kind) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE: return create_aggregate(ctx, s);
    case PG_QUERY__OBJECT_TYPE__OBJECT_OPERATOR: return create_operator(ctx, s);
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION: return create_collation(ctx, s);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSPARSER:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSTEMPLATE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSDICTIONARY:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TSCONFIGURATION: return create_text_search(ctx, s);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      ctx.unsupported(s->n_definition ? "CREATE TYPE with input and output functions (a base type)" : "CREATE TYPE without a definition (a shell type)");
    default: ctx.unsupported("this CREATE statement");
  }
}

}  // namespace schemaplan::parser
