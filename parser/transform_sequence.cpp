// CREATE SEQUENCE / ALTER SEQUENCE, and the option resolution shared with serial and identity columns.
#include <algorithm>
#include <charconv>
#include <limits>

#include "model/ascii.h"
#include "model/sql_writer.h"
#include "parser/transformer.h"
#include "parser/type_names.h"

namespace schemaplan::parser {
namespace {

int64_t type_max(const std::string& type) {
  if (type == "smallint") return std::numeric_limits<int16_t>::max();
  if (type == "integer") return std::numeric_limits<int32_t>::max();
  return std::numeric_limits<int64_t>::max();
}

int64_t type_min(const std::string& type) {
  if (type == "smallint") return std::numeric_limits<int16_t>::min();
  if (type == "integer") return std::numeric_limits<int32_t>::min();
  return std::numeric_limits<int64_t>::min();
}

// defGetInt64: an integer literal, or a numeric one too large for int4 (which the grammar keeps as text).
int64_t int64_value(const StmtCtx& ctx, const PgQuery__DefElem* d) {
  const Node* n = d->arg;
  if (n && n->node_case == PG_QUERY__NODE__NODE_INTEGER) return n->integer->ival;
  if (n && n->node_case == PG_QUERY__NODE__NODE_FLOAT) {
    std::string_view text = n->float_->fval;
    int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size()) return v;
    ctx.error("invalid-option", "invalid value " + std::string(text) + " for " + d->defname + ": not a bigint",
              d->location);
  }
  ctx.error("invalid-option", std::string(d->defname) + " requires a numeric value", d->location);
}

}  // namespace

void Transformer::apply_sequence_options(const StmtCtx& ctx, SequenceOptions& o,
                                         const std::vector<PgQuery__DefElem*>& opts, bool is_init,
                                         const std::string& init_type) {
  std::map<std::string, const PgQuery__DefElem*> given;
  for (const auto* d : opts) {
    std::string name = d->defname;
    if (name == "owned_by" || name == "sequence_name" || name == "restart") continue;
    if (name != "as" && name != "increment" && name != "cycle" && name != "maxvalue" && name != "minvalue" &&
        name != "start" && name != "cache")
      ctx.unsupported("sequence option " + ascii_upper(name), d->location);
    if (!given.emplace(name, d).second) ctx.error("invalid-option", "conflicting or redundant options", d->location);
  }
  auto opt = [&](const char* n) -> const PgQuery__DefElem* {
    auto it = given.find(n);
    return it == given.end() ? nullptr : it->second;
  };
  // The order and the conditions below are init_params() in PostgreSQL 15's sequence.c.
  bool reset_max = false, reset_min = false;
  if (const auto* as = opt("as")) {
    if (!as->arg || as->arg->node_case != PG_QUERY__NODE__NODE_TYPE_NAME)
      ctx.error("invalid-option", "AS requires a type name", as->location);
    std::string type = resolve_type(as->arg->type_name, scope_).text;
    if (type != "smallint" && type != "integer" && type != "bigint")
      ctx.error("invalid-option", "sequence type must be smallint, integer, or bigint", as->location);
    if (!is_init) {
      // Bounds that were the old type's limits follow the new type; explicit ones stay.
      reset_max = o.max_value == type_max(o.data_type);
      reset_min = o.min_value == type_min(o.data_type);
    }
    o.data_type = type;
  } else if (is_init) {
    o.data_type = init_type;
  }
  if (const auto* d = opt("increment")) {
    o.increment = int64_value(ctx, d);
    if (o.increment == 0) ctx.error("invalid-option", "INCREMENT must not be zero", d->location);
  } else if (is_init) {
    o.increment = 1;
  }
  if (const auto* d = opt("cycle"))
    o.cycle = d->arg && d->arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN && d->arg->boolean->boolval;
  else if (is_init)
    o.cycle = false;
  const auto* max = opt("maxvalue");
  if (max && max->arg)
    o.max_value = int64_value(ctx, max);
  else if (is_init || max || reset_max)
    o.max_value = (o.increment > 0 || reset_max) ? type_max(o.data_type) : -1;
  if (o.max_value > type_max(o.data_type) || o.max_value < type_min(o.data_type))
    ctx.error("invalid-option", "MAXVALUE (" + std::to_string(o.max_value) + ") is out of range for sequence data type " +
                                    o.data_type, max ? max->location : -1);
  const auto* min = opt("minvalue");
  if (min && min->arg)
    o.min_value = int64_value(ctx, min);
  else if (is_init || min || reset_min)
    o.min_value = (o.increment < 0 || reset_min) ? type_min(o.data_type) : 1;
  if (o.min_value > type_max(o.data_type) || o.min_value < type_min(o.data_type))
    ctx.error("invalid-option", "MINVALUE (" + std::to_string(o.min_value) + ") is out of range for sequence data type " +
                                    o.data_type, min ? min->location : -1);
  if (o.min_value >= o.max_value)
    ctx.error("invalid-option", "MINVALUE (" + std::to_string(o.min_value) + ") must be less than MAXVALUE (" +
                                    std::to_string(o.max_value) + ")");
  const auto* start = opt("start");
  if (start)
    o.start = int64_value(ctx, start);
  else if (is_init)
    o.start = o.increment > 0 ? o.min_value : o.max_value;
  if (o.start < o.min_value)
    ctx.error("invalid-option", "START value (" + std::to_string(o.start) + ") cannot be less than MINVALUE (" +
                                    std::to_string(o.min_value) + ")", start ? start->location : -1);
  if (o.start > o.max_value)
    ctx.error("invalid-option", "START value (" + std::to_string(o.start) + ") cannot be greater than MAXVALUE (" +
                                    std::to_string(o.max_value) + ")", start ? start->location : -1);
  if (const auto* d = opt("cache")) {
    o.cache = int64_value(ctx, d);
    if (o.cache <= 0)
      ctx.error("invalid-option", "CACHE (" + std::to_string(o.cache) + ") must be greater than zero", d->location);
  } else if (is_init) {
    o.cache = 1;
  }
}

void Transformer::change_sequence_type(SequenceOptions& o, const std::string& type) {
  // The AS branch of init_params() followed by its MAXVALUE / MINVALUE defaults for an unchanged sequence.
  if (o.max_value == type_max(o.data_type)) o.max_value = type_max(type);
  if (o.min_value == type_min(o.data_type)) o.min_value = type_min(type);
  o.data_type = type;
}

std::pair<std::string, std::string> Transformer::owned_by(const StmtCtx& ctx, const std::string& schema,
                                                          const PgQuery__DefElem* d) {
  auto parts = name_parts(d->arg);
  if (parts.size() == 1 && parts[0] == "none") return {};
  if (parts.size() < 2 || parts.size() > 3)
    ctx.error("invalid-option", "invalid OWNED BY option: specify OWNED BY table.column or OWNED BY NONE", d->location);
  std::string table_schema = parts.size() == 3 ? parts[0] : "public";
  if (table_schema != schema)
    ctx.error("invalid-option", "sequence must be in same schema as table it is linked to", d->location);
  return {parts[parts.size() - 2], parts.back()};
}

void Transformer::create_sequence(const StmtCtx& ctx, PgQuery__CreateSeqStmt* s) {
  QualName q = qualify(s->sequence);
  std::string persistence = s->sequence->relpersistence ? s->sequence->relpersistence : "p";
  if (persistence == "t") ctx.unsupported("CREATE TEMPORARY SEQUENCE");
  if (s->if_not_exists && names_.relation_taken(q.schema, q.name)) return;
  claim_relation(ctx, q, "sequence", s->sequence->location);
  Sequence seq;
  seq.schema = q.schema;
  seq.name = q.name;
  seq.meta.span = ctx.span();
  std::vector<PgQuery__DefElem*> opts;
  int owned_location = -1;
  for (size_t i = 0; i < s->n_options; ++i) {
    auto* d = s->options[i]->def_elem;
    if (std::string(d->defname) == "owned_by") {
      std::tie(seq.owned_by_table, seq.owned_by_column) = owned_by(ctx, q.schema, d);
      owned_location = d->location;
    } else if (std::string(d->defname) == "sequence_name" || std::string(d->defname) == "restart") {
      ctx.error("invalid-option", "invalid sequence option " + ascii_upper(d->defname), d->location);
    }
    opts.push_back(d);
  }
  apply_sequence_options(ctx, seq.options, opts, true);
  defer(Phase::Sequences, ctx, [this, ctx, seq] {
    require_schema(ctx, seq.schema, -1);
    cat_.sequences.push_back(seq);
  });
  grant_defaults_on_create(ctx, {ObjectKind::Sequence, seq.schema, seq.name, "", ""});
  if (persistence == "u") {
    // PostgreSQL 15 makes the sequence of a serial column in an UNLOGGED table unlogged, and pg_dump writes
    // it so. The model has no persistence for sequences, which is fine exactly when it follows from the
    // owning table.
    defer(Phase::Checks, ctx, [this, ctx, q] {
      auto it = std::find_if(cat_.sequences.begin(), cat_.sequences.end(),
                             [&](const Sequence& x) { return x.schema == q.schema && x.name == q.name; });
      const Table* owner = it == cat_.sequences.end() ? nullptr : cat_.table(q.schema, it->owned_by_table);
      if (!owner || !owner->unlogged) ctx.unsupported("CREATE UNLOGGED SEQUENCE (except for a column of an unlogged table)");
    });
  }
  if (!seq.owned_by_table.empty())
    defer(Phase::Changes, ctx, [this, ctx, seq, owned_location] {
      Table& t = table_or_fail(ctx, {seq.schema, seq.owned_by_table}, owned_location);
      column_or_fail(ctx, t, seq.owned_by_column, owned_location);
    });
}

void Transformer::alter_sequence(const StmtCtx& ctx, PgQuery__AlterSeqStmt* s) {
  QualName q = qualify(s->sequence);
  std::vector<PgQuery__DefElem*> opts;
  const PgQuery__DefElem* owner = nullptr;
  for (size_t i = 0; i < s->n_options; ++i) {
    auto* d = s->options[i]->def_elem;
    if (std::string(d->defname) == "owned_by") owner = d;
    opts.push_back(d);
  }
  bool missing_ok = s->missing_ok;
  int location = s->sequence->location;
  defer(Phase::Changes, ctx, [=, this] {
    auto seq = std::find_if(cat_.sequences.begin(), cat_.sequences.end(),
                            [&](const Sequence& x) { return x.schema == q.schema && x.name == q.name; });
    if (seq != cat_.sequences.end()) {
      // Check everything before changing anything: a statement naming a table created later is retried.
      std::pair<std::string, std::string> new_owner;
      if (owner) {
        new_owner = owned_by(ctx, q.schema, owner);
        if (!new_owner.first.empty())
          column_or_fail(ctx, table_or_fail(ctx, {q.schema, new_owner.first}, owner->location), new_owner.second,
                         owner->location);
      }
      SequenceOptions options = seq->options;
      apply_sequence_options(ctx, options, opts, false);
      seq->options = options;
      if (owner) std::tie(seq->owned_by_table, seq->owned_by_column) = new_owner;
      return;
    }
    // The implicit sequence of an identity column: its options are the column's.
    if (auto id = identity_sequences_.find(q); id != identity_sequences_.end()) {
      if (owner) ctx.unsupported("OWNED BY for the sequence of an identity column", owner->location);
      Table& t = table_or_fail(ctx, {q.schema, id->second.first}, location);
      Column& c = column_or_fail(ctx, t, id->second.second, location);
      if (c.identity) {
        apply_sequence_options(ctx, c.identity_options.mut(), opts, false);
        return;
      }
    }
    if (missing_ok) return;
    ctx.error("undefined-object", "sequence " + sql::qualified(q.schema, q.name) + " does not exist", location);
  });
}

}  // namespace schemaplan::parser
