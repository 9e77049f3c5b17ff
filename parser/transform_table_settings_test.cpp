// Storage parameters, column settings, CLUSTER ON and REPLICA IDENTITY in SQL files.
#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::column_of;
using testing::constraint_of;
using testing::index_of;
using testing::parse_sql;
using testing::table_of;


TEST_CASE("storage parameters: WITH, SET and RESET keep PostgreSQL's order, TOAST ones apart") {
  Catalog c = parse_sql(
      "create table t (a int, b text) with (fillfactor = 70, autovacuum_enabled, toast.autovacuum_enabled = 'false');\n"
      "alter table t set (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.1);\n"
      "alter table only t reset (autovacuum_enabled, toast.autovacuum_enabled);");
  const Table& t = table_of(c, "t");
  CHECK(t.options.items == std::vector<std::string>{"fillfactor=80", "autovacuum_vacuum_scale_factor=0.1"});
  CHECK(t.toast_options.empty());
  // Two orders of the same options are the same table.
  CHECK(parse_sql("create table t (a int) with (fillfactor = 70, autovacuum_enabled = false);") ==
        parse_sql("create table t (a int) with (autovacuum_enabled = 'false', fillfactor = '70');"));
  CHECK(parse_sql("create table t (a int) with (oids = false);") == parse_sql("create table t (a int);"));
  Catalog d = parse_sql("create table u (a text) with (toast.autovacuum_enabled = false);");
  CHECK(table_of(d, "u").toast_options.items == std::vector<std::string>{"autovacuum_enabled=false"});
}

TEST_CASE("column settings: statistics, storage, options, compression") {
  Catalog c = parse_sql(
      "create table t (a int, b text compression lz4, c numeric, d text);\n"
      "alter table only t alter column a set statistics 1000, alter column a set storage plain;\n"
      "alter table t alter b set storage external, alter c set (n_distinct = -0.5), alter d set compression pglz;\n"
      "alter table t alter c set (n_distinct_inherited = 3), alter c reset (n_distinct);");
  CHECK(column_of(table_of(c, "t"), "a").statistics == 1000);
  CHECK(column_of(table_of(c, "t"), "a").storage == 0);  // integer's own storage
  CHECK(column_of(table_of(c, "t"), "b").storage == 'e');
  CHECK(column_of(table_of(c, "t"), "b").compression == 'l');
  CHECK(column_of(table_of(c, "t"), "c").options.items == std::vector<std::string>{"n_distinct_inherited=3"});
  CHECK(column_of(table_of(c, "t"), "d").compression == 'p');
  CHECK(testing::parse_error("create table p (a int) partition by list (a); create table c partition of p for values in (1);"
                             "alter table only c alter a set statistics 5;").message ==
        "settings of column a that public.c inherits is not supported yet");
  // A new type brings its own storage.
  Catalog d = parse_sql("create table t (a text); alter table t alter a set storage main; alter table t alter a type int;");
  CHECK(column_of(table_of(d, "t"), "a").storage == 0);
}

TEST_CASE("CLUSTER ON, CLUSTER USING and REPLICA IDENTITY mark one index or key of the table") {
  Catalog c = parse_sql(
      "create table t (id int primary key, code text not null unique, n int);\n"
      "create index t_n on t (n);\n"
      "alter table only t cluster on t_pkey;\n"
      "alter table t replica identity using index t_code_key;\n"
      "cluster t using t_n;\n"
      "create index t_lower on t (lower(code));\n"
      "alter index t_lower alter column 1 set statistics 3000;");
  const Table& t = table_of(c, "t");
  CHECK_FALSE(constraint_of(table_of(c, "t"), "t_pkey").flags.clustered);
  CHECK(index_of(c, "t_n").flags.clustered);
  CHECK(constraint_of(table_of(c, "t"), "t_code_key").flags.replica_identity);
  CHECK(t.replica_identity == 'i');
  CHECK(index_of(c, "t_lower").flags.statistics == std::map<int, int>{{1, 3000}});
  Catalog d = parse_sql(
      "create table t (id int primary key);\n"
      "alter table t replica identity using index t_pkey, cluster on t_pkey;\n"
      "alter table t replica identity full, set without cluster;");
  CHECK(table_of(d, "t").replica_identity == 'f');
  CHECK_FALSE(constraint_of(table_of(d, "t"), "t_pkey").flags.replica_identity);
  CHECK_FALSE(constraint_of(table_of(d, "t"), "t_pkey").flags.clustered);
}
