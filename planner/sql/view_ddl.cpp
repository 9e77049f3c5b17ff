#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

const char* noun(const View& v) { return v.materialized ? "MATERIALIZED VIEW" : "VIEW"; }

/// ` WITH (a=b, ...)` from reloptions text (`name=value`), or "". A value that is not a plain word or number
/// is quoted, as the server would need it.
std::string with_options(const std::vector<std::string>& options) {
  if (options.empty()) return "";
  std::string out = " WITH (";
  for (size_t i = 0; i < options.size(); ++i) {
    const auto& o = options[i];
    auto eq = o.find('=');
    std::string name = o.substr(0, eq), value = eq == std::string::npos ? "" : o.substr(eq + 1);
    bool bare = !value.empty() && value.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.") == std::string::npos;
    if (i) out += ", ";
    out += sql::ident(name);
    if (eq != std::string::npos) out += "=" + (bare ? value : sql::literal(value));
  }
  return out + ")";
}

std::string definition(const View& v, bool or_replace) {
  std::string out = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") + noun(v) + " " +
                    sql::qualified(v.schema, v.name) + with_options(v.options) + " AS\n" + v.query;
  if (v.materialized && !v.with_data) out += "\nWITH NO DATA";
  return out;
}

std::string comment(const View& v) { return comment_on(noun(v), sql::qualified(v.schema, v.name), v.comment); }

std::string column_comment(const View& v, const std::string& column, const std::optional<std::string>& text) {
  return comment_on("COLUMN", sql::qualified(v.schema, v.name) + "." + sql::ident(column), text);
}

// COMMENT ON COLUMN for each column whose comment differs between `before` and `after`, in column-name order.
void column_comments(const View& before, const View& after, Statements& out) {
  for (const auto& [column, text] : after.column_comments) {
    auto it = before.column_comments.find(column);
    if (it == before.column_comments.end() || it->second != text) out.push_back(column_comment(after, column, text));
  }
  for (const auto& [column, text] : before.column_comments)
    if (!after.column_comments.count(column))
      out.push_back(column_comment(after, column, std::nullopt));
}

// ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT for each column whose default differs between `before`
// and `after`, in column-name order. A column `after` no longer has loses its default with it.
void column_defaults(const View& before, const View& after, Statements& out) {
  auto alter = [&](const std::string& column) {
    return "ALTER VIEW " + sql::qualified(after.schema, after.name) + " ALTER COLUMN " + sql::ident(column);
  };
  for (const auto& [column, expr] : after.column_defaults) {
    auto it = before.column_defaults.find(column);
    if (it == before.column_defaults.end() || it->second != expr) out.push_back(alter(column) + " SET DEFAULT " + expr);
  }
  for (const auto& [column, expr] : before.column_defaults)
    if (!after.column_defaults.count(column) && after.column(column)) out.push_back(alter(column) + " DROP DEFAULT");
}

}  // namespace

Statements create_view(const View& v) {
  Statements out{definition(v, false)};
  // A view made again has no defaults: they are set on the new one.
  column_defaults(View{}, v, out);
  if (v.comment) out.push_back(comment(v));
  column_comments(View{}, v, out);
  return out;
}

Statements drop_view(const View& v) { return {std::string("DROP ") + noun(v) + " " + sql::qualified(v.schema, v.name)}; }

Statements alter_view(const View& before, const View& after) {
  Statements out;
  bool definition_changed = before.query != after.query || before.columns != after.columns ||
                            !(StorageOptions{before.options} == StorageOptions{after.options}) ||
                            before.materialized != after.materialized;
  if (definition_changed) {
    if (view_replaceable(before, after)) {
      out.push_back(definition(after, true));
    } else {
      out = drop_view(before);
      auto create = create_view(after);
      out.insert(out.end(), create.begin(), create.end());
      return out;  // the comment comes with it
    }
  }
  if (after.materialized && before.with_data != after.with_data)
    out.push_back("REFRESH MATERIALIZED VIEW " + sql::qualified(after.schema, after.name) +
                  (after.with_data ? "" : " WITH NO DATA"));
  // CREATE OR REPLACE VIEW keeps the defaults of the columns it keeps.
  column_defaults(before, after, out);
  if (before.comment != after.comment) out.push_back(comment(after));
  column_comments(before, after, out);
  return out;
}

}  // namespace schemaplan::ddl
