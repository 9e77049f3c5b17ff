#include "model/storage_options.h"

#include <algorithm>
#include <set>

namespace schemaplan {

bool StorageOptions::operator==(const StorageOptions& o) const {
  if (items.size() != o.items.size()) return false;
  return std::multiset<std::string>(items.begin(), items.end()) == std::multiset<std::string>(o.items.begin(), o.items.end());
}

std::string option_name(const std::string& entry) { return entry.substr(0, entry.find('=')); }

void StorageOptions::apply(const std::vector<std::string>& set, const std::vector<std::string>& reset) {
  std::set<std::string> names(reset.begin(), reset.end());
  for (const auto& s : set) names.insert(option_name(s));
  std::erase_if(items, [&](const std::string& e) { return names.count(option_name(e)) > 0; });
  for (const auto& s : set) {
    // The last of one name in a list wins, as in PostgreSQL's parse of the array.
    std::erase_if(items, [&](const std::string& e) { return option_name(e) == option_name(s); });
    items.push_back(s);
  }
}

char builtin_type_storage(const std::string& type) {
  if (type.ends_with("[]")) return 'x';
  // Cut a type modifier: `numeric(10,2)` -> `numeric`, `timestamp(3) with time zone` -> `timestamp with time zone`.
  std::string base;
  int depth = 0;
  for (char c : type) {
    if (c == '(') ++depth;
    if (depth == 0) base += c;
    if (c == ')') --depth;
  }
  static const std::set<std::string> plain = {
      "smallint", "integer", "bigint", "real", "double precision", "boolean", "\"char\"", "name", "oid", "tid",
      "xid", "xid8", "cid", "money", "date", "time without time zone", "time with time zone",
      "timestamp without time zone", "timestamp with time zone", "interval", "uuid", "macaddr", "macaddr8", "pg_lsn",
      "point", "line", "lseg", "box", "circle", "tsquery", "regclass", "regproc", "regprocedure", "regoper",
      "regoperator", "regtype", "regrole", "regnamespace", "regconfig", "regdictionary", "regcollation", "aclitem"};
  static const std::set<std::string> main = {"numeric", "inet", "cidr"};
  static const std::set<std::string> extended = {
      "text", "character varying", "character", "bytea", "json", "jsonb", "jsonpath", "xml", "bit", "bit varying",
      "tsvector", "path", "polygon", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
      "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
      "txid_snapshot", "pg_snapshot", "refcursor", "pg_node_tree"};
  if (plain.count(base)) return 'p';
  if (main.count(base)) return 'm';
  if (extended.count(base)) return 'x';
  return 0;
}

const char* storage_keyword(char storage) {
  switch (storage) {
    case 'p': return "PLAIN";
    case 'e': return "EXTERNAL";
    case 'm': return "MAIN";
    default: return "EXTENDED";
  }
}

const char* compression_name(char compression) { return compression == 'l' ? "lz4" : "pglz"; }

}  // namespace schemaplan
