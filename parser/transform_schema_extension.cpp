// CREATE SCHEMA and CREATE EXTENSION.
#include "model/sql_writer.h"
#include "parser/transformer.h"

namespace schemaplan::parser {

void Transformer::create_schema(const StmtCtx& ctx, PgQuery__CreateSchemaStmt* s) {
  if (s->n_schema_elts > 0) ctx.unsupported("CREATE SCHEMA with schema elements");
  // CREATE SCHEMA AUTHORIZATION joe creates schema joe, owned by joe.
  std::string name = s->schemaname && *s->schemaname ? s->schemaname
                     : s->authrole && s->authrole->rolename ? s->authrole->rolename
                                                              : "";
  if (name.empty()) ctx.unsupported("CREATE SCHEMA without a name");
  if (auto it = schemas_.find(name); it != schemas_.end()) {
    // public exists in every new database, so creating it is accepted as a way of spelling it out.
    if (name == "public" && !it->second.known()) {
      it->second = ctx.span();
      defer(Phase::Schemas, ctx, [this, span = ctx.span()] { cat_.schemas.front().meta.span = span; });
      return;
    }
    if (s->if_not_exists) return;
    ctx.error("duplicate-object", "schema " + sql::ident(name) + " already exists (defined at " + it->second.str() + ")");
  }
  schemas_[name] = ctx.span();
  set_owner(ctx, {ObjectKind::Schema, "", name, "", ""}, s->authrole);
  defer(Phase::Schemas, ctx, [this, name, span = ctx.span()] {
    Schema schema{name, std::nullopt, {}};
    schema.meta.span = span;
    cat_.schemas.push_back(std::move(schema));
  });
  grant_defaults_on_create(ctx, {ObjectKind::Schema, "", name, "", ""});
}

void Transformer::create_extension(const StmtCtx& ctx, PgQuery__CreateExtensionStmt* s) {
  Extension e;
  e.name = s->extname;
  e.meta.span = ctx.span();
  int schema_location = -1;
  for (size_t i = 0; i < s->n_options; ++i) {
    const auto* d = s->options[i]->def_elem;
    std::string opt = d->defname;
    if (opt == "schema") {
      e.schema = sval(d->arg);
      schema_location = d->location;
    } else if (opt == "new_version") {
      e.version = sval(d->arg);
    } else if (opt == "cascade") {
      // CASCADE installs required extensions too; which ones is up to the extension's control file.
    } else {
      ctx.unsupported("CREATE EXTENSION option " + opt, d->location);
    }
  }
  if (auto it = extensions_.find(e.name); it != extensions_.end()) {
    if (s->if_not_exists) return;
    ctx.error("duplicate-object",
              "extension " + sql::ident(e.name) + " already exists (defined at " + it->second.str() + ")");
  }
  extensions_[e.name] = ctx.span();
  defer(Phase::Extensions, ctx, [this, e, ctx, schema_location] {
    if (!e.schema.empty() && e.schema != "pg_catalog") require_schema(ctx, e.schema, schema_location);
    cat_.extensions.push_back(e);
  });
}

}  // namespace schemaplan::parser
