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

TEST_CASE("ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT, and ALTER TABLE ONLY as pg_dump writes it") {
  Catalog c = parse_sql(R"(
    create table t (id int, name text, n bigint, flag boolean);
    create sequence s;
    create view v as select id, name, n, flag from t;
    alter view v alter column name set default 'x';
    alter table only public.v alter column n set default nextval('s');
    alter view v alter column id set default 7, alter column flag set default null;
    alter view v alter column id drop default;
  )");
  const View& v = view_of(c, "v");
  CHECK(v.column_defaults == std::map<std::string, std::string>{
                                 {"n", "nextval('public.s'::regclass)"}, {"name", "'x'"}});
  CHECK(has(v.meta.deps, {ObjectKind::Sequence, "public", "s", "", ""}));
  // pg_dump's spelling reads the same.
  Catalog dumped = parse_sql(R"(
    create table t (id int, name text, n bigint, flag boolean);
    create sequence s;
    create view v as select id, name, n, flag from t;
    ALTER TABLE ONLY public.v ALTER COLUMN name SET DEFAULT 'x'::text;
    ALTER TABLE ONLY public.v ALTER COLUMN n SET DEFAULT nextval('public.s'::regclass);
  )");
  CHECK(view_of(dumped, "v").column_defaults == v.column_defaults);
}

TEST_CASE("CREATE OR REPLACE VIEW keeps column defaults and comments") {
  Catalog c = parse_sql(R"(
    create table t (id int, name text);
    create view v as select id from t;
    alter view v alter column id set default 1;
    comment on view v is 'kept';
    create or replace view v as select id, name from t;
  )");
  const View& v = view_of(c, "v");
  CHECK(v.column_defaults == std::map<std::string, std::string>{{"id", "1"}});
  CHECK(v.comment == "kept");
}

TEST_CASE("ALTER VIEW ... SET / RESET (options) as pg_class.reloptions holds them") {
  Catalog c = parse_sql(R"(
    create table t (id int);
    create view v with (security_barrier) as select id from t;
    alter view v set (check_option = local, security_invoker = true);
    alter view v set (security_barrier = false);
    alter view v reset (security_invoker);
    create view w as select id from t;
    alter view w set (security_barrier);
  )");
  CHECK(view_of(c, "v").options == std::vector<std::string>{"check_option=local", "security_barrier=false"});
  CHECK(view_of(c, "w").options == std::vector<std::string>{"security_barrier=true"});
}

TEST_CASE("ALTER VIEW: errors") {
  Diagnostic d = parse_error("create table t (id int);\ncreate view v as select id from t;\nalter view v set (fillfactor = 70);");
  CHECK(d.message == "unrecognized parameter \"fillfactor\"");
  CHECK(d.span.line == 3);
  d = parse_error("create table t (id int);\ncreate view v as select id from t;\nalter view v set (check_option = all);");
  CHECK(d.message.find("check_option") != std::string::npos);
  d = parse_error("create table t (id int);\ncreate view v as select id from t;\nalter view v alter column nope set default 1;");
  CHECK(d.message == "column nope of view public.v does not exist");
  d = parse_error("create table t (id int);\nalter view w alter column id set default 1;");
  CHECK(d.message == "view public.w does not exist");
  d = parse_error("create table t (id int);\ncreate materialized view m as select id from t;\n"
                  "alter table m alter column id set default 1;");
  CHECK(d.code == "wrong-object-type");
  // PostgreSQL has no ENABLE / DISABLE TRIGGER for a view.
  d = parse_error(R"(create table t (id int);
create view v as select id from t;
create function f() returns trigger language plpgsql as 'begin return new; end';
create trigger x instead of insert on v for each row execute function f();
alter table v disable trigger x;)");
  CHECK(d.code == "wrong-object-type");
  CHECK(d.span.line == 5);
}
