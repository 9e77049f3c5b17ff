// Storage settings (model/storage_options.h): storage parameters of tables, column settings, CLUSTER ON and
// REPLICA IDENTITY, spelled as pg_dump spells them.
#include <algorithm>
#include <cctype>
#include <set>

#include "model/sql_writer.h"
#include "planner/sql/ddl.h"

namespace schemaplan::ddl {
namespace {

/// `name=value` with the value quoted unless it is a plain word or number, as pg_dump writes reloptions.
std::string option_sql(const std::string& prefix, const std::string& entry) {
  size_t eq = entry.find('=');
  std::string name = entry.substr(0, eq);
  if (eq == std::string::npos) return prefix + name;
  std::string value = entry.substr(eq + 1);
  // A number (`0.1`, `-1`) or a plain word stands bare; anything else is a string literal.
  bool number = !value.empty() && value.find_first_not_of("0123456789.-") == std::string::npos &&
                std::isdigit(static_cast<unsigned char>(value.back()));
  // A lower-case word is read as a keyword or a type name, either of which WITH (...) takes as its text.
  bool word = !value.empty() && value.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos &&
              !std::isdigit(static_cast<unsigned char>(value[0]));
  bool bare = number || word;
  return prefix + name + "=" + (bare ? value : sql::literal(value));
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

}  // namespace

OptionsChange options_change(const StorageOptions& before, const StorageOptions& after) {
  // ALTER ... SET keeps the entries it does not name in their place and appends the ones it names, in its
  // order (transformRelOptions). Keep the longest prefix of `after` that `before` already holds, in the same
  // relative order and with the same values; set the rest again in `after`'s order; reset what `after` lacks.
  // The result is exactly `after`'s array, with as little set as that allows.
  OptionsChange out;
  size_t keep = 0, last = 0;
  for (; keep < after.items.size(); ++keep) {
    auto it = std::find(before.items.begin(), before.items.end(), after.items[keep]);
    size_t pos = static_cast<size_t>(it - before.items.begin());
    if (it == before.items.end() || (keep > 0 && pos < last)) break;
    last = pos;
  }
  std::set<std::string> after_names;
  for (const auto& e : after.items) after_names.insert(option_name(e));
  for (const auto& e : before.items)
    if (!after_names.count(option_name(e))) out.reset.push_back(option_name(e));
  out.set.assign(after.items.begin() + static_cast<std::ptrdiff_t>(keep), after.items.end());
  return out;
}

std::string storage_parameters(const Table& t) {
  std::vector<std::string> all;
  for (const auto& e : t.options.items) all.push_back(option_sql("", e));
  for (const auto& e : t.toast_options.items) all.push_back(option_sql("toast.", e));
  if (all.empty()) return "";
  return " WITH (" + join(all, ", ") + ")";
}

Statements alter_storage_parameters(const Table& before, const Table& after) {
  OptionsChange heap = options_change(before.options, after.options);
  OptionsChange toast = options_change(before.toast_options, after.toast_options);
  std::vector<std::string> reset, set;
  for (const auto& n : heap.reset) reset.push_back(n);
  for (const auto& n : toast.reset) reset.push_back("toast." + n);
  for (const auto& e : heap.set) set.push_back(option_sql("", e));
  for (const auto& e : toast.set) set.push_back(option_sql("toast.", e));
  std::vector<std::string> parts;
  if (!reset.empty()) parts.push_back("RESET (" + join(reset, ", ") + ")");
  if (!set.empty()) parts.push_back("SET (" + join(set, ", ") + ")");
  if (parts.empty()) return {};
  return {"ALTER TABLE " + sql::qualified(after.schema, after.name) + " " + join(parts, ", ")};
}

Statements replica_identity(const Table& t) {
  const char* what = t.replica_identity == 'f' ? "FULL" : t.replica_identity == 'n' ? "NOTHING" : "DEFAULT";
  return {"ALTER TABLE " + sql::qualified(t.schema, t.name) + " REPLICA IDENTITY " + what};
}

Statements column_settings(const std::string& schema, const std::string& table, const Column& b, const Column& a,
                           char type_storage) {
  Statements out;
  std::string q = sql::qualified(schema, table);
  // Statistics targets and options stay on this table (pg_dump's ALTER TABLE ONLY: a new partition does not
  // copy them); storage and compression go down to the partitions and children, which copy them when created.
  std::string only = "ALTER TABLE ONLY " + q + " ALTER COLUMN " + sql::ident(a.name) + " ";
  std::string all = "ALTER TABLE " + q + " ALTER COLUMN " + sql::ident(a.name) + " ";
  if (b.statistics != a.statistics) out.push_back(only + "SET STATISTICS " + std::to_string(a.statistics));
  if (b.storage != a.storage) {
    char s = a.storage ? a.storage : type_storage;
    if (s) out.push_back(all + "SET STORAGE " + storage_keyword(s));
  }
  if (b.compression != a.compression)
    out.push_back(all + "SET COMPRESSION " + (a.compression ? compression_name(a.compression) : "DEFAULT"));
  if (!(b.options == a.options)) {
    OptionsChange c = options_change(b.options, a.options);
    if (!c.reset.empty()) out.push_back(only + "RESET (" + join(c.reset, ", ") + ")");
    std::vector<std::string> set;
    for (const auto& e : c.set) set.push_back(option_sql("", e));
    if (!set.empty()) out.push_back(only + "SET (" + join(set, ", ") + ")");
  }
  return out;
}

Statements index_flags(const std::string& schema, const std::string& table, const std::string& index,
                       const IndexFlags& b, const IndexFlags& a) {
  Statements out;
  std::string q = "ALTER TABLE " + sql::qualified(schema, table);
  if (a.clustered && !b.clustered) out.push_back(q + " CLUSTER ON " + sql::ident(index));
  if (a.replica_identity && !b.replica_identity) out.push_back(q + " REPLICA IDENTITY USING INDEX " + sql::ident(index));
  std::set<int> columns;
  for (const auto& [n, _] : b.statistics) columns.insert(n);
  for (const auto& [n, _] : a.statistics) columns.insert(n);
  for (int n : columns) {
    auto x = b.statistics.find(n), y = a.statistics.find(n);
    int before = x == b.statistics.end() ? -1 : x->second, after = y == a.statistics.end() ? -1 : y->second;
    if (before != after)
      out.push_back("ALTER INDEX " + sql::qualified(schema, index) + " ALTER COLUMN " + std::to_string(n) +
                    " SET STATISTICS " + std::to_string(after));
  }
  return out;
}

}  // namespace schemaplan::ddl
