#include <algorithm>

#include "model/pg_names.h"
#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {
std::string value_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += ", ";
    out += sql::literal(v);
  }
  return out;
}
}  // namespace

Statements create_enum(const EnumType& e) {
  Statements out{"CREATE TYPE " + sql::qualified(e.schema, e.name) + " AS ENUM (" + value_list(e.values) + ")"};
  if (e.comment) out.push_back(comment_on("TYPE", sql::qualified(e.schema, e.name), e.comment));
  return out;
}

Statements drop_enum(const EnumType& e) { return {"DROP TYPE " + sql::qualified(e.schema, e.name)}; }

bool enum_values_only_added(const EnumType& before, const EnumType& after) {
  // `before` must be a subsequence of `after`.
  size_t j = 0;
  for (const auto& v : after.values)
    if (j < before.values.size() && before.values[j] == v) ++j;
  return j == before.values.size();
}

Statements add_enum_values(const EnumType& before, const EnumType& after) {
  Statements out;
  std::vector<std::string> present = before.values;
  for (size_t i = 0; i < after.values.size(); ++i) {
    const auto& v = after.values[i];
    if (std::find(present.begin(), present.end(), v) != present.end()) continue;
    std::string s = "ALTER TYPE " + sql::qualified(after.schema, after.name) + " ADD VALUE " + sql::literal(v);
    // Place it after its predecessor in the desired order (or before the first value when it leads).
    if (i > 0) s += " AFTER " + sql::literal(after.values[i - 1]);
    else if (!present.empty()) s += " BEFORE " + sql::literal(present.front());
    out.push_back(s);
    auto pos = i > 0 ? std::find(present.begin(), present.end(), after.values[i - 1]) + 1 : present.begin();
    present.insert(pos, v);
  }
  return out;
}

std::string swapped_out_name(const std::string& name) {
  // PostgreSQL keeps 63 bytes of a name. Cut the type's name so that the suffix fits whole, and at a character
  // boundary: a cut through a multi-byte character leaves bytes that are not UTF-8, and the server refuses the
  // whole statement (found by tests/hostile with a name of 31 two-byte characters).
  // A cut name carries a hash of the whole one: two long names that share their first bytes, swapped in one
  // plan, would otherwise take the same old name.
  return pg_names::fit_with_hash(name, "__schemaplan_old");
}

void move_columns(Statements& out, const std::vector<EnumUse>& uses, const std::string& via) {
  for (const auto& u : uses) {
    std::string t = sql::qualified(u.schema, u.table), c = sql::ident(u.column);
    bool array = u.type.size() > 2 && u.type.compare(u.type.size() - 2, 2, "[]") == 0;
    if (u.default_expr) out.push_back("ALTER TABLE " + t + " ALTER COLUMN " + c + " DROP DEFAULT");
    out.push_back("ALTER TABLE " + t + " ALTER COLUMN " + c + " TYPE " + u.type + " USING " + c + "::" + via +
                  (array ? "[]::" : "::") + u.type);
    if (u.default_expr) out.push_back("ALTER TABLE " + t + " ALTER COLUMN " + c + " SET DEFAULT " + *u.default_expr);
  }
}

Statements swap_enum(const EnumType& before, const EnumType& after, const std::vector<EnumUse>& uses) {
  // PostgreSQL cannot remove or reorder enum values: build the new type beside the old one and move every
  // column over through text (a value that no longer exists makes the conversion fail, leaving the data
  // untouched inside the transaction).
  std::string old_name = swapped_out_name(before.name);
  std::string q = sql::qualified(after.schema, after.name);
  Statements out;
  out.push_back("ALTER TYPE " + q + " RENAME TO " + sql::ident(old_name));
  out.push_back("CREATE TYPE " + q + " AS ENUM (" + value_list(after.values) + ")");
  move_columns(out, uses, "text");
  out.push_back("DROP TYPE " + sql::qualified(after.schema, old_name));
  if (after.comment) out.push_back(comment_on("TYPE", q, after.comment));
  return out;
}

}  // namespace schemaplan::ddl
