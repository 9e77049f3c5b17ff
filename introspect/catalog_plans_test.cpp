// The catalog queries' plans on a database whose catalogs are not analysed yet. A database freshly created and
// loaded (what `diff` db -> SQL files reads, and any CI database) has the statistics template1 had after initdb:
// they say no object has an OID of 16384 or more, so PostgreSQL estimates one row for much of what the queries
// read. A query written so that one wrong estimate turns a join into a nested loop over an aggregate or a scan ran
// minutes instead of seconds there (docs/performance.md, fifth round), and neither the suite nor bench.gate saw it:
// their databases happened to be analysed in time. Not a timed test: it counts, before and after ANALYZE, the
// rows each query's plan handles, which a rescanned aggregate multiplies by the number of rows.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "introspect/catalog_reader.h"
#include "introspect/database.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

namespace {

// A schema of `tables` tables shaped like bench/gen.py's (a key, a foreign key, defaults, enums, two indexes)
// plus what the other catalog queries read: sequences, identity and generated columns, CHECKs, expression,
// partial and multi-column indexes, views, functions, comments, a partitioned table.
std::string schema(int tables) {
  std::string sql =
      "CREATE TYPE status AS ENUM ('new', 'done');\n"
      "CREATE SEQUENCE shared_seq;\n"
      "CREATE FUNCTION plus1(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i + 1';\n"
      "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY, at timestamptz NOT NULL, kind status)\n"
      "  PARTITION BY RANGE (at);\n"
      "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n"
      "CREATE INDEX events_at ON events (at);\n";
  for (int i = 0; i < tables; ++i) {
    const std::string t = "t" + std::to_string(i);
    sql += "CREATE TABLE " + t + " (id serial PRIMARY KEY, parent int REFERENCES " + (i ? "t" + std::to_string(i - 1) : t) +
           ", name text NOT NULL DEFAULT '', qty int DEFAULT plus1(0) CHECK (qty >= 0), st status DEFAULT 'new',\n"
           "  at timestamptz DEFAULT now(), n bigint DEFAULT nextval('shared_seq'), doubled int GENERATED ALWAYS AS (qty * 2) STORED,\n"
           "  code varchar(20), price numeric(12,2), UNIQUE (code, name));\n"
           "CREATE INDEX " + t + "_name ON " + t + " (name);\n"
           "CREATE INDEX " + t + "_lower ON " + t + " (lower(name)) WHERE qty > 0;\n"
           "CREATE INDEX " + t + "_two ON " + t + " (st, at DESC);\n"
           "COMMENT ON COLUMN " + t + ".name IS 'the name';\n";
    if (i % 10 == 0) sql += "CREATE VIEW " + t + "_v AS SELECT id, plus1(qty) AS q FROM " + t + " WHERE st = 'new';\n";
  }
  return sql;
}

// The rows the query's plan nodes handled while running, from EXPLAIN (ANALYZE, FORMAT JSON): for each node its
// rows out and rows its filters removed, times the times it ran. A rescanned aggregate or CTE (in memory: no
// buffers to count) or a rescanned scan multiplies this by the rows of the outer side.
long rows_handled(introspect::Database& db, const std::string& sql) {
  const std::string json = db.query_value(
      "SELECT pg_catalog.set_config('search_path', '', true), pg_catalog.set_config('jit', 'off', true), "
      "pg_catalog.set_config('work_mem', '64MB', true), pg_catalog.set_config('max_parallel_workers_per_gather', '0', true);\n"
      "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) " + sql);
  // Each node's own fields come before its children's ("Plans" is last), "Actual Rows" and "Actual Loops" first
  // among them, the rows removed after: a pass in text order pairs each count with its node's loops.
  long total = 0, rows = 0, loops = 0;
  bool seen = false;  // an "Actual Loops": the JSON is what this expects
  std::size_t at = 0;
  while ((at = json.find('"', at)) != std::string::npos) {
    // A string, escapes and all; a key when a colon follows it.
    std::size_t end = at + 1;
    while (end < json.size() && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
    const std::string text = json.substr(at + 1, end - at - 1);
    at = end + 1;
    const auto colon = json.find_first_not_of(' ', at);
    if (colon == std::string::npos || json[colon] != ':') continue;
    const auto number = [&] { return std::stol(json.substr(colon + 1)); };
    if (text == "Actual Rows") {
      rows = number();
    } else if (text == "Actual Loops") {
      loops = number();
      total += rows * loops;
      seen = true;
    } else if (text == "Rows Removed by Filter" || text == "Rows Removed by Join Filter" ||
               text == "Rows Removed by Index Recheck") {
      total += number() * loops;
    }
  }
  REQUIRE(seen);
  return total;
}

}  // namespace

TEST_CASE("catalog queries keep their plans on a freshly loaded database whose catalogs are not analysed") {
  ScratchDb s;
  s.exec(schema(300));
  auto& db = s.db();
  const int version = std::stoi(db.query_value("SELECT current_setting('server_version_num')"));
  // Still as loaded: autovacuum has not analysed the catalogs the queries read most (it may on a slow machine;
  // then both rounds below see analysed catalogs and the test proves less, but cannot fail for it).
  const bool fresh = db.query_value(
                         "SELECT bool_and(pg_stat_get_last_autoanalyze_time(c.oid) IS NULL) FROM pg_catalog.pg_class c "
                         "WHERE c.oid IN ('pg_catalog.pg_depend'::regclass, 'pg_catalog.pg_attribute'::regclass, "
                         "'pg_catalog.pg_class'::regclass, 'pg_catalog.pg_constraint'::regclass)") == "t";
  const auto sqls = introspect::catalog_queries(version);
  std::vector<long> fresh_rows;
  for (const auto& sql : sqls) fresh_rows.push_back(sql.empty() ? 0 : rows_handled(db, sql));
  db.execute("ANALYZE");
  for (std::size_t i = 0; i < sqls.size(); ++i) {
    if (sqls[i].empty()) continue;
    const long analysed = rows_handled(db, sqls[i]);
    std::string head = sqls[i].substr(0, 60);
    for (auto& ch : head)
      if (ch == '\n') ch = ' ';
    INFO("catalog query " << i << " (" << head << "...): " << fresh_rows[i] << " rows handled before ANALYZE, "
                          << analysed << " after; catalogs fresh: " << fresh);
    // A different but sound plan (a nested loop of index probes instead of a hash join) handles about as many
    // rows; a nested loop over an aggregate or a scan handles them once per row of the outer side: hundreds of
    // times as many.
    CHECK(fresh_rows[i] <= 5 * analysed + 20000);
  }
}
