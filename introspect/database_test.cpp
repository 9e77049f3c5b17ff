// Database's own operations: running SQL, temporary databases, resetting, and the cost of read_catalog().
#include "introspect/database.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>

#include "model/diagnostic.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using namespace schemaplan::introspect;
using schemaplan::testing::ScratchDb;

namespace {

// Fails the statement's transaction (and so the test, through sql-error) unless `condition` holds.
std::string assert_sql(const std::string& condition) {
  return "DO $$ BEGIN IF NOT (" + condition + ") THEN RAISE EXCEPTION 'assertion failed: %', $q$" + condition +
         "$q$; END IF; END $$";
}

}  // namespace

TEST_CASE("execute runs several statements and reports server errors as sql-error") {
  ScratchDb s;
  s.exec("CREATE TABLE a (x int); INSERT INTO a VALUES (1); CREATE INDEX a_x ON a (x)");
  s.exec(assert_sql("(SELECT count(*) FROM a) = 1"));
  try {
    s.exec("SELECT 1;\nSELECT * FROM no_such_table");
    FAIL("expected an error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "sql-error");
    CHECK(std::string(e.what()) == "relation \"no_such_table\" does not exist");
  }
  try {
    s.exec("INSERT INTO a VALUES ('x')");
    FAIL("expected an error");
  } catch (const DiagnosticError& e) {
    CHECK(std::string(e.what()) == "invalid input syntax for type integer: \"x\"");
  }
  try {
    s.exec("ALTER TABLE a ADD PRIMARY KEY (x); INSERT INTO a VALUES (1)");
    FAIL("expected an error");
  } catch (const DiagnosticError& e) {
    CHECK(std::string(e.what()) ==
          "duplicate key value violates unique constraint \"a_pkey\"; detail: Key (x)=(1) already exists");
  }
  // The connection stays usable after an error.
  s.exec("SELECT 1");
}

TEST_CASE("database_name and conninfo_for") {
  ScratchDb s;
  CHECK(s.db().database_name() == s.name());
  Database other(s.db().conninfo_for("postgres"));
  CHECK(other.database_name() == "postgres");
}

TEST_CASE("create_temp_database and drop_database") {
  Database admin(testing::test_server());
  std::string a = admin.create_temp_database();
  std::string b = admin.create_temp_database();
  CHECK(a != b);
  CHECK(a.rfind("schemaplan_tmp_" + std::to_string(::getpid()) + "_", 0) == 0);
  {
    Database inside(admin.conninfo_for(a));
    CHECK(inside.database_name() == a);
    // Dropping terminates sessions still connected (WITH (FORCE)).
    admin.drop_database(a);
  }
  CHECK_THROWS_AS(Database(admin.conninfo_for(a)), DiagnosticError);
  admin.drop_database(b);
  admin.drop_database(b);  // already gone: not an error
  CHECK_THROWS_AS(Database(admin.conninfo_for(b)), DiagnosticError);
}

TEST_CASE("reset_database leaves a database indistinguishable from a fresh one") {
  ScratchDb fresh;
  ScratchDb used;
  used.exec(R"(
    CREATE EXTENSION citext;
    CREATE EXTENSION hstore SCHEMA public;
    CREATE SCHEMA app;
    CREATE SCHEMA "Other";
    CREATE TYPE app.mood AS ENUM ('a');
    CREATE TABLE app.t (id serial PRIMARY KEY, m app.mood, c citext);
    CREATE TABLE public.u (id int REFERENCES app.t);
    CREATE VIEW "Other".v AS SELECT 1 AS one;
    CREATE FUNCTION public.f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
    CREATE EVENT TRIGGER et ON ddl_command_start EXECUTE FUNCTION public.f();
    CREATE PUBLICATION pub;
    CREATE FOREIGN DATA WRAPPER dummy;
    CREATE SERVER srv FOREIGN DATA WRAPPER dummy;
    REVOKE USAGE ON SCHEMA public FROM PUBLIC;
    COMMENT ON SCHEMA public IS 'changed';
    ALTER SCHEMA public OWNER TO postgres;
    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
    ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pg_monitor WITH GRANT OPTION;
    ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON TYPES TO pg_monitor;
  )");
  CHECK(used.catalog() != fresh.catalog());
  used.db().reset_database();
  CHECK(used.catalog() == fresh.catalog());
  CHECK(used.catalog().unsupported.empty());
  // What the catalog model does not hold: owner, privileges, and that nothing else is left.
  const std::string same_as_fresh = assert_sql(R"(
    (SELECT nspowner = 'pg_database_owner'::regrole
            AND nspacl::text = '{pg_database_owner=UC/pg_database_owner,=U/pg_database_owner}'
            AND obj_description(oid, 'pg_namespace') = 'standard public schema'
       FROM pg_namespace WHERE nspname = 'public')
    AND (SELECT array_agg(extname::text) FROM pg_extension) = '{plpgsql}'
    AND NOT EXISTS (SELECT FROM pg_event_trigger) AND NOT EXISTS (SELECT FROM pg_publication)
    AND NOT EXISTS (SELECT FROM pg_foreign_data_wrapper) AND NOT EXISTS (SELECT FROM pg_foreign_server)
    AND (SELECT count(*) FROM pg_namespace) = 4  -- pg_catalog, information_schema, pg_toast, public
    AND NOT EXISTS (SELECT FROM pg_default_acl)
  )");
  fresh.exec(same_as_fresh);  // the assertion describes a fresh database...
  used.exec(same_as_fresh);   // ...and the reset one
  // A reset database is still usable.
  used.exec("CREATE TABLE t (id int)");
}

TEST_CASE("read_catalog costs a fixed number of queries") {
  auto queries_for = [](int tables) {
    ScratchDb s;
    std::string sql = "CREATE TYPE mood AS ENUM ('a'); CREATE SEQUENCE s;";
    for (int i = 0; i < tables; ++i) {
      std::string t = "t" + std::to_string(i);
      sql += "CREATE TABLE " + t + " (id serial PRIMARY KEY, m mood, v text CHECK (v <> ''), p int REFERENCES " +
             (i ? "t0" : t) + "); CREATE INDEX " + t + "_v ON " + t + " (lower(v)); COMMENT ON TABLE " + t +
             " IS 'x';";
    }
    s.exec(sql);
    int before = s.db().queries_run();
    Catalog c = s.db().read_catalog(CatalogSessions::one);
    CHECK(c.tables.size() == static_cast<std::size_t>(tables));
    CHECK(c.indexes.size() == static_cast<std::size_t>(tables));
    int queries = s.db().queries_run() - before;
    // By size, a database this small is read on one session too.
    before = s.db().queries_run();
    CHECK(s.catalog() == c);
    if (tables == 1) CHECK(s.db().queries_run() - before == queries);
    return queries;
  };
  int one = queries_for(1);
  CHECK(one == 15);  // the census, search_path and cursor_tuple_fraction, then the queries for what the database
                     // holds: schemas, enums, sequences, tables, dependencies, columns, relation columns,
                     // constraints, indexes, and the three always sent (unsupported, grants, owners); one session (few relations). Not
                     // sent: extensions,
                     // functions, triggers (a foreign key's are internal), views, domains, composites, policies,
                     // default privileges and generics (no kind kept as DDL text). A query's DECLARE, FETCHes and
                     // CLOSE (fetch_text_table()) count as one.
  CHECK(queries_for(50) == one);
}

TEST_CASE("read_catalog reads a result of more rows than one fetch of its cursor whole and in order") {
  ScratchDb s;
  // 700 tables of 15 columns: 10,500 rows of the columns query, more than one fetch (10,000 rows), so the
  // result arrives in two batches that must join into one table. (Narrow tables: the catalog queries take
  // seconds on a few tables of 1,500 columns each.)
  std::string sql;
  for (int t = 0; t < 700; ++t) {
    sql += "CREATE TABLE narrow" + std::to_string(t) + " (";
    for (int c = 0; c < 15; ++c)
      sql += (c ? ", c" : "c") + std::to_string(c) + (c % 3 ? " integer" : " text DEFAULT 'd" + std::to_string(c) + "'");
    sql += ");";
  }
  s.exec(sql);
  Catalog cat = s.catalog();
  REQUIRE(cat.tables.size() == 700);
  for (const auto& t : cat.tables) {
    REQUIRE(t.columns.size() == 15);
    for (int c = 0; c < 15; ++c) {
      const Column& col = t.columns[c];
      CHECK(col.name == "c" + std::to_string(c));
      CHECK(col.type == (c % 3 ? "integer" : "text"));
      CHECK(col.default_expr == (c % 3 ? std::nullopt : std::optional<std::string>("'d" + std::to_string(c) + "'::text")));
    }
  }
}

TEST_CASE("read_catalog does not change the session's search_path") {
  ScratchDb s;
  s.catalog();
  s.exec("CREATE TABLE after_read (id int)");  // would fail with an empty search_path
  CHECK(s.catalog().table("public", "after_read") != nullptr);
}

TEST_CASE("query_value_within gives up after its timeout, and the connection stays usable") {
  ScratchDb s;
  s.exec("CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2)");
  CHECK(s.db().query_value_within("SELECT count(*) FROM t", 5000) == std::optional<std::string>("2"));
  CHECK(s.db().query_value_within("SELECT pg_sleep(5)", 50) == std::nullopt);
  // The limit was the transaction's own: the next query runs unbounded.
  CHECK(s.db().query_value("SHOW statement_timeout") == "0");
  // Other errors are still errors.
  CHECK_THROWS_AS(s.db().query_value_within("SELECT count(*) FROM no_such_table", 5000), DiagnosticError);
}

TEST_CASE("read_catalog on three sessions in one snapshot reads what one session reads") {
  ScratchDb s;
  s.exec(R"(CREATE TYPE mood AS ENUM ('a', 'b');
            CREATE SEQUENCE counter;
            CREATE TABLE parent (id serial PRIMARY KEY, m mood NOT NULL DEFAULT 'a', note text CHECK (note <> ''));
            CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent, n bigint DEFAULT nextval('counter'));
            CREATE INDEX child_parent ON child (parent_id) WHERE n > 0;
            CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';
            CREATE VIEW parent_view AS SELECT id, twice(id) AS d FROM parent;
            COMMENT ON TABLE child IS 'children';
            GRANT SELECT ON parent_view TO PUBLIC;)");
  // A role allowed one connection reads on one session (the other two are refused and left out); allowed more,
  // the same role reads on three. Same role both times: owners and privileges are seen alike.
  const std::string role = "sp_sessions_" + std::to_string(::getpid());
  s.exec("CREATE ROLE " + role + " LOGIN CONNECTION LIMIT 1");
  struct DropRole {
    ScratchDb& s;
    std::string role;
    ~DropRole() {
      try {
        s.exec("DROP ROLE IF EXISTS " + role);
      } catch (...) {
      }
    }
  } drop{s, role};
  const std::string as_role = s.conninfo() + " user=" + role;
  auto read = [&](int& queries, CatalogSessions sessions) {
    Database db(as_role);
    int before = db.queries_run();
    Catalog c = db.read_catalog(sessions);
    queries = db.queries_run() - before;
    return c;
  };
  int one_session = 0, three_sessions = 0, by_size = 0;
  Catalog one = read(one_session, CatalogSessions::three);
  s.exec("ALTER ROLE " + role + " CONNECTION LIMIT -1");
  Catalog three = read(three_sessions, CatalogSessions::three);
  Catalog small = read(by_size, CatalogSessions::by_size);
  // The census, search_path, cursor_tuple_fraction, the 14 catalog queries for what the database holds (schemas,
  // enums, sequences, tables, dependencies, columns, relation columns, constraints, indexes, functions, views,
  // unsupported, grants, owners) and the
  // snapshot's export; on three sessions each other session's snapshot import, search_path and
  // cursor_tuple_fraction too; a small catalog is read on one session, without an export.
  CHECK(one_session == 18);
  CHECK(three_sessions == 24);
  CHECK(by_size == 17);
  CHECK(one == small);
  REQUIRE(one.tables.size() == 2);
  CHECK(one.views.size() == 1);
  CHECK(one == three);
}

TEST_CASE("read_catalog does not wait for tables a running migration holds locked") {
  // Defaults, partition bounds and view column defaults are deparsed without their relation
  // (sql_fragments::expression_without_columns()): given it, pg_get_expr() opens the relation, which waits
  // behind a migration's ACCESS EXCLUSIVE lock and locks every table until the read ends. (Still waiting: a
  // partitioned table's key, pg_get_partkeydef(), and a view's definition, pg_get_viewdef(), which open the
  // partitioned table and the tables the view reads.)
  ScratchDb s;
  s.exec("CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY, at timestamptz DEFAULT now(), n int DEFAULT 0);\n"
         "CREATE TABLE p (a int DEFAULT 1, b text) PARTITION BY LIST (a);\n"
         "CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1, 2);\n"
         "CREATE TABLE u (id int, n int);\n"
         "CREATE VIEW v AS SELECT id, n FROM u;\n"
         "ALTER VIEW v ALTER COLUMN n SET DEFAULT 7");
  Database migration(s.conninfo());
  migration.execute("BEGIN; LOCK TABLE t, p1 IN ACCESS EXCLUSIVE MODE");
  // A wait would end in this error instead of hanging the test.
  setenv("PGOPTIONS", "-c lock_timeout=3000", 1);
  Database reader(s.conninfo());
  unsetenv("PGOPTIONS");
  Catalog c = reader.read_catalog(CatalogSessions::one);
  const Table* t = c.table("public", "t");
  REQUIRE(t != nullptr);
  REQUIRE(t->columns.size() == 3);
  CHECK(t->columns[1].default_expr == "now()");
  CHECK(t->columns[2].default_expr == "0");
  const Table* p1 = c.table("public", "p1");
  REQUIRE(p1 != nullptr);
  CHECK(p1->partition_bound == "FOR VALUES IN (1, 2)");
  const View* v = c.view("public", "v");
  REQUIRE(v != nullptr);
  CHECK(v->column_defaults.at("n") == "7");
}
