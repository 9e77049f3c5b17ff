// Objects the model does not cover yet are listed, never silently dropped.
#include <doctest/doctest.h>

#include "introspect/database.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

namespace {

// One string, so that a failure prints the whole list.
std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST_CASE("unsupported: one line per object the model does not cover, extension members excluded") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION citext;
    CREATE EXTENSION pg_stat_statements;
    CREATE SCHEMA app;
    CREATE TABLE t (id int, v text);
    CREATE VIEW v AS SELECT id FROM t;
    CREATE MATERIALIZED VIEW app."Mat View" AS SELECT 1 AS one;
    CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE sql AS $$ SELECT n + 1 $$;
    CREATE FUNCTION app.pair_sum(a int, b int, OUT s int) LANGUAGE sql AS $$ SELECT a + b $$;
    CREATE PROCEDURE app.tidy(reason text) LANGUAGE sql AS $$ SELECT 1 $$;
    CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
    ALTER TABLE t ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_rows ON t USING (id > 0);
    CREATE RULE no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
    CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
    CREATE TYPE pair AS (a int, b int);
    CREATE CAST (pair AS text) WITH INOUT;
    CREATE TYPE floatrange AS RANGE (subtype = float8);
    CREATE TABLE measure (at date) PARTITION BY RANGE (at);
    CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE TABLE parent (id int);
    CREATE TABLE child () INHERITS (parent);
    CREATE FOREIGN DATA WRAPPER dummy;
    CREATE SERVER srv FOREIGN DATA WRAPPER dummy;
    CREATE FOREIGN TABLE ft (a int) SERVER srv;
    CREATE COLLATION app.german (provider = libc, locale = 'C');
    CREATE STATISTICS app.t_stats ON id, v FROM t;
    CREATE TEXT SEARCH CONFIGURATION app.english_copy (COPY = pg_catalog.english);
    CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
    CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
    CREATE PUBLICATION pub;
    CREATE FUNCTION ft_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TRIGGER guard BEFORE INSERT ON ft FOR EACH ROW EXECUTE FUNCTION ft_guard();
    CREATE FUNCTION app.rn() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number';
  )");
  Catalog c = s.catalog();
  std::string all;
  for (const auto& u : c.unsupported) all += u + "\n";
  CHECK(all == join({
                             "trigger guard on public.ft",
                             "window function app.rn()",
                         }));
  // The modelled part is still read.
  CHECK(c.table("public", "t") != nullptr);
  CHECK(c.table("public", "t")->row_security);
  REQUIRE(c.policies.size() == 1);
  CHECK(c.policies[0].name == "own_rows");
  CHECK(c.table("public", "child") != nullptr);
  CHECK(c.table("public", "measure_2024") != nullptr);
  // Views are modelled now.
  CHECK(c.view("public", "v") != nullptr);
  CHECK(c.view("app", "Mat View") != nullptr);
  CHECK(c.functions.size() == 6);  // add_one, pair_sum, tidy, touch, on_ddl, ft_guard
  CHECK(c.triggers.size() == 1);
  // Objects kept as DDL text (model/generic.h).
  REQUIRE(c.generic({ObjectKind::Aggregate, "public", "total", "", "integer"}) != nullptr);
  CHECK(c.generic({ObjectKind::Aggregate, "public", "total", "", "integer"})->create ==
        std::vector<std::string>{"CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer)"});
  // Wrappers, servers, foreign tables (relations: kind Table), publications, event triggers, range types.
  REQUIRE(c.generic({ObjectKind::ForeignDataWrapper, "", "dummy", "", ""}) != nullptr);
  REQUIRE(c.generic({ObjectKind::ForeignServer, "", "srv", "", ""}) != nullptr);
  REQUIRE(c.generic({ObjectKind::Table, "public", "ft", "", ""}) != nullptr);
  CHECK(c.generic({ObjectKind::Table, "public", "ft", "", ""})->create ==
        std::vector<std::string>{"CREATE FOREIGN TABLE public.ft (a integer) SERVER srv"});
  CHECK(c.generic({ObjectKind::Publication, "", "pub", "", ""}) != nullptr);
  CHECK(c.generic({ObjectKind::EventTrigger, "", "log_ddl", "", ""}) != nullptr);
  // Collations, as pg_dump writes them (no version).
  REQUIRE(c.generic({ObjectKind::Collation, "app", "german", "", ""}) != nullptr);
  CHECK(c.generic({ObjectKind::Collation, "app", "german", "", ""})->create ==
        std::vector<std::string>{"CREATE COLLATION app.german (provider = libc, locale = 'C')"});
  REQUIRE(c.generic({ObjectKind::Type, "public", "floatrange", "", ""}) != nullptr);
  CHECK(c.generic({ObjectKind::Type, "public", "floatrange", "", ""})->create ==
        std::vector<std::string>{"CREATE TYPE public.floatrange AS RANGE (subtype = double precision, multirange_type_name = "
                                 "public.floatmultirange)"});
}

TEST_CASE("unsupported: a partition's trigger clone enabled otherwise than its parent's trigger") {
  schemaplan::testing::ScratchDb s;
  s.exec(R"(
    CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TABLE p (a int) PARTITION BY RANGE (a);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
    CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
    CREATE TRIGGER y AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION f();
    ALTER TABLE p DISABLE TRIGGER y;
    ALTER TABLE p1 ENABLE TRIGGER y;
  )");
  schemaplan::Catalog c = s.catalog();
  REQUIRE(c.triggers.size() == 1);
  CHECK(c.triggers[0].enabled == 'D');
  CHECK(c.unsupported == std::vector<std::string>{"trigger y on public.p1 (its own enabled state)"});
}
