#include "parser/transformer.h"

#include <algorithm>
#include <cctype>

#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "parser/deparse.h"

namespace schemaplan::parser {
namespace {

std::string upper_word(std::string_view text, size_t& pos) {
  pos = skip_blanks(text, pos);
  std::string w;
  while (pos < text.size() && (std::isalpha(static_cast<unsigned char>(text[pos])) || text[pos] == '_'))
    w += static_cast<char>(std::toupper(static_cast<unsigned char>(text[pos++])));
  return w;
}

// A readable name for a statement we do not support, from its leading keywords: `CREATE VIEW`,
// `CREATE MATERIALIZED VIEW`, `DROP TABLE`, `GRANT`.
std::string statement_kind_name(const StmtCtx& ctx, const Node* n) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: return "CREATE TYPE ... AS RANGE";
    case PG_QUERY__NODE__NODE_RENAME_STMT: return "RENAME";
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: return "CREATE TABLE ... AS";
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT: return "ALTER ... SET SCHEMA";
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT: return "GRANT/REVOKE of role membership (roles are not managed)";
    default: break;
  }
  std::string_view text(ctx.file->text);
  text = text.substr(0, ctx.offset + ctx.length);
  size_t pos = ctx.start;
  std::string first = upper_word(text, pos);
  if (first != "CREATE" && first != "ALTER" && first != "DROP") return first.empty() ? "this statement" : first;
  static const std::set<std::string> kSkip = {"OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL",
                                              "UNIQUE", "TRUSTED", "PROCEDURAL", "RECURSIVE", "DEFAULT", "CONSTRAINT"};
  // Object kinds spelled with two keywords.
  static const std::set<std::pair<std::string, std::string>> kTwoWords = {
      {"MATERIALIZED", "VIEW"}, {"FOREIGN", "TABLE"},  {"FOREIGN", "DATA"},     {"EVENT", "TRIGGER"},
      {"TEXT", "SEARCH"},       {"ACCESS", "METHOD"},  {"USER", "MAPPING"},     {"DEFAULT", "PRIVILEGES"},
      {"OPERATOR", "CLASS"},    {"OPERATOR", "FAMILY"}};
  std::string out = first;
  std::string w = upper_word(text, pos);
  while (kSkip.count(w) && !(first == "ALTER" && w == "DEFAULT")) w = upper_word(text, pos);
  if (!w.empty()) out += " " + w;
  size_t after = pos;
  std::string w2 = upper_word(text, after);
  if (kTwoWords.count({w, w2})) out += " " + w2;
  return out;
}

}  // namespace

SourceSpan StmtCtx::span(int location) const {
  size_t at = location < 0 ? start : offset + static_cast<size_t>(location);
  return lines->span(file->path, std::min(at, file->text.size()));
}

void StmtCtx::error(const std::string& code, const std::string& message, int location) const {
  fail(code, message, span(location), file->text);
}

void StmtCtx::unsupported(const std::string& what, int location) const {
  error("unsupported-statement", what + " is not supported yet", location);
}

Transformer::Transformer(TreeArena& arena, bool fold_literal_casts, bool strict, std::string running_role)
    : arena_(arena), deparse_(arena, scope_, fold_literal_casts), strict_(strict), running_role_(std::move(running_role)) {
  // Every database starts with schema public; SQL files rarely create it.
  cat_.schemas.push_back(Schema{"public", std::nullopt, {}});
  schemas_["public"] = SourceSpan{};
}

void Transformer::prepare(Node* stmt) {
  if (stmt->node_case == PG_QUERY__NODE__NODE_DEFINE_STMT && stmt->define_stmt->kind == PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION) {
    QualName q = qual_name(strings(stmt->define_stmt->defnames, stmt->define_stmt->n_defnames));
    scope_.add_collation(q.schema, q.name);
    return;
  }
  if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT) {
    auto parts = strings(stmt->create_function_stmt->funcname, stmt->create_function_stmt->n_funcname);
    if (!parts.empty()) scope_.add_function(parts.back());
    return;
  }
  if (stmt->node_case != PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT) return;
  const auto* s = stmt->create_extension_stmt;
  std::string schema = "public";
  for (size_t i = 0; i < s->n_options; ++i)
    if (std::string_view(s->options[i]->def_elem->defname) == "schema") schema = sval(s->options[i]->def_elem->arg);
  scope_.add_extension(s->extname, schema);
}

void Transformer::collect(const StmtCtx& ctx, Node* stmt) {
  files_[ctx.file->path] = ctx.file;
  try {
    dispatch(ctx, stmt);
  } catch (const TreeError& e) {
    ctx.error(e.code, e.what(), e.location);
  }
}

void Transformer::defer(Phase phase, const StmtCtx& ctx, std::function<void()> apply) {
  deferred_.push_back(Deferred{phase, deferred_.size(), ctx, std::move(apply)});
}

void Transformer::dispatch(const StmtCtx& ctx, Node* n) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT: return create_schema(ctx, n->create_schema_stmt);
    case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT: return create_extension(ctx, n->create_extension_stmt);
    case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT: return create_enum(ctx, n->create_enum_stmt);
    case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT: return alter_enum(ctx, n->alter_enum_stmt);
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: return create_sequence(ctx, n->create_seq_stmt);
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: return alter_sequence(ctx, n->alter_seq_stmt);
    case PG_QUERY__NODE__NODE_CREATE_STMT: return create_table(ctx, n->create_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: return alter_table(ctx, n->alter_table_stmt);
    case PG_QUERY__NODE__NODE_INDEX_STMT: return create_index(ctx, n->index_stmt);
    case PG_QUERY__NODE__NODE_COMMENT_STMT: return comment(ctx, n->comment_stmt);
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return variable_set(ctx, n->variable_set_stmt);
    case PG_QUERY__NODE__NODE_SELECT_STMT: return select(ctx, n->select_stmt);
    case PG_QUERY__NODE__NODE_VIEW_STMT: return create_view(ctx, n->view_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
      if (n->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW)
        return create_matview(ctx, n->create_table_as_stmt);
      break;
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: return create_domain(ctx, n->create_domain_stmt);
    case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT: return alter_domain(ctx, n->alter_domain_stmt);
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: return create_composite(ctx, n->composite_type_stmt);
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: return create_policy(ctx, n->create_policy_stmt);
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT: return alter_policy(ctx, n->alter_policy_stmt);
    case PG_QUERY__NODE__NODE_GRANT_STMT: return grant(ctx, n->grant_stmt);
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
      return alter_default_privileges(ctx, n->alter_default_privileges_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: return create_function(ctx, n->create_function_stmt);
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: return create_trigger(ctx, n->create_trig_stmt);
    case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT: return alter_function(ctx, n->alter_function_stmt);
    case PG_QUERY__NODE__NODE_INSERT_STMT: return data_statement(ctx, "INSERT");
    case PG_QUERY__NODE__NODE_UPDATE_STMT: return data_statement(ctx, "UPDATE");
    case PG_QUERY__NODE__NODE_DELETE_STMT: return data_statement(ctx, "DELETE");
    case PG_QUERY__NODE__NODE_COPY_STMT: return data_statement(ctx, "COPY");
    case PG_QUERY__NODE__NODE_CALL_STMT: return data_statement(ctx, "CALL");
    case PG_QUERY__NODE__NODE_DEFINE_STMT: return define(ctx, n->define_stmt);
    case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT: return create_opclass(ctx, n->create_op_class_stmt);
    case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT: return create_opfamily(ctx, n->create_op_family_stmt);
    case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT: return alter_opfamily(ctx, n->alter_op_family_stmt);
    case PG_QUERY__NODE__NODE_CREATE_CAST_STMT: return create_cast(ctx, n->create_cast_stmt);
    case PG_QUERY__NODE__NODE_ALTER_OPERATOR_STMT: return alter_operator(ctx, n->alter_operator_stmt);
    case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT: return create_conversion(ctx, n->create_conversion_stmt);
    case PG_QUERY__NODE__NODE_CREATE_AM_STMT: return create_access_method(ctx, n->create_am_stmt);
    case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT: return create_language(ctx, n->create_plang_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT: return alter_ts_configuration(ctx, n->alter_tsconfiguration_stmt);
    case PG_QUERY__NODE__NODE_ALTER_TSDICTIONARY_STMT: return alter_ts_dictionary(ctx, n->alter_tsdictionary_stmt);
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT: return create_statistics(ctx, n->create_stats_stmt);
    case PG_QUERY__NODE__NODE_ALTER_STATS_STMT: return alter_statistics(ctx, n->alter_stats_stmt);
    case PG_QUERY__NODE__NODE_RULE_STMT: return create_rule(ctx, n->rule_stmt);
    case PG_QUERY__NODE__NODE_CLUSTER_STMT: return cluster(ctx, n->cluster_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FDW_STMT: return create_fdw(ctx, n->create_fdw_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT: return create_foreign_server(ctx, n->create_foreign_server_stmt);
    case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT: return create_user_mapping(ctx, n->create_user_mapping_stmt);
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: return create_foreign_table(ctx, n->create_foreign_table_stmt);
    case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT: return create_publication(ctx, n->create_publication_stmt);
    case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT: return alter_publication(ctx, n->alter_publication_stmt);
    case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT: return create_event_trigger(ctx, n->create_event_trig_stmt);
    case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT: return alter_event_trigger(ctx, n->alter_event_trig_stmt);
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: return create_range(ctx, n->create_range_stmt);
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
      switch (n->transaction_stmt->kind) {
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
          return;  // transaction control changes no schema
        default:
          break;
      }
      break;
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: {
      // Only owner changes of object kinds we model.
      auto* a = n->alter_owner_stmt;
      if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA)
        return set_owner(ctx, {ObjectKind::Schema, "", std::string(sval(a->object)), "", ""}, a->newowner);
      if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE || a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN) {
        auto parts = name_parts(a->object);
        return set_owner(ctx, {ObjectKind::Type, parts.size() > 1 ? parts[parts.size() - 2] : "public", parts.back(), "", ""},
                         a->newowner);
      }
      if (a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION || a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE ||
          a->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE)
        return routine_owner(ctx, a->object->object_with_args, a->newowner);
      if (auto id = generic_object_id(a->object_type, a->object)) return set_owner(ctx, *id, a->newowner);
      break;
    }
    default:
      break;
  }
  ctx.unsupported(statement_kind_name(ctx, n));
}

QualName Transformer::qualify(const PgQuery__RangeVar* rv) const {
  return QualName{rv->schemaname && *rv->schemaname ? rv->schemaname : "public", rv->relname ? rv->relname : ""};
}

Table* Transformer::find_table(const QualName& q) {
  // Every foreign key, index and comment looks its table up: a scan of cat_.tables each time made reading
  // 2,000 tables quadratic (docs/performance.md). The slot map is only a hint, because statements rename,
  // drop and replace tables in place: a slot is used after checking that the table there still has this
  // name, and a miss falls back to the scan, which refreshes the hint. So the answer is the scan's always.
  auto matches = [&](const Table& t) { return t.schema == q.schema && t.name == q.name; };
  auto hinted = [&]() -> Table* {
    auto it = table_slots_.find(q);
    return it != table_slots_.end() && it->second < cat_.tables.size() && matches(cat_.tables[it->second])
               ? &cat_.tables[it->second]
               : nullptr;
  };
  if (Table* t = hinted()) return t;
  // Tables appended since the last look get their hints first: otherwise the first lookup of each new table
  // would be a scan, and 10,000 CREATE TABLEs 50 million comparisons.
  if (tables_hinted_ < cat_.tables.size()) {
    for (; tables_hinted_ < cat_.tables.size(); ++tables_hinted_)
      table_slots_[QualName{cat_.tables[tables_hinted_].schema, cat_.tables[tables_hinted_].name}] = tables_hinted_;
    if (Table* t = hinted()) return t;
  }
  for (size_t i = 0; i < cat_.tables.size(); ++i)
    if (matches(cat_.tables[i])) {
      table_slots_[q] = i;
      return &cat_.tables[i];
    }
  return nullptr;
}

Table& Transformer::table_or_fail(const StmtCtx& ctx, const QualName& q, int location) {
  if (Table* t = find_table(q)) return *t;
  ctx.error("undefined-object", "table " + sql::qualified(q.schema, q.name) + " does not exist", location);
}

void Transformer::require_schema(const StmtCtx& ctx, const std::string& schema, int location) {
  if (!cat_.schema(schema))
    ctx.error("undefined-object", "schema " + sql::ident(schema) + " does not exist", location);
}

Column& Transformer::column_or_fail(const StmtCtx& ctx, Table& t, const std::string& column, int location) {
  for (auto& c : t.columns)
    if (c.name == column) return c;
  ctx.error("undefined-object",
            "column " + sql::ident(column) + " of table " + sql::qualified(t.schema, t.name) + " does not exist",
            location);
}

void Transformer::claim_relation(const StmtCtx& ctx, const QualName& q, const std::string& kind, int location) {
  std::string held = names_.relation_kind(q.schema, q.name);
  if (!held.empty()) {
    std::string where = relation_spans_[q].str();
    std::string first = where.empty() ? "" : " (first defined at " + where + ")";
    if (held == kind)
      ctx.error("duplicate-object", kind + " " + sql::qualified(q.schema, q.name) + " already exists" + first, location);
    ctx.error("duplicate-object",
              "cannot create " + kind + " " + sql::qualified(q.schema, q.name) + ": the name is taken by " +
                  (held == "index" || held == "identity sequence" ? "an " : "a ") + held + first,
              location);
  }
  names_.add_relation(q.schema, q.name, kind);
  relation_spans_[q] = ctx.span(location);
}

Catalog Transformer::finish() {
  std::stable_sort(deferred_.begin(), deferred_.end(), [](const Deferred& a, const Deferred& b) {
    return a.phase != b.phase ? a.phase < b.phase : a.order < b.order;
  });
  auto run = [](Deferred& d) {
    try {
      d.apply();
    } catch (const TreeError& e) {
      d.ctx.error(e.code, e.what(), e.location);
    }
  };
  std::vector<Deferred*> changes;
  for (auto& d : deferred_) {
    if (d.phase == Phase::Changes) {
      changes.push_back(&d);
      continue;
    }
    if (d.phase > Phase::Changes && !changes.empty()) {
      apply_changes(changes);
      changes.clear();
    }
    run(d);
  }
  apply_changes(changes);
  resolve_foreign_keys();
  settle_inherited_settings();
  resolve_routine_refs();
  // SET STORAGE of the type's own storage sets nothing (pg_dump writes only those that differ).
  for (auto& t : cat_.tables)
    for (auto& c : t.columns)
      if (c.storage && c.storage == type_storage(cat_, c.type)) c.storage = 0;
  normalize(cat_);
  return std::move(cat_);
}

void Transformer::apply_changes(const std::vector<Deferred*>& changes) {
  // ALTERs, indexes and comments apply in file order, so that what is added and later dropped is gone.
  // One that names something a later statement adds (a comment on a constraint that an ALTER TABLE further
  // down creates, an index on a column added later) waits for the others and is retried; it is an error only
  // when nothing else can make progress. Each change fails before modifying the model, or restores it.
  std::vector<Deferred*> pending = changes;
  while (!pending.empty()) {
    std::vector<Deferred*> waiting;
    std::optional<DiagnosticError> first_error;
    for (Deferred* d : pending) {
      try {
        try {
          d->apply();
        } catch (const TreeError& e) {
          d->ctx.error(e.code, e.what(), e.location);
        }
      } catch (const DiagnosticError& e) {
        if (e.diagnostic().code != "undefined-object") throw;
        if (!first_error) first_error = e;
        waiting.push_back(d);
      }
    }
    if (waiting.size() == pending.size()) throw *first_error;
    pending = std::move(waiting);
  }
}

void Transformer::resolve_foreign_keys() {
  // A foreign key without a column list references the primary key, which may have been declared anywhere:
  // finish its definition now that every statement has been applied.
  for (auto& p : foreign_keys_) {
    try {
      Table* t = find_table(p.table);
      if (!t) continue;  // dropped meanwhile
      auto it = std::find_if(t->constraints.begin(), t->constraints.end(),
                             [&](const Constraint& c) { return c.name == p.name; });
      if (it == t->constraints.end()) continue;
      QualName target{it->ref_schema, it->ref_table};
      Table* ref = find_table(target);
      if (!ref) continue;  // reported below
      auto pk = std::find_if(ref->constraints.begin(), ref->constraints.end(),
                             [](const Constraint& c) { return c.type == ConstraintType::PrimaryKey; });
      if (pk == ref->constraints.end())
        p.ctx.error("undefined-object",
                    "there is no primary key for referenced table " + sql::qualified(target.schema, target.name),
                    p.node->location);
      if (pk->columns.size() != it->columns.size())
        p.ctx.error("invalid-definition", "number of referencing and referenced columns for foreign key disagree",
                    p.node->location);
      p.node->n_pk_attrs = pk->columns.size();
      p.node->pk_attrs = arena_.nodes(pk->columns.size());
      for (size_t i = 0; i < pk->columns.size(); ++i) p.node->pk_attrs[i] = arena_.string_node(pk->columns[i]);
      it->ref_columns = pk->columns;
      it->definition = deparse_.constraint_definition(p.node, p.validated, p.table.name, nullptr);
    } catch (const TreeError& e) {
      p.ctx.error(e.code, e.what(), e.location);
    }
  }
  // Every foreign key's target is checked: find_table(), not Catalog::table() (a scan per key made this loop
  // quadratic, 8% of reading 10,000 tables). `cat_.tables` does not change in the loop, so the pointers hold.
  for (const auto& t : cat_.tables) {
    for (const auto& c : t.constraints) {
      if (c.type != ConstraintType::ForeignKey) continue;
      const Table* ref = find_table(QualName{c.ref_schema, c.ref_table});
      const SourceSpan& s = c.meta.span;
      auto fail_here = [&](const std::string& msg) {
        auto f = files_.find(s.file);
        fail("undefined-object", msg, s, f == files_.end() ? std::string() : f->second->text);
      };
      if (!ref)
        fail_here("table " + sql::qualified(c.ref_schema, c.ref_table) + " referenced by foreign key " +
                  sql::ident(c.name) + " does not exist");
      for (const auto& col : c.ref_columns)
        if (!ref->column(col))
          fail_here("column " + sql::ident(col) + " of table " + sql::qualified(c.ref_schema, c.ref_table) +
                    " referenced by foreign key " + sql::ident(c.name) + " does not exist");
    }
  }
}

}  // namespace schemaplan::parser
