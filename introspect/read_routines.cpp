// Functions, procedures and triggers from the rows of queries::functions() and queries::triggers().
#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"
#include "model/sql_writer.h"

namespace schemaplan::introspect {
namespace {

/// Settings whose value is a list that pg_get_functiondef() prints element by element (GUC_LIST_QUOTE).
bool list_setting(const std::string& name) {
  return name == "search_path" || name == "temp_tablespaces" || name == "session_preload_libraries" ||
         name == "shared_preload_libraries" || name == "local_preload_libraries";
}

/// Splits a stored list value (`"$user", public` or `""`) into its elements, double quotes removed.
std::vector<std::string> split_list(const std::string& v) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= v.size()) {
    while (i < v.size() && v[i] == ' ') ++i;
    std::string item;
    if (i < v.size() && v[i] == '"') {
      for (++i; i < v.size(); ++i) {
        if (v[i] == '"') {
          if (i + 1 < v.size() && v[i + 1] == '"') {
            item += '"';
            ++i;
          } else {
            ++i;
            break;
          }
        } else {
          item += v[i];
        }
      }
      while (i < v.size() && v[i] != ',') ++i;
    } else {
      size_t end = v.find(',', i);
      if (end == std::string::npos) end = v.size();
      item = v.substr(i, end - i);
      while (!item.empty() && item.back() == ' ') item.pop_back();
      i = end;
    }
    out.push_back(item);
    if (i >= v.size()) break;
    ++i;  // the comma
  }
  return out;
}

/// A proconfig entry `name=value` as the SET clause writes it: `name TO 'value'`.
std::string config_clause(const std::string& entry) {
  size_t eq = entry.find('=');
  if (eq == std::string::npos) throw std::logic_error("unexpected proconfig entry " + entry);
  std::string name = entry.substr(0, eq), value = entry.substr(eq + 1);
  std::string out = sql::ident(name) + " TO ";
  if (!list_setting(name)) return out + sql::literal(value);
  std::string items;
  for (const auto& item : split_list(value)) items += (items.empty() ? "" : ", ") + sql::literal(item);
  return out + items;
}

}  // namespace

void read_functions(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Function f;
    f.schema = r.text("schema");
    f.name = r.text("name");
    f.signature = r.text("signature");
    f.kind = r.letter("kind");
    f.arguments = r.text("arguments");
    f.result = r.text("result");
    f.returns_set = r.flag("returns_set");
    f.language = r.text("language");
    f.body = r.text("body");
    f.sql_body = r.flag("sql_body");
    f.volatility = r.letter("volatility");
    f.strict = r.flag("strict");
    f.security_definer = r.flag("security_definer");
    f.leakproof = r.flag("leakproof");
    f.parallel = r.letter("parallel");
    f.cost = std::strtod(r.text("cost").c_str(), nullptr);
    f.rows = std::strtod(r.text("rows").c_str(), nullptr);
    for (const auto& c : r.list("config")) f.config.push_back(config_clause(c));
    std::sort(f.config.begin(), f.config.end());
    auto flat = r.list("args");
    if (flat.size() % 3 != 0) throw std::logic_error("argument list is not made of triples");
    for (size_t i = 0; i < flat.size(); i += 3) f.args.push_back({flat[i][0], flat[i + 1], flat[i + 2], false});
    // The last pronargdefaults input arguments have defaults.
    int64_t defaults = r.number("n_defaults");
    for (auto it = f.args.rbegin(); it != f.args.rend() && defaults > 0; ++it)
      if (it->mode == 'i' || it->mode == 'b' || it->mode == 'v') {
        it->has_default = true;
        --defaults;
      }
    f.comment = r.optional_text("comment");
    f.meta.deps = decode_deps(r.list("deps"));
    auto tables = r.list("table_deps");
    for (size_t i = 0; i + 1 < tables.size(); i += 2) {
      ObjectId t{ObjectKind::Table, tables[i], tables[i + 1], "", ""};
      if (std::find(f.meta.deps.begin(), f.meta.deps.end(), t) == f.meta.deps.end()) f.meta.deps.push_back(t);
    }
    catalog.functions.push_back(std::move(f));
  });
}

void read_triggers(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Trigger t;
    t.schema = r.text("schema");
    t.table = r.text("table_name");
    t.name = r.text("name");
    t.definition = as_reloaded(r.text("definition"));
    t.function_schema = r.text("function_schema");
    t.function_name = r.text("function_name");
    t.columns = r.list("columns");
    t.enabled = r.letter("enabled");
    t.comment = r.optional_text("comment");
    t.meta.deps = decode_deps(r.list("deps"));
    catalog.triggers.push_back(std::move(t));
  });
}

}  // namespace schemaplan::introspect
