// CREATE TYPE ... AS ENUM and ALTER TYPE ... ADD VALUE / RENAME VALUE.
#include <algorithm>

#include "model/sql_writer.h"
#include "parser/naming.h"
#include "parser/transformer.h"

namespace schemaplan::parser {
namespace {

QualName type_qualname(Node* const* parts, size_t n) {
  auto names = strings(parts, n);
  if (names.size() == 1) return {"public", names[0]};
  return {names[names.size() - 2], names.back()};
}

void check_label(const StmtCtx& ctx, const std::string& label) {
  if (label.empty() || label.size() >= kNameDataLen)
    ctx.error("invalid-definition", "invalid enum label " + sql::literal(label) + ": labels must be 1 to 63 bytes long");
}

}  // namespace

void Transformer::create_enum(const StmtCtx& ctx, PgQuery__CreateEnumStmt* s) {
  QualName q = type_qualname(s->type_name, s->n_type_name);
  if (auto it = types_.find(q); it != types_.end())
    ctx.error("duplicate-object", "type " + sql::qualified(q.schema, q.name) + " already exists (defined at " +
                                      it->second.str() + ")");
  types_[q] = ctx.span();
  EnumType e;
  e.schema = q.schema;
  e.name = q.name;
  e.meta.span = ctx.span();
  for (const auto& v : strings(s->vals, s->n_vals)) {
    check_label(ctx, v);
    if (std::find(e.values.begin(), e.values.end(), v) != e.values.end())
      ctx.error("duplicate-object", "enum label " + sql::literal(v) + " used more than once");
    e.values.push_back(v);
  }
  defer(Phase::Types, ctx, [this, ctx, e] {
    require_schema(ctx, e.schema, -1);
    cat_.enums.push_back(e);
  });
  grant_defaults_on_create(ctx, {ObjectKind::Type, e.schema, e.name, "", ""});
}

void Transformer::alter_enum(const StmtCtx& ctx, PgQuery__AlterEnumStmt* s) {
  QualName q = type_qualname(s->type_name, s->n_type_name);
  std::string old_val = s->old_val ? s->old_val : "";
  std::string new_val = s->new_val ? s->new_val : "";
  std::string neighbor = s->new_val_neighbor ? s->new_val_neighbor : "";
  bool after = s->new_val_is_after, if_not_exists = s->skip_if_new_val_exists;
  check_label(ctx, new_val);
  defer(Phase::Changes, ctx, [=, this] {
    auto it = std::find_if(cat_.enums.begin(), cat_.enums.end(),
                           [&](const EnumType& e) { return e.schema == q.schema && e.name == q.name; });
    if (it == cat_.enums.end())
      ctx.error("undefined-object", "enum type " + sql::qualified(q.schema, q.name) + " does not exist");
    auto& values = it->values;
    auto find = [&](const std::string& v) { return std::find(values.begin(), values.end(), v); };
    if (!old_val.empty()) {  // RENAME VALUE
      auto at = find(old_val);
      if (at == values.end()) ctx.error("undefined-object", sql::literal(old_val) + " is not an existing enum label");
      if (find(new_val) != values.end())
        ctx.error("duplicate-object", "enum label " + sql::literal(new_val) + " already exists");
      *at = new_val;
      return;
    }
    if (find(new_val) != values.end()) {
      if (if_not_exists) return;
      ctx.error("duplicate-object", "enum label " + sql::literal(new_val) + " already exists");
    }
    if (neighbor.empty()) {
      values.push_back(new_val);
      return;
    }
    auto at = find(neighbor);
    if (at == values.end()) ctx.error("undefined-object", sql::literal(neighbor) + " is not an existing enum label");
    values.insert(after ? at + 1 : at, new_val);
  });
}

}  // namespace schemaplan::parser
