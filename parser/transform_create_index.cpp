// CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] t ...
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/deparse.h"
#include "parser/transformer.h"

namespace schemaplan::parser {

void Transformer::create_index(const StmtCtx& ctx, PgQuery__IndexStmt* s) {
  if (s->table_space && *s->table_space) ctx.unsupported("TABLESPACE for indexes");
  QualName table = qualify(s->relation);
  // An index lives in its table's schema.
  QualName q{table.schema, s->idxname ? s->idxname : ""};
  if (!q.name.empty()) {
    if (s->if_not_exists && names_.relation_taken(q.schema, q.name)) return;  // skipped with a notice
  } else {
    // ChooseIndexName: key and INCLUDE columns, an expression named after its function (or "expr").
    std::vector<std::string> prelim;
    for (size_t i = 0; i < s->n_index_params; ++i) prelim.push_back(index_column_name(s->index_params[i]->index_elem));
    for (size_t i = 0; i < s->n_index_including_params; ++i)
      prelim.push_back(index_column_name(s->index_including_params[i]->index_elem));
    q.name = names_.choose_relation_name(q.schema, table.name, name_addition(index_column_names(prelim)), "idx", false);
  }
  claim_relation(ctx, q, "index", -1);
  index_stmts_[q] = s;

  Index ix;
  ix.schema = q.schema;
  ix.name = q.name;
  ix.table = table.name;
  ix.unique = s->unique;
  ix.meta.span = ctx.span();
  ExprRefs refs;
  ix.definition = deparse_.index_definition(s, table.name, &refs);
  ix.columns = refs.columns;
  ix.meta.deps = refs.deps;  // functions, types, operators and collations it names, resolved by finish()
  std::sort(ix.columns.begin(), ix.columns.end());
  defer(Phase::Changes, ctx, [this, ctx, ix, table, inh = s->relation->inh, loc = s->relation->location] {
    // A materialized view takes indexes like a table; its columns are checked when the catalog knows them.
    if (const View* v = cat_.view(table.schema, table.name); v && v->materialized && !find_table(table)) {
      bool known = !(v->columns.size() == 1 && v->columns[0].name == "?");
      for (const auto& c : ix.columns)
        if (known && !v->column(c))
          ctx.error("undefined-object", "column " + sql::ident(c) + " of materialized view " +
                                            sql::qualified(table.schema, table.name) + " does not exist", loc);
      cat_.indexes.push_back(ix);
      return;
    }
    Table& t = table_or_fail(ctx, table, loc);
    for (const auto& c : ix.columns) require_column(ctx, t, c, loc);
    cat_.indexes.push_back(ix);
    // Not ON ONLY: the partitions' equal indexes join the new one (transform_alter_index.cpp).
    if (!t.partition_key.empty() && inh) {
      std::vector<const Table*> parts;
      for (const auto& p : cat_.tables)
        if (p.partition_of && p.partition_of->schema == t.schema && p.partition_of->name == t.name) parts.push_back(&p);
      for (const Table* p : parts) adopt_partition_indexes(*p, QualName{ix.schema, ix.name});
    }
  });
}

}  // namespace schemaplan::parser
