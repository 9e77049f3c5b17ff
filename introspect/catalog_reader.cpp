#include "introspect/catalog_reader.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

#include <stdexcept>

#include "introspect/catalog_queries.h"
#include "introspect/catalog_sql.h"
#include "introspect/generic_queries.h"

namespace schemaplan::introspect {

namespace {

/// What the readers of one catalog pass on to those after them, besides the catalog.
struct ReadState {
  TablesByOid tables;
  RelationColumns columns;
  Dependencies deps;
};

/// A reader that needs nothing but its rows and the catalog.
template <void (*Read)(const TextTable&, Catalog&)>
void plain(const TextTable& rows, Catalog& catalog, ReadState&) {
  Read(rows, catalog);
}

void read_relation_columns(const TextTable& rows, Catalog&, ReadState& state) { state.columns = RelationColumns(rows); }

void read_dependencies(const TextTable& rows, Catalog&, ReadState& state) { state.deps = Dependencies(rows); }

void read_tables_by_oid(const TextTable& rows, Catalog& catalog, ReadState& state) {
  read_tables(rows, catalog);
  state.tables = TablesByOid(rows, catalog);
}

void read_columns_by_oid(const TextTable& rows, Catalog&, ReadState& state) {
  read_columns(rows, state.tables, state.deps);
}

void read_constraints_by_oid(const TextTable& rows, Catalog&, ReadState& state) {
  read_constraints(rows, state.tables, state.columns, state.deps);
}

/// The last reader that needs the column names and dependency lists, which are dropped after it (both sides'
/// are alive at once while db -> db reads).
void read_indexes_last(const TextTable& rows, Catalog& catalog, ReadState& state) {
  read_indexes(rows, catalog, state.columns, state.deps);
  state = ReadState();
}

/// One catalog query and the reader of its rows, in the order the readers must run (columns and
/// constraints attach to the tables read before them).
struct CatalogQuery {
  std::string (*sql)();
  void (*read)(const TextTable&, Catalog&, ReadState&);
  /// Rough share of the server's time, for the sending order only (catalog_query_send_order()).
  int weight = 0;
  /// Instead of `sql`, for a query whose text depends on the server's version (server_version_num).
  std::string (*sql_for_version)(int) = nullptr;
  /// Presence test (sql_fragments::has_user_rows()): when the census finds it false the query cannot return a
  /// row and is not sent. Empty: always sent (schemas, grants and owners concern the public schema too, which
  /// initdb creates; the unsupported kinds are many).
  std::string present;
  /// Instead of `sql`, for a query whose text depends on the census (queries::generics()).
  std::string (*sql_for_census)(const Census&) = nullptr;
};

using sql_fragments::has_user_rows;

// queries::generics() with the kinds the census found; nothing to send (an empty text) when it found none.
std::string generics_present(const Census& census) {
  bool any = false;
  for (const auto& p : generic_parts::all()) any = any || census.present(p.present);
  return any ? queries::generics([&](const std::string& test) { return census.present(test); }) : std::string();
}

const std::vector<CatalogQuery>& catalog_query_list() {
  static const std::vector<CatalogQuery> list = {
      {queries::schemas, plain<read_schemas>},
      // plpgsql, which the query leaves out, is initdb's.
      {queries::extensions, plain<read_extensions>, 0, nullptr, has_user_rows("pg_extension")},
      {queries::enums, plain<read_enums>, 0, nullptr, has_user_rows("pg_type", "x.typtype = 'e'")},
      {queries::sequences, plain<read_sequences>, 0, nullptr, has_user_rows("pg_class", "x.relkind = 'S'")},
      {queries::tables, read_tables_by_oid, 2, nullptr, has_user_rows("pg_class", "x.relkind IN ('r', 'p')")},
      // Before the columns, constraints and indexes, whose readers look their lists up by OID. Tables' and
      // materialized views' indexes.
      {queries::dependencies, read_dependencies, 2, nullptr, has_user_rows("pg_class", "x.relkind IN ('r', 'p', 'i', 'I')")},
      {queries::columns, read_columns_by_oid, 6, nullptr, has_user_rows("pg_class", "x.relkind IN ('r', 'p')")},
      // Before the constraints and indexes, whose readers name the columns they use by number.
      {queries::relation_columns, read_relation_columns, 1, nullptr, has_user_rows("pg_class", "x.relkind IN ('r', 'p', 'm')")},
      {nullptr, read_constraints_by_oid, 6, queries::constraints, has_user_rows("pg_class", "x.relkind IN ('r', 'p')")},
      // Indexes of tables and of materialized views.
      {nullptr, read_indexes_last, 10, queries::indexes, has_user_rows("pg_class", "x.relkind IN ('i', 'I')")},
      {queries::functions, plain<read_functions>, 0, nullptr, has_user_rows("pg_proc", "x.prokind IN ('f', 'p')")},
      {queries::triggers, plain<read_triggers>, 0, nullptr, has_user_rows("pg_trigger", "NOT x.tgisinternal")},
      {queries::unsupported, plain<read_unsupported>, 1},
      {queries::views, plain<read_views>, 3, nullptr, has_user_rows("pg_class", "x.relkind IN ('v', 'm')")},
      {queries::domains, plain<read_domains>, 0, nullptr, has_user_rows("pg_type", "x.typtype = 'd'")},
      // A composite type's relation (relkind 'c') is made with it.
      {queries::composites, plain<read_composites>, 0, nullptr, has_user_rows("pg_class", "x.relkind = 'c'")},
      {queries::policies, plain<read_policies>, 0, nullptr, has_user_rows("pg_policy")},
      {queries::grants, plain<read_grants>, 1},
      {queries::default_privileges, plain<read_default_privileges>, 0, nullptr, has_user_rows("pg_default_acl")},
      {queries::owners, plain<read_owners>},
      {nullptr, plain<read_generics>, 3, nullptr, "", generics_present},
  };
  return list;
}

}  // namespace

namespace {

/// Every distinct presence test, in a fixed order: the catalog queries', then queries::generics()' kinds'.
std::vector<std::string> presence_tests() {
  std::vector<std::string> tests;
  auto add = [&](const std::string& t) {
    if (!t.empty() && std::find(tests.begin(), tests.end(), t) == tests.end()) tests.push_back(t);
  };
  for (const auto& q : catalog_query_list()) add(q.present);
  for (const auto& p : generic_parts::all()) add(p.present);
  return tests;
}

}  // namespace

std::string Census::sql(long relation_cap) {
  std::string out = "WITH " + sql_fragments::census_kinds() +
                    "SELECT (SELECT count(*) FROM (SELECT FROM pg_catalog.pg_class WHERE oid >= 16384 LIMIT " +
                    std::to_string(relation_cap) + ") r) AS relations";
  const auto tests = presence_tests();
  for (std::size_t i = 0; i < tests.size(); ++i) out += ",\n  " + tests[i] + " AS p" + std::to_string(i);
  return out;
}

Census::Census(const TextTable& rows) : taken_(true) {
  if (rows.size() != 1) throw std::logic_error("the census query returned no row");
  TextRow row(rows, 0);
  relations_ = row.number("relations");
  const auto tests = presence_tests();
  for (std::size_t i = 0; i < tests.size(); ++i) present_[tests[i]] = row.flag("p" + std::to_string(i));
}

bool Census::present(const std::string& test) const {
  if (!taken_) return true;
  auto it = present_.find(test);
  if (it == present_.end()) throw std::logic_error("presence test not in the census: " + test);
  return it->second;
}

std::vector<std::string> catalog_queries(int server_version, const Census& census) {
  std::vector<std::string> out;
  for (const auto& q : catalog_query_list()) {
    if (!q.present.empty() && !census.present(q.present))
      out.emplace_back();
    else if (q.sql_for_census)
      out.push_back(q.sql_for_census(census));
    else
      out.push_back(q.sql_for_version ? q.sql_for_version(server_version) : q.sql());
  }
  return out;
}

std::vector<std::size_t> catalog_query_send_order() {
  // Indexes, columns and constraints take ~90% of the server's time on a schema of many tables (their
  // per-object pg_get_indexdef(), format_type(), pg_get_expr() and pg_get_constraintdef() calls); views and
  // generics grow with views and routines; the rest take a few milliseconds each (docs/performance.md).
  const auto& list = catalog_query_list();
  std::vector<std::size_t> out(list.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return list[a].weight > list[b].weight; });
  return out;
}

Catalog catalog_from_results(const std::function<TextTable(std::size_t)>& result) {
  Catalog catalog;
  {
    ReadState state;
    const auto& list = catalog_query_list();
    for (std::size_t i = 0; i < list.size(); ++i) list[i].read(result(i), catalog, state);
  }
  normalize(catalog);
  return catalog;
}

namespace {

std::uint32_t parse_oid(std::string_view text) {
  std::uint32_t oid = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), oid);
  if (ec != std::errc() || end != text.data() + text.size()) throw std::logic_error("malformed OID: " + std::string(text));
  return oid;
}

}  // namespace

TablesByOid::TablesByOid(const TextTable& rows, Catalog& catalog) {
  if (rows.size() > catalog.tables.size()) throw std::logic_error("tables: fewer tables than rows read");
  const std::size_t first = catalog.tables.size() - rows.size();
  by_oid_.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    by_oid_.push_back({parse_oid(TextRow(rows, i).field("oid").value_or("")), &catalog.tables[first + i]});
  std::sort(by_oid_.begin(), by_oid_.end());
}

TablesByOid::TablesByOid(std::vector<std::pair<std::uint32_t, Table*>> tables) : by_oid_(std::move(tables)) {
  std::sort(by_oid_.begin(), by_oid_.end());
}

Table* TablesByOid::find(std::uint32_t key) const {
  auto it = std::lower_bound(by_oid_.begin(), by_oid_.end(), key, [](const auto& e, std::uint32_t k) { return e.first < k; });
  return it != by_oid_.end() && it->first == key ? it->second : nullptr;
}

RelationColumns::RelationColumns(const TextTable& rows) {
  // The rows by relation and number, then each relation's run of them.
  const auto order = rows_by_relation(rows, "rel", "number");
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) bytes += TextRow(rows, i).field("name").value_or("").size();
  names_.reserve(bytes);
  columns_.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto rel = order[i].rel;
    const auto number = static_cast<std::int32_t>(order[i].number);
    if (i == 0 || rel != relations_.back().oid) {
      relations_.push_back({rel, static_cast<std::uint32_t>(columns_.size()), 0});
    } else if (number == columns_.back().number) {
      throw std::logic_error("relation_columns: a column twice");
    }
    const auto name = TextRow(rows, order[i].row).field("name").value_or("");
    columns_.push_back({number, static_cast<std::uint32_t>(names_.size()), static_cast<std::uint32_t>(name.size())});
    names_ += name;
    ++relations_.back().count;
  }
  relations_.shrink_to_fit();
}

std::pair<const RelationColumns::Column*, const RelationColumns::Column*> RelationColumns::columns_of(
    std::string_view rel) const {
  const auto oid = parse_oid(rel);
  auto it = std::lower_bound(relations_.begin(), relations_.end(), oid,
                             [](const Relation& r, std::uint32_t k) { return r.oid < k; });
  if (it == relations_.end() || it->oid != oid) return {nullptr, nullptr};
  const Column* first = columns_.data() + it->first;
  return {first, first + it->count};
}

const RelationColumns::Column* RelationColumns::find_column(std::pair<const Column*, const Column*> columns, int n) {
  auto c = std::lower_bound(columns.first, columns.second, n, [](const Column& col, int k) { return col.number < k; });
  return c == columns.second || c->number != n ? nullptr : c;
}

std::vector<std::string> RelationColumns::names(std::string_view rel, const std::vector<int>& numbers,
                                                const std::vector<int>& more) const {
  std::vector<std::string> out;
  const auto columns = columns_of(rel);
  std::vector<int> named;
  auto add = [&](int n) {
    if (std::find(named.begin(), named.end(), n) != named.end()) return;
    const Column* c = find_column(columns, n);
    if (!c) return;
    named.push_back(n);
    out.emplace_back(names_, c->offset, c->length);
  };
  for (int n : numbers) add(n);
  for (int n : more) add(n);
  return out;
}

std::optional<std::vector<std::string>> RelationColumns::each_name(std::string_view rel,
                                                                  const std::vector<int>& numbers) const {
  const auto columns = columns_of(rel);
  std::vector<std::string> out;
  out.reserve(numbers.size());
  for (int n : numbers) {
    const Column* c = find_column(columns, n);
    if (!c) return std::nullopt;
    out.emplace_back(names_, c->offset, c->length);
  }
  return out;
}

std::vector<RelationRow> rows_by_relation(const TextTable& rows, std::string_view rel, std::string_view number) {
  std::vector<RelationRow> order;
  order.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const TextRow r(rows, i);
    order.push_back({parse_oid(r.field(rel).value_or("")), number.empty() ? 0 : r.number(number), i});
  }
  std::sort(order.begin(), order.end(), [](const RelationRow& x, const RelationRow& y) {
    return std::tie(x.rel, x.number, x.row) < std::tie(y.rel, y.number, y.row);
  });
  return order;
}

std::vector<int> column_numbers(std::optional<std::string_view> field) {
  std::vector<int> out;
  if (!field) return out;
  std::string_view s = *field;
  // An array whose lower bound is not 1 prints its bounds first: `[0:1]={1,2}`.
  if (!s.empty() && s.front() == '[') {
    auto eq = s.find('=');
    if (eq == std::string_view::npos) throw std::logic_error("malformed array of column numbers: " + std::string(s));
    s.remove_prefix(eq + 1);
  }
  if (!s.empty() && s.front() == '{') {
    if (s.back() != '}') throw std::logic_error("malformed array of column numbers: " + std::string(s));
    s = s.substr(1, s.size() - 2);
  }
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ',' || s[i] == ' ') {
      ++i;
      continue;
    }
    int value = 0;
    auto [end, ec] = std::from_chars(s.data() + i, s.data() + s.size(), value);
    if (ec != std::errc()) throw std::logic_error("malformed array of column numbers: " + std::string(*field));
    out.push_back(value);
    i = static_cast<std::size_t>(end - s.data());
  }
  return out;
}

Catalog read_catalog_with(const QueryFn& query) {
  query(queries::set_search_path());
  const auto version = TextRow(query("SELECT current_setting('server_version_num') AS v"), 0).number("v");
  const auto sqls = catalog_queries(static_cast<int>(version));
  return catalog_from_results([&](std::size_t i) { return sqls[i].empty() ? TextTable() : query(sqls[i]); });
}

namespace {

/// The kinds of generic_ref() (catalog_sql.cpp) by letter.
const ObjectKind* generic_ref_kind(const std::string& letter) {
  static const std::map<std::string, ObjectKind> kinds = {
      {"C", ObjectKind::Collation},          {"O", ObjectKind::Operator},
      {"K", ObjectKind::OperatorClass},      {"Y", ObjectKind::OperatorFamily},
      {"D", ObjectKind::TextSearchDictionary}, {"G", ObjectKind::TextSearchConfiguration},
      {"P", ObjectKind::TextSearchParser},   {"M", ObjectKind::TextSearchTemplate},
      {"V", ObjectKind::ForeignServer},      {"W", ObjectKind::ForeignDataWrapper}};
  auto it = kinds.find(letter);
  return it == kinds.end() ? nullptr : &it->second;
}

}  // namespace

ObjectId decode_dep(const std::string& kind, const std::string& schema, const std::string& name,
                    const std::string& signature) {
  if (kind == "E") return {ObjectKind::Extension, "", name, "", ""};
  if (kind == "S") return {ObjectKind::Sequence, schema, name, "", ""};
  if (kind == "F") return {ObjectKind::Function, schema, name, "", signature};
  if (kind == "T") return {ObjectKind::Type, schema, name, "", ""};
  if (kind == "R") return {ObjectKind::Table, schema, name, "", ""};
  if (kind == "A") return {ObjectKind::Aggregate, schema, name, "", signature};
  if (kind == "L") return {ObjectKind::Column, schema, name, signature, ""};  // its table in the signature's place
  if (kind == "N") return {ObjectKind::Schema, "", name, "", ""};
  // A view (a rule's, a statistics object's relation; generic_stats_rules_query.cpp).
  if (kind == "v") return {ObjectKind::View, schema, name, "", ""};
  if (kind == "m") return {ObjectKind::MaterializedView, schema, name, "", ""};
  if (const ObjectKind* k = generic_ref_kind(kind)) return {*k, schema, name, "", signature};
  throw std::logic_error("unknown dependency kind " + kind);
}

std::vector<ObjectId> decode_deps(const std::vector<std::string>& flat) {
  if (flat.size() % 4 != 0) throw std::logic_error("dependency list is not made of quadruples");
  std::vector<ObjectId> out;
  out.reserve(flat.size() / 4);
  for (std::size_t i = 0; i < flat.size(); i += 4) out.push_back(decode_dep(flat[i], flat[i + 1], flat[i + 2], flat[i + 3]));
  return out;
}

Dependencies::Dependencies(const TextTable& rows) {
  // The referenced objects first, by (refclassid, refobjid); a row whose object is not among them refers to one
  // the lists leave out.
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t>> by_oid;
  for_each_row(rows, [&](const TextRow& r) {
    if (r.letter("of") != 'r') return;
    by_oid.push_back({{parse_oid(r.field("refclassid").value_or("")), parse_oid(r.field("refobjid").value_or(""))},
                      static_cast<std::uint32_t>(refs_.size())});
    auto k = r.text("k"), schema = r.text("s"), name = r.text("n"), sig = r.text("sig");
    ObjectId id = decode_dep(k, schema, name, sig);  // an unknown kind throws here
    refs_.push_back({std::move(k), std::move(schema), std::move(name), std::move(sig), std::move(id)});
  });
  std::sort(by_oid.begin(), by_oid.end());
  for_each_row(rows, [&](const TextRow& r) {
    const char of = r.letter("of");
    if (of == 'r') return;
    if (of != 'c' && of != 'd' && of != 'k') throw std::logic_error(std::string("dependencies: unknown row kind ") + of);
    const std::pair<std::uint32_t, std::uint32_t> key{parse_oid(r.field("refclassid").value_or("")),
                                                      parse_oid(r.field("refobjid").value_or(""))};
    auto it = std::lower_bound(by_oid.begin(), by_oid.end(), key, [](const auto& e, const auto& k) { return e.first < k; });
    if (it == by_oid.end() || it->first != key) return;
    rows_.push_back({of, parse_oid(r.field("objid").value_or("")), static_cast<std::int32_t>(r.number("objsubid")),
                     it->second});
  });
  std::sort(rows_.begin(), rows_.end(), [](const Row& x, const Row& y) {
    return std::tie(x.of, x.objid, x.objsubid, x.ref) < std::tie(y.of, y.objid, y.objsubid, y.ref);
  });
  rows_.shrink_to_fit();
}

std::vector<ObjectId> Dependencies::list(std::initializer_list<Part> parts) const {
  std::vector<const Referenced*> found;
  for (const auto& p : parts) {
    auto it = std::lower_bound(rows_.begin(), rows_.end(), p, [](const Row& r, const Part& k) {
      return std::tie(r.of, r.objid) < std::tie(k.of, k.objid);
    });
    for (; it != rows_.end() && it->of == p.of && it->objid == p.objid; ++it)
      if (!p.objsubid || it->objsubid == *p.objsubid) found.push_back(&refs_[it->ref]);
  }
  // As deps() orders and de-duplicates them: by kind letter, then schema, name and signature byte by byte (the
  // names' collation is "C"), each (k, s, n, sig) once however many rows name it.
  const auto key = [](const Referenced* r) { return std::tie(r->k, r->s, r->n, r->sig); };
  std::sort(found.begin(), found.end(), [&](const Referenced* x, const Referenced* y) { return key(x) < key(y); });
  found.erase(std::unique(found.begin(), found.end(), [&](const Referenced* x, const Referenced* y) { return key(x) == key(y); }),
              found.end());
  std::vector<ObjectId> out;
  out.reserve(found.size());
  for (const Referenced* r : found) out.push_back(r->id);
  return out;
}

std::vector<ObjectId> Dependencies::of_column(std::uint32_t rel, int number,
                                              std::optional<std::string_view> default_oid) const {
  if (rows_.empty()) return {};
  if (!default_oid) return list({{'c', rel, number}});
  return list({{'c', rel, number}, {'d', parse_oid(*default_oid), std::nullopt}});
}

std::vector<ObjectId> Dependencies::of_constraint(std::string_view oid, std::optional<std::string_view> index_oid) const {
  if (rows_.empty()) return {};
  if (!index_oid) return list({{'k', parse_oid(oid), std::nullopt}});
  return list({{'k', parse_oid(oid), std::nullopt}, {'c', parse_oid(*index_oid), std::nullopt}});
}

std::vector<ObjectId> Dependencies::of_index(std::string_view oid) const {
  if (rows_.empty()) return {};
  return list({{'c', parse_oid(oid), std::nullopt}});
}

void read_unsupported(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) { catalog.unsupported.push_back(r.text("what")); });
}

}  // namespace schemaplan::introspect
