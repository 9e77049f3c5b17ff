#pragma once
/// Turns the results of the catalog queries (catalog_queries.h) into the model. Free of libpqxx: the
/// connection hands rows over as TextTables through a QueryFn.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "introspect/text_table.h"
#include "model/model.h"

namespace schemaplan::introspect {

/// Reads the whole catalog through `query`, one call per catalog query (a fixed number, however many
/// objects there are), and returns it normalised. `query` must run everything in one transaction: the
/// first call makes the search_path empty for the rest of that transaction only.
Catalog read_catalog_with(const QueryFn& query);

/// What a database holds beyond initdb's objects, asked in one cheap query before the catalog queries: how many
/// relations (counted up to a cap), and for each catalog query (and each kind of queries::generics()) whether
/// its catalog has any object created after initdb at all. A query that cannot return a row is not sent: on a
/// small database most of the catalog's cost is the server planning queries in cold caches, not running them
/// (docs/performance.md, fourth round).
class Census {
 public:
  /// No census taken: every query is needed, the number of relations unknown (0).
  Census() = default;
  /// From the result of sql(): one row.
  explicit Census(const TextTable& rows);
  /// The census query: `relations` (relations created after initdb, counted up to `relation_cap`: an index
  /// range scan that stops there) and one boolean column per distinct presence test.
  static std::string sql(long relation_cap);

  long relations() const { return relations_; }
  /// The answer to a presence test (sql_fragments::has_user_rows()); true when no census was taken.
  bool present(const std::string& test) const;

 private:
  bool taken_ = false;
  long relations_ = 0;
  std::map<std::string, bool> present_;
};

/// The catalog queries read_catalog_with() runs after set_search_path(), in the order their readers take them,
/// for a server of `server_version` (server_version_num, e.g. 150004). An empty text is a query `census` says
/// cannot return a row: its reader gets an empty result instead.
std::vector<std::string> catalog_queries(int server_version, const Census& census = Census());
/// The order in which to *send* catalog_queries() when several connections share them (indexes into that
/// list): the longest first, so that the last one to finish is a short one.
std::vector<std::size_t> catalog_query_send_order();
/// Builds the catalog from the results of catalog_queries(): `result(i)` returns query i's rows (it may wait
/// for them); each is read, in order, and dropped before the next is asked for.
Catalog catalog_from_results(const std::function<TextTable(std::size_t)>& result);

/// Decodes a `deps` column: a flat list of (kind letter, schema, name, signature) quadruples.
std::vector<ObjectId> decode_deps(const std::vector<std::string>& flat);
/// One quadruple of a `deps` column.
ObjectId decode_dep(const std::string& kind, const std::string& schema, const std::string& name,
                    const std::string& signature);

/// The catalog's tables by OID, for attaching columns and constraints (whose rows name their table by OID only).
/// The pointers stay valid while catalog.tables is not resized.
class TablesByOid {
 public:
  TablesByOid() = default;
  /// The tables read_tables() has just appended to `catalog` from `rows` (one per row, in order), by the rows'
  /// `oid`.
  TablesByOid(const TextTable& rows, Catalog& catalog);
  explicit TablesByOid(std::vector<std::pair<std::uint32_t, Table*>> tables);
  /// The table of OID `oid`, or nullptr.
  Table* find(std::uint32_t oid) const;

 private:
  std::vector<std::pair<std::uint32_t, Table*>> by_oid_;
};

/// A row of a TextTable with the relation OID and the number it is ordered by (rows_by_relation()).
struct RelationRow {
  std::uint32_t rel;
  std::int64_t number;
  std::size_t row;
};

/// The rows of `rows` ordered by relation OID (column `rel`), then by column `number` when given, then as they
/// came: each table's rows together, a table's columns in order; each with the OID and number, parsed once. The
/// columns and constraints queries leave this to the reader: sorting 100,000 wide rows was a seventh of the
/// columns query's server CPU at 10,000 tables (docs/performance.md, sixth round).
std::vector<RelationRow> rows_by_relation(const TextTable& rows, std::string_view rel, std::string_view number = {});

/// Reserves, in each table of `tables`, room for exactly as many more members (`member`: &Table::columns,
/// &Table::constraints) as `rows` has rows of that table and for which `counts` holds; `order` lists the rows with
/// each table's together (rows_by_relation()). Growth by doubling left a table of 10 columns with room for 16: at
/// 10,000 tables that slack was ~80 MB a side (docs/performance.md).
template <class Member, class Counts>
void reserve_per_table(const TextTable& rows, const std::vector<RelationRow>& order, const TablesByOid& tables,
                       Member member, Counts&& counts) {
  std::size_t i = 0;
  while (i < order.size()) {
    const std::uint32_t rel = order[i].rel;
    std::size_t n = 0, j = i;
    for (; j < order.size() && order[j].rel == rel; ++j)
      if (counts(TextRow(rows, order[j].row))) ++n;
    if (Table* t = tables.find(rel)) {
      auto& members = t->*member;
      members.reserve(members.size() + n);
    }
    i = j;
  }
}

/// The column names of every table and materialized view, by relation OID and column number, from
/// queries::relation_columns(). The constraints and indexes queries return the numbers of the columns each uses,
/// and their readers name them here: naming them on the server took a correlated subquery per constraint and per
/// index, which cost more than the rest of those rows together (docs/performance.md, fifth round).
class RelationColumns {
 public:
  RelationColumns() = default;
  explicit RelationColumns(const TextTable& rows);
  /// The names of relation `rel`'s columns numbered `numbers` (in that order, each number once, its first time;
  /// a number the relation does not have is left out, as a join would), then of those numbered `more` that were
  /// not named yet, in that order.
  std::vector<std::string> names(std::string_view rel, const std::vector<int>& numbers,
                                 const std::vector<int>& more = {}) const;
  /// The name of every one of `numbers` in order, a number listed twice named twice; nullopt when relation `rel`
  /// has no column of one of them.
  std::optional<std::vector<std::string>> each_name(std::string_view rel, const std::vector<int>& numbers) const;

 private:
  // Compact, as both sides' are alive at once while db -> db reads (110,000 columns at 10,000 tables): every name
  // back to back in one buffer, 12 bytes a column, 12 a relation.
  struct Relation {
    std::uint32_t oid, first, count;  // its columns are columns_[first, first + count), by number
  };
  struct Column {
    std::int32_t number;
    std::uint32_t offset, length;  // of its name in names_
  };
  /// Relation `rel`'s columns, by number (an empty range when it has none listed), and the one numbered `n`
  /// among them (nullptr when there is none).
  std::pair<const Column*, const Column*> columns_of(std::string_view rel) const;
  static const Column* find_column(std::pair<const Column*, const Column*> columns, int n);

  std::vector<Relation> relations_;  // by oid
  std::vector<Column> columns_;
  std::string names_;
};

/// The dependency lists (as deps() makes them, catalog_sql.h) of every table column, constraint and index, from
/// queries::dependencies(): the pg_depend rows of those objects, and each object they refer to once, named. The
/// columns, constraints and indexes queries return their objects' OIDs and their readers look the lists up here.
/// Joined to them in SQL, every row was resolved through fifteen joins and the rows sorted and aggregated per
/// object: a third of those three queries' server CPU at 10,000 tables (docs/performance.md, sixth round).
class Dependencies {
 public:
  Dependencies() = default;
  explicit Dependencies(const TextTable& rows);
  /// Of column `number` of table `rel`, and of its default or generation expression (`default_oid`, its
  /// pg_attrdef row's OID; NULL: none).
  std::vector<ObjectId> of_column(std::uint32_t rel, int number, std::optional<std::string_view> default_oid) const;
  /// Of constraint `oid`, and of its index (`index_oid`; NULL: none looked at).
  std::vector<ObjectId> of_constraint(std::string_view oid, std::optional<std::string_view> index_oid) const;
  /// Of index `oid`.
  std::vector<ObjectId> of_index(std::string_view oid) const;

 private:
  /// A referenced object as deps() names it (kind letter, schema, name, signature: the lists' order) and as the
  /// model does.
  struct Referenced {
    std::string k, s, n, sig;
    ObjectId id;
  };
  /// A pg_depend row: of ('c', 'd', 'k'), objid, objsubid, and the object it refers to (refs_[ref]).
  struct Row {
    char of;
    std::uint32_t objid;
    std::int32_t objsubid;
    std::uint32_t ref;
  };
  /// Rows of (`of`, `objid`), all of them or only those of `objsubid`.
  struct Part {
    char of;
    std::uint32_t objid;
    std::optional<std::int32_t> objsubid;
  };
  /// deps()'s list over the rows of `parts`: each object once, ordered by (k, s, n, sig).
  std::vector<ObjectId> list(std::initializer_list<Part> parts) const;

  std::vector<Referenced> refs_;
  std::vector<Row> rows_;  // by (of, objid, objsubid)
};

/// Whole numbers printed as an SQL array (`{1,-6}`) or as an int2vector (`1 2`, pg_index.indkey); NULL or empty:
/// none.
std::vector<int> column_numbers(std::optional<std::string_view> field);

// One reader per query; each appends to `catalog`. Columns and constraints attach to the tables read before.
void read_schemas(const TextTable& rows, Catalog& catalog);
void read_extensions(const TextTable& rows, Catalog& catalog);
void read_enums(const TextTable& rows, Catalog& catalog);
void read_sequences(const TextTable& rows, Catalog& catalog);
void read_tables(const TextTable& rows, Catalog& catalog);
void read_columns(const TextTable& rows, const TablesByOid& tables, const Dependencies& deps = Dependencies());
void read_constraints(const TextTable& rows, const TablesByOid& tables, const RelationColumns& columns,
                      const Dependencies& deps = Dependencies());
/// clustered, replica_identity and index_statistics of an index or of a key constraint's index.
IndexFlags read_index_flags(const TextRow& r);
void read_indexes(const TextTable& rows, Catalog& catalog, const RelationColumns& columns,
                  const Dependencies& deps = Dependencies());
void read_functions(const TextTable& rows, Catalog& catalog);
void read_triggers(const TextTable& rows, Catalog& catalog);
void read_unsupported(const TextTable& rows, Catalog& catalog);
void read_views(const TextTable& rows, Catalog& catalog);
void read_domains(const TextTable& rows, Catalog& catalog);
void read_composites(const TextTable& rows, Catalog& catalog);
void read_policies(const TextTable& rows, Catalog& catalog);
void read_grants(const TextTable& rows, Catalog& catalog);
void read_default_privileges(const TextTable& rows, Catalog& catalog);
void read_owners(const TextTable& rows, Catalog& catalog);
void read_generics(const TextTable& rows, Catalog& catalog);

}  // namespace schemaplan::introspect
