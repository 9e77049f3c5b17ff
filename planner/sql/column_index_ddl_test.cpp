// Column type conversions and partitioned indexes' SQL.
#include <doctest/doctest.h>

#include "planner/sql/ddl.h"

using namespace schemaplan;
using ddl::Statements;

TEST_CASE("type changes PostgreSQL cannot cast go through epoch seconds, both ways") {
  CHECK(ddl::convert("at", "timestamp without time zone", "bigint") == "extract(epoch FROM at)::bigint");
  CHECK(ddl::convert("n", "bigint", "timestamp without time zone") ==
        "(to_timestamp(n) AT TIME ZONE 'UTC')::timestamp without time zone");
  CHECK(ddl::convert("n", "numeric(12,2)", "timestamp with time zone") == "to_timestamp(n)::timestamp with time zone");
  CHECK(ddl::convert("d", "date", "integer") == "extract(epoch FROM d)::integer");
  CHECK(ddl::convert("x", "text", "integer") == "x::integer");
  CHECK(ddl::convert("m", "public.mood", "text[]") == "m::text[]::text[]");
  CHECK(ddl::conversion_loses("timestamp with time zone", "bigint"));
  CHECK_FALSE(ddl::conversion_loses("timestamp with time zone", "numeric"));
  CHECK_FALSE(ddl::conversion_loses("bigint", "timestamp with time zone"));
  Column b{.name = "at", .type = "timestamp without time zone"};
  Column a{.name = "at", .type = "bigint"};
  CHECK(ddl::alter_column("public", "ev", b, a) ==
        Statements{"ALTER TABLE public.ev ALTER COLUMN at TYPE bigint USING extract(epoch FROM at)::bigint"});
}

TEST_CASE("a partitioned index creates its partitions' indexes with names of their own first, deepest first") {
  Catalog cat;
  cat.tables.push_back(Table{.schema = "public", .name = "p", .partition_key = "LIST (k)"});
  cat.tables.push_back(Table{.schema = "public", .name = "p_a", .partition_key = "RANGE (id)",
                             .partition_of = TableRef{"public", "p"}});
  cat.tables.push_back(Table{.schema = "public", .name = "p_a1", .partition_of = TableRef{"public", "p_a"}});
  Index i{.schema = "public", .name = "p_i", .table = "p", .definition = "USING btree (id)"};
  i.partition_indexes = {{"public", "p_a_own", "p_a"}, {"public", "p_a1_own", "p_a1"}};
  CHECK(ddl::create_index_tree(i, cat) == Statements{"CREATE INDEX p_a1_own ON public.p_a1 USING btree (id)",
                                                      "CREATE INDEX p_a_own ON public.p_a USING btree (id)",
                                                      "CREATE INDEX p_i ON public.p USING btree (id)"});
}
