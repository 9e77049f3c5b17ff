// CREATE [OR REPLACE] VIEW name [(columns)] [WITH (options)] AS query [WITH [CASCADED | LOCAL] CHECK OPTION]
// CREATE MATERIALIZED VIEW [IF NOT EXISTS] name [(columns)] [WITH (options)] AS query [WITH [NO] DATA]
#include <algorithm>
#include <optional>

#include "model/sql_writer.h"
#include "parser/transformer.h"
#include "parser/view_shape.h"

namespace schemaplan::parser {
namespace {

/// `name=value` as pg_class.reloptions stores a storage option (`security_barrier` alone is `=true`).
std::string option_text(const PgQuery__DefElem* d) {
  std::string value = storage_option_value(d);
  std::string name = d->defname;
  if (d->defnamespace && *d->defnamespace) name = std::string(d->defnamespace) + "." + name;
  return name + "=" + value;
}

std::vector<std::string> options_of(Node* const* items, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
      throw TreeError("unsupported-statement", "unexpected storage parameter");
    out.push_back(option_text(items[i]->def_elem));
  }
  return out;
}

void add_dep(std::vector<ObjectId>& deps, ObjectId id) {
  if (std::find(deps.begin(), deps.end(), id) == deps.end()) deps.push_back(std::move(id));
}

}  // namespace

void Transformer::create_view(const StmtCtx& ctx, PgQuery__ViewStmt* s) {
  if (s->view->relpersistence && std::string_view(s->view->relpersistence) == "t")
    ctx.unsupported("CREATE TEMPORARY VIEW");
  QualName q = qualify(s->view);
  View v;
  v.schema = q.schema;
  v.name = q.name;
  v.options = options_of(s->options, s->n_options);
  // WITH CHECK OPTION is stored as the option it is shorthand for.
  if (s->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION) v.options.push_back("check_option=local");
  if (s->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION)
    v.options.push_back("check_option=cascaded");
  define_view(ctx, std::move(v), s->query, s->aliases, s->n_aliases, s->replace, false);
}

void Transformer::create_matview(const StmtCtx& ctx, PgQuery__CreateTableAsStmt* s) {
  const auto* into = s->into;
  if (into->access_method && *into->access_method) ctx.unsupported("USING (table access method) for materialized views");
  if (into->table_space_name && *into->table_space_name) ctx.unsupported("TABLESPACE for materialized views");
  QualName q = qualify(into->rel);
  View v;
  v.schema = q.schema;
  v.name = q.name;
  v.materialized = true;
  v.with_data = !into->skip_data;
  v.options = options_of(into->options, into->n_options);
  define_view(ctx, std::move(v), s->query, into->col_names, into->n_col_names, false, s->if_not_exists);
}

void Transformer::define_view(const StmtCtx& ctx, View v, Node* query, Node* const* aliases, size_t n_aliases,
                              bool replace, bool if_not_exists) {
  QualName q{v.schema, v.name};
  if (if_not_exists && names_.relation_taken(q.schema, q.name)) return;  // skipped with a notice
  // CREATE OR REPLACE of a view the files already define: the later definition wins, as when psql runs them.
  bool replacing = replace && names_.relation_kind(q.schema, q.name) == "view";
  if (!replacing) claim_relation(ctx, q, v.materialized ? "materialized view" : "view", -1);
  if (!query || query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
    ctx.unsupported("a view whose query is not a SELECT");
  auto* select = query->select_stmt;
  ViewShape shape = read_view_shape(select, arena_);
  if (n_aliases) {
    // The column list names the first columns: written as aliases in the query, so that both spellings of a
    // name print alike (PostgreSQL stores them the same way).
    auto* left = select;
    while (left->op != PG_QUERY__SET_OPERATION__SETOP_NONE && left->larg) left = left->larg;
    bool star = std::any_of(shape.targets.begin(), shape.targets.end(),
                            [](const ViewTarget& t) { return t.kind == ViewTarget::Kind::Star; });
    if (star || left->n_values_lists) ctx.unsupported("a view column list over * or VALUES");
    if (n_aliases > left->n_target_list)
      ctx.error("invalid-definition", "CREATE VIEW specifies more column names than columns");
    for (size_t i = 0; i < n_aliases; ++i) {
      left->target_list[i]->res_target->name = arena_.str(sval(aliases[i]));
      shape.targets[i].name = sval(aliases[i]);
    }
  }
  ExprRefs refs;
  v.query = deparse_.view_query(query, &refs);
  std::vector<std::string> texts;
  for (const auto& t : shape.targets) texts.push_back(t.expr ? deparse_.print(t.expr, false) : "");
  v.meta.span = ctx.span();
  defer(Phase::Changes, ctx, [this, ctx, v, shape, texts, refs, replacing]() mutable {
    // What the query reads must exist before it (CREATE VIEW fails otherwise); a later statement may still
    // create it (apply_changes() retries).
    std::vector<ObjectId> deps = refs.deps;
    for (const auto& f : shape.functions) add_dep(deps, f);
    for (size_t i = 0; i < shape.relations.size(); ++i) {
      const auto& r = shape.relations[i];
      // The system's relations are always there (and are nobody's to plan).
      if (r.schema == "pg_catalog" || r.schema == "information_schema") continue;
      if (const Table* t = cat_.table(r.schema, r.name)) add_dep(deps, t->id());
      else if (const View* w = cat_.view(r.schema, r.name); w && !(w->schema == v.schema && w->name == v.name))
        add_dep(deps, w->id());
      else if (const GenericObject* f = cat_.generic({ObjectKind::Table, r.schema, r.name, "", ""}))  // a foreign table
        add_dep(deps, f->id());
      else
        ctx.error("undefined-object", "relation " + sql::qualified(r.schema, r.name) + " does not exist",
                  shape.locations[i]);
    }
    // Columns of tables the query may read: PostgreSQL records each column a view uses, and a retyped or
    // dropped one forces the view out. A name is matched against every relation it may come from.
    for (const auto& u : shape.uses)
      for (const auto& r : shape.relations) {
        if (!u.qualifier.empty() && u.qualifier != r.alias && u.qualifier != r.name) continue;
        std::vector<std::string> names;
        if (const Table* t = cat_.table(r.schema, r.name))
          for (const auto& c : t->columns) names.push_back(c.name);
        else if (auto f = foreign_columns_.find({r.schema, r.name}); f != foreign_columns_.end())
          for (const auto& c : f->second) names.push_back(c.name);
        for (const auto& c : names)
          if (u.column == "*" || u.column == c) add_dep(deps, {ObjectKind::Column, r.schema, c, r.name, ""});
      }
    std::sort(deps.begin(), deps.end());
    v.meta.deps = deps;
    v.columns = view_columns(shape, texts, v.query);
    if (replacing) {
      // CREATE OR REPLACE VIEW keeps what is not part of the definition: comments and column defaults.
      auto old = std::find_if(cat_.views.begin(), cat_.views.end(),
                              [&](const View& w) { return w.schema == v.schema && w.name == v.name; });
      if (old != cat_.views.end()) {
        v.comment = old->comment;
        for (const auto& [c, text] : old->column_comments)
          if (v.column(c)) v.column_comments.emplace(c, text);
        for (const auto& [c, expr] : old->column_defaults)
          if (v.column(c)) v.column_defaults.emplace(c, expr);
      }
      std::erase_if(cat_.views, [&](const View& w) { return w.schema == v.schema && w.name == v.name; });
    }
    cat_.views.push_back(v);
  });
  if (!replacing) grant_defaults_on_create(ctx, v.id());
}

std::vector<ViewColumn> Transformer::view_columns(const ViewShape& shape, const std::vector<std::string>& texts,
                                                  const std::string& query) const {
  // Columns the catalog cannot tell: one stand-in column that changes whenever the query does, so the view
  // is never replaced in place on a guess.
  const std::vector<ViewColumn> unknown{{"?", query}};
  if (!shape.columns_known) return unknown;
  // The columns of one FROM relation, from the catalog; nullopt when they are not known.
  auto columns_of = [&](const ViewRelation& r) -> std::optional<std::vector<ViewColumn>> {
    if (const Table* t = cat_.table(r.schema, r.name)) {
      std::vector<ViewColumn> out;
      for (const auto& c : t->columns) out.push_back({c.name, c.type});
      return out;
    }
    if (const View* w = cat_.view(r.schema, r.name); w && !(w->columns.size() == 1 && w->columns[0].name == "?"))
      return w->columns;
    if (auto f = foreign_columns_.find({r.schema, r.name}); f != foreign_columns_.end()) return f->second;
    return std::nullopt;
  };
  std::vector<ViewColumn> out;
  for (size_t i = 0; i < shape.targets.size(); ++i) {
    const auto& t = shape.targets[i];
    if (t.kind == ViewTarget::Kind::Star) {
      if (!shape.from_complete) return unknown;
      bool matched = false;
      for (const auto& r : shape.from) {
        if (!t.qualifier.empty() && t.qualifier != r.alias) continue;
        auto cols = columns_of(r);
        if (!cols) return unknown;
        out.insert(out.end(), cols->begin(), cols->end());
        matched = true;
      }
      if (!matched) return unknown;
      continue;
    }
    std::string type = "expr " + texts[i];
    if (t.kind == ViewTarget::Kind::Column) {
      // A plain column has that column's type, when exactly one relation of the FROM list has it.
      std::vector<std::string> found;
      for (const auto& r : shape.from) {
        if (!t.qualifier.empty() && t.qualifier != r.alias) continue;
        if (auto cols = columns_of(r))
          for (const auto& c : *cols)
            if (c.name == t.column) found.push_back(c.type);
      }
      if (found.size() == 1 && shape.from_complete) type = found[0];
    }
    out.push_back({t.name, type});
  }
  return out;
}

}  // namespace schemaplan::parser
