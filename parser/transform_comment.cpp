// COMMENT ON SCHEMA | EXTENSION | TYPE | SEQUENCE | TABLE | COLUMN | CONSTRAINT ... ON | INDEX | [MATERIALIZED] VIEW ... IS 'text' | NULL.
#include <algorithm>
#include <cctype>

#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

// [schema.]name from the last `n` parts of an object name list, "public" when unqualified.
QualName qualname(const std::vector<std::string>& parts, size_t n) {
  if (parts.size() > n) return {parts[parts.size() - n - 1], parts[parts.size() - n]};
  return {"public", parts[parts.size() - n]};
}

}  // namespace

bool Transformer::comment_user_type(const QualName& q, const std::optional<std::string>& text, bool composites_too) {
  for (auto& d : cat_.domains)
    if (d.schema == q.schema && d.name == q.name) {
      d.comment = text;
      return true;
    }
  if (composites_too)
    for (auto& t : cat_.composites)
      if (t.schema == q.schema && t.name == q.name) {
        t.comment = text;
        return true;
      }
  return false;
}

void Transformer::comment(const StmtCtx& ctx, PgQuery__CommentStmt* s) {
  // COMMENT ... IS NULL and IS '' both remove the comment.
  std::optional<std::string> text;
  if (s->comment && *s->comment) text = s->comment;
  std::vector<std::string> parts = name_parts(s->object);
  auto missing = [ctx](const std::string& what) { ctx.error("undefined-object", what + " does not exist"); };
  std::function<void()> apply;
  switch (s->objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
      apply = [=, this] {
        auto it = std::find_if(cat_.schemas.begin(), cat_.schemas.end(), [&](auto& x) { return x.name == parts[0]; });
        if (it == cat_.schemas.end()) missing("schema " + sql::ident(parts[0]));
        it->comment = text;
      };
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
      apply = [=, this] {
        auto it = std::find_if(cat_.extensions.begin(), cat_.extensions.end(), [&](auto& x) { return x.name == parts[0]; });
        if (it == cat_.extensions.end()) missing("extension " + sql::ident(parts[0]));
        it->comment = text;
      };
      break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
      QualName q = qualname(parts, 1);
      apply = [=, this] {
        auto it = std::find_if(cat_.enums.begin(), cat_.enums.end(),
                               [&](auto& x) { return x.schema == q.schema && x.name == q.name; });
        if (it != cat_.enums.end()) {
          it->comment = text;
          return;
        }
        if (comment_user_type(q, text, true)) return;
        for (auto& g : cat_.generics)  // a range type
          if (g.kind == ObjectKind::Type && g.schema == q.schema && g.name == q.name) {
            g.comment = text;
            return;
          }
        missing("type " + sql::qualified(q.schema, q.name));
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN: {
      QualName q = qualname(parts, 1);
      apply = [=, this] {
        if (!comment_user_type(q, text, false)) missing("domain " + sql::qualified(q.schema, q.name));
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT: {
      // The object is (type name, constraint name).
      std::vector<std::string> domain;
      std::string constraint;
      if (s->object && s->object->node_case == PG_QUERY__NODE__NODE_LIST && s->object->list->n_items == 2) {
        domain = name_parts(s->object->list->items[0]);
        constraint = std::string(sval(s->object->list->items[1]));
      }
      if (domain.empty()) ctx.unsupported("this COMMENT ON CONSTRAINT form");
      QualName q = qualname(domain, 1);
      apply = [=, this] {
        auto it = std::find_if(cat_.domains.begin(), cat_.domains.end(),
                               [&](auto& x) { return x.schema == q.schema && x.name == q.name; });
        if (it == cat_.domains.end()) missing("domain " + sql::qualified(q.schema, q.name));
        auto c = std::find_if(it->constraints.begin(), it->constraints.end(), [&](auto& k) { return k.name == constraint; });
        if (c == it->constraints.end())
          missing("constraint " + sql::ident(constraint) + " of domain " + sql::qualified(q.schema, q.name));
        c->comment = text;
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
      QualName q = qualname(parts, 1);
      apply = [=, this] {
        auto it = std::find_if(cat_.sequences.begin(), cat_.sequences.end(),
                               [&](auto& x) { return x.schema == q.schema && x.name == q.name; });
        if (it != cat_.sequences.end()) {
          it->comment = text;
          return;
        }
        if (identity_sequences_.count(q)) ctx.unsupported("comments on the sequence of an identity column");
        missing("sequence " + sql::qualified(q.schema, q.name));
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
      QualName q = qualname(parts, 1);
      apply = [=, this] { table_or_fail(ctx, q, -1).comment = text; };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
      QualName q = qualname(parts, 1);
      bool materialized = s->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW;
      apply = [=, this] {
        auto it = std::find_if(cat_.views.begin(), cat_.views.end(), [&](auto& x) {
          return x.schema == q.schema && x.name == q.name && x.materialized == materialized;
        });
        if (it == cat_.views.end())
          missing(std::string(materialized ? "materialized view " : "view ") + sql::qualified(q.schema, q.name));
        it->comment = text;
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      QualName q = qualname(parts, 2);
      apply = [=, this] {
        // A view's or materialized view's column.
        auto v = std::find_if(cat_.views.begin(), cat_.views.end(),
                              [&](auto& x) { return x.schema == q.schema && x.name == q.name; });
        if (v != cat_.views.end()) {
          bool columns_known = !(v->columns.size() == 1 && v->columns[0].name == "?");
          if (columns_known && !v->column(parts.back()))
            missing("column " + sql::ident(parts.back()) + " of view " + sql::qualified(q.schema, q.name));
          if (text) v->column_comments[parts.back()] = *text;
          else v->column_comments.erase(parts.back());
          return;
        }
        // A composite type's attributes are columns too (of its pg_class entry).
        auto it = std::find_if(cat_.composites.begin(), cat_.composites.end(),
                               [&](auto& x) { return x.schema == q.schema && x.name == q.name; });
        if (it != cat_.composites.end()) {
          auto a = std::find_if(it->attributes.begin(), it->attributes.end(), [&](auto& x) { return x.name == parts.back(); });
          if (a == it->attributes.end())
            missing("attribute " + sql::ident(parts.back()) + " of type " + sql::qualified(q.schema, q.name));
          a->comment = text;
          return;
        }
        if (comment_foreign_column(ctx, q, parts.back(), text)) return;
        column_or_fail(ctx, table_or_fail(ctx, q, -1), parts.back(), -1).comment = text;
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      QualName q = qualname(parts, 2);
      apply = [=, this] {
        Table& t = table_or_fail(ctx, q, -1);
        auto it = std::find_if(t.constraints.begin(), t.constraints.end(), [&](auto& c) { return c.name == parts.back(); });
        if (it == t.constraints.end())
          missing("constraint " + sql::ident(parts.back()) + " of table " + sql::qualified(q.schema, q.name));
        it->comment = text;
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
      QualName q = qualname(parts, 1);
      apply = [=, this] {
        auto it = std::find_if(cat_.indexes.begin(), cat_.indexes.end(),
                               [&](auto& x) { return x.schema == q.schema && x.name == q.name; });
        if (it != cat_.indexes.end()) {
          it->comment = text;
          return;
        }
        // The index of a PRIMARY KEY / UNIQUE / EXCLUDE constraint is part of the constraint in the model.
        for (const auto& t : cat_.tables)
          if (t.schema == q.schema && t.constraint(q.name))
            ctx.unsupported("comments on the index of a constraint (comment on the constraint instead)");
        missing("index " + sql::qualified(q.schema, q.name));
      };
      break;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: apply = comment_policy(ctx, parts, text); break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
    case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
      apply = comment_on_routine(ctx, s, text);
      break;
    default: {
      if (auto id = generic_object_id(s->objtype, s->object)) {
        apply = [=, this] {
          for (auto& g : cat_.generics)
            if (g.id() == *id) {
              g.comment = text;
              return;
            }
          missing(id->str());
        };
        break;
      }
      // Name the object kind from the statement's own words: COMMENT ON <kind> ...
      std::string_view sql(ctx.file->text);
      size_t pos = skip_blanks(sql, ctx.start);
      std::string kind;
      for (int word = 0; word < 3 && pos < sql.size(); ++word) {
        size_t end = pos;
        while (end < sql.size() && (std::isalpha(static_cast<unsigned char>(sql[end])) || sql[end] == '_')) ++end;
        if (word == 2)
          for (size_t i = pos; i < end; ++i) kind += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i])));
        pos = skip_blanks(sql, end);
      }
      ctx.unsupported("COMMENT ON " + (kind.empty() ? std::string("this kind of object") : kind));
    }
  }
  defer(Phase::Changes, ctx, apply);
}

}  // namespace schemaplan::parser
