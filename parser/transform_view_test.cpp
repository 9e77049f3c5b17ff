#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::view_of;
using testing::parse_sql;

namespace {
std::vector<std::string> names(const View& v) {
  std::vector<std::string> out;
  for (const auto& c : v.columns) out.push_back(c.name);
  return out;
}
}  // namespace

TEST_CASE("CREATE VIEW: qualified query, columns named as PostgreSQL names them, dependencies") {
  Catalog c = parse_sql(R"(
    create type mood as enum ('ok');
    create table t (id int, name text, m mood);
    create view v as
      with recent as (select id from t)
      select t.id, upper(name), name::varchar as n2, 1 + 1, 'ok'::mood, case when true then name end,
             (select max(id) from recent)
      from t;
  )");
  const View& v = view_of(c, "v");
  CHECK_FALSE(v.materialized);
  CHECK(v.query.find("FROM public.t") != std::string::npos);
  CHECK(v.query.find("FROM recent") != std::string::npos);  // a CTE name is not a relation
  CHECK(names(v) == std::vector<std::string>{"id", "upper", "n2", "?column?", "mood", "case", "max"});
  CHECK(v.columns[0].type == "integer");  // a plain column of a known table
  CHECK(v.columns[1].type == "expr upper(name)");
  CHECK(has(v.meta.deps, {ObjectKind::Table, "public", "t", "", ""}));
  CHECK(has(v.meta.deps, {ObjectKind::Column, "public", "id", "t", ""}));
  CHECK(has(v.meta.deps, {ObjectKind::Column, "public", "name", "t", ""}));
  CHECK_FALSE(has(v.meta.deps, {ObjectKind::Column, "public", "m", "t", ""}));
  CHECK(has(v.meta.deps, {ObjectKind::Type, "public", "mood", "", ""}));
}

TEST_CASE("CREATE VIEW: two spellings of one view are equal, options and check option") {
  Catalog a = parse_sql(R"(
    create table t (id int, x int);
    create view v (a, b) with (security_barrier) as select id, x from t where x > 0 with local check option;
    create view w as select * from t;
  )");
  Catalog b = parse_sql(R"(
    CREATE TABLE t (id integer, x integer);
    CREATE VIEW public.v WITH (security_barrier = true, check_option = local) AS
      SELECT id AS a, x AS "b" FROM public.t WHERE (x > 0);
    CREATE VIEW w AS SELECT * FROM t;
  )");
  // In the order PostgreSQL stores them: the options as written, the CHECK OPTION clause appended last.
  CHECK(view_of(a, "v").options == std::vector<std::string>{"security_barrier=true", "check_option=local"});
  CHECK(view_of(a, "v").query == view_of(b, "v").query);
  CHECK(names(view_of(a, "v")) == std::vector<std::string>{"a", "b"});
  CHECK(names(view_of(a, "w")) == std::vector<std::string>{"id", "x"});
  CHECK(a == b);
}

TEST_CASE("CREATE MATERIALIZED VIEW: data, indexes, comments, views over views in any order") {
  Catalog c = parse_sql(R"(
    comment on materialized view m is 'counts';
    create unique index m_k on m (k);
    create materialized view m as select k, count(*) as n from v group by k with no data;
    create view v as select name as k from t;
    create table t (name text);
  )");
  const View& m = view_of(c, "m");
  CHECK(m.materialized);
  CHECK_FALSE(m.with_data);
  CHECK(m.comment == "counts");
  CHECK(has(m.meta.deps, {ObjectKind::View, "public", "v", "", ""}));
  CHECK(c.indexes.size() == 1);
  CHECK(c.indexes[0].table == "m");
  CHECK(parse_error("create table t (a int); create materialized view m as select a from t; create index on m (b);")
            .message.find("column b of materialized view public.m does not exist") != std::string::npos);
  CHECK(parse_error("create view v as select * from nowhere;").message.find("relation public.nowhere does not exist") !=
        std::string::npos);
}
