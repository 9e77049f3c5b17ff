#include "parser/deparse.h"

#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::column_of;
using testing::constraint_of;
using testing::parse_sql;
using testing::table_of;

namespace {

// Parses `SELECT <expr>` and returns canonical_expr() of the expression.
std::string canon(const std::string& expr, ExprRefs* refs = nullptr, std::string_view table = {}) {
  TreeArena arena;
  std::string sql = "SELECT " + expr;
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
  REQUIRE_MESSAGE(r.error == nullptr, (r.error ? r.error->message : ""));
  PgQuery__ParseResult* tree = arena.unpack(r.parse_tree);
  pg_query_free_protobuf_parse_result(r);
  Node* val = tree->stmts[0]->stmt->select_stmt->target_list[0]->res_target->val;
  TypeScope types;
  types.add_extension("citext", "ext");
  return Deparser(arena, types).canonical_expr(val, refs, table);
}

std::string definition(const std::string& create_table, const std::string& constraint) {
  Catalog c = parse_sql(create_table);
  return constraint_of(table_of(c, "t"), constraint).definition;
}

}  // namespace

TEST_CASE("expressions print alike however they were written") {
  CHECK(canon("x>0") == "x > 0");
  CHECK(canon("((x > 0))") == "x > 0");
  CHECK(canon("X  >  0 AND y IS NOT NULL") == canon("(x > 0) and (y is not null)"));
  CHECK(canon("x::int4") == "x::int");
  CHECK(canon("CAST(x AS integer)") == "x::int");
  CHECK(canon("'a'::character varying(3)") == canon("'a'::varchar(3)"));
  CHECK(canon("now()::timestamptz") == "now()::timestamp with time zone");
  CHECK(canon("x::pg_catalog.text") == "x::text");
  CHECK(canon("x::bpchar") == "x::bpchar");  // `char` alone would mean char(1)
  CHECK(canon("x::_int4") == "x::int[]");
  CHECK(canon("pg_catalog.lower(x)") == "lower(x)");
  CHECK(canon("EXTRACT(year FROM x)") == "extract ('year' FROM x)");  // SQL syntax keeps its form
}

TEST_CASE("literal casts that PostgreSQL adds or that change nothing are dropped") {
  CHECK(canon("1::int") == "1");
  CHECK(canon("CAST(1 AS integer)") == "1");
  CHECK(canon("amount > (0)::numeric") == canon("amount > 0"));
  CHECK(canon("status = 'a'::text") == "status = 'a'");
  CHECK(canon("'a'::bpchar") == "'a'");
  // Kept: a typmod, another type, a cast of a non-literal.
  CHECK(canon("'a'::varchar(3)") == "'a'::varchar(3)");
  CHECK(canon("'2020-01-01'::date") == "'2020-01-01'::date");
  CHECK(canon("x::text") == "x::text");
  // Kept: a literal's cast under a further cast (PostgreSQL stores the conversion), alone or in a cast array.
  CHECK(canon("'a'::varchar::text") != canon("'a'::text"));
  CHECK(canon("ARRAY['a'::varchar, 'b'::varchar]::text[]") != canon("ARRAY['a', 'b']::text[]"));
  CHECK(canon("ARRAY['a'::text, 'b'::text]") == canon("ARRAY['a', 'b']"));
}

TEST_CASE("IN, NOT IN, BETWEEN and enum literals compare as PostgreSQL stores them") {
  CHECK(canon("x IN (1, 2)") == canon("x = ANY (ARRAY[1, 2])"));
  CHECK(canon("x NOT IN (1, 2)") == canon("x <> ALL (ARRAY[1, 2])"));
  CHECK(canon("x IN (1)") == canon("x = 1"));
  CHECK(canon("x NOT IN (1)") == canon("x <> 1"));
  CHECK(canon("x BETWEEN 1 AND 2") == canon("x >= 1 AND x <= 2"));
  CHECK(canon("x NOT BETWEEN 1 AND 2") == canon("x < 1 OR x > 2"));
  ExprRefs refs;
  CHECK(canon("status <> 'a'::mood", &refs) == canon("status <> 'a'"));
  // The type, and the operator by name (resolved against the user's operators later).
  REQUIRE(refs.deps.size() == 2);
  CHECK(refs.deps[0].name == "<>");
  CHECK(refs.deps[0].kind == ObjectKind::Operator);
  CHECK(refs.deps[1].name == "mood");
  CHECK(canon("status IN ('a', 'b')") == canon("status = ANY (ARRAY['a'::mood, 'b'::mood])"));
  // Not beside a comparison: the cast is a conversion and stays.
  CHECK(canon("f('a'::mood)") != canon("f('a')"));
}

TEST_CASE("a default's literal cast to the column's own type is dropped") {
  Catalog a = parse_sql("create table t (a varchar(20) default 'basic'::character varying, b boolean[] default '{}'::boolean[],"
                        " c text default NULL, d varchar(5) default null, e date default '2020-01-01'::date);");
  Catalog b = parse_sql("create table t (a varchar(20) default 'basic', b boolean[] default '{}', c text,"
                        " d varchar(5) default null, e date default '2020-01-01');");
  CHECK(a == b);
  // PostgreSQL stores a null default only under a typmod coercion: mirrored by normalize().
  CHECK_FALSE(table_of(a, "t").column("c")->default_expr);
  CHECK(table_of(a, "t").column("d")->default_expr == std::optional<std::string>("NULL"));
}

TEST_CASE("user types in expressions are schema-qualified and recorded") {
  ExprRefs refs;
  CHECK(canon("'happy'::mood", &refs) == "'happy'::public.mood");
  REQUIRE(refs.deps.size() == 1);
  CHECK(refs.deps[0].str() == "type public.mood");
  CHECK(canon("'x'::app.status[]") == "'x'::app.status[]");
  CHECK(canon("'x'::citext") == "'x'::ext.citext");  // the extension's schema
}

TEST_CASE("nextval() names its sequence with an explicit schema") {
  const std::string expected = "nextval('public.s'::regclass)";
  CHECK(canon("nextval('s')") == expected);
  CHECK(canon("nextval('s'::regclass)") == expected);
  CHECK(canon("nextval('public.s'::regclass)") == expected);
  CHECK(canon("pg_catalog.nextval('S'::pg_catalog.regclass)") == expected);
  CHECK(canon("nextval('\"S\"')") == "nextval('public.\"S\"'::regclass)");
  CHECK(canon("nextval('app.\"My Seq\"')") == "nextval('app.\"My Seq\"'::regclass)");
  ExprRefs refs;
  canon("nextval('app.s')", &refs);
  REQUIRE(refs.deps.size() == 1);
  CHECK(refs.deps[0].str() == "sequence app.s");
  TreeArena arena;
  TypeScope types;
  CHECK(Deparser(arena, types).nextval_expr("public", "s") == expected);
}

TEST_CASE("qualified names in regclass literals") {
  CHECK(parse_qualified_name("Foo", 0) == std::pair<std::string, std::string>{"public", "foo"});
  CHECK(parse_qualified_name(" s . \"X\"\"Y\" ", 0) == std::pair<std::string, std::string>{"s", "X\"Y"});
  CHECK(parse_qualified_name("db.s.t", 0) == std::pair<std::string, std::string>{"s", "t"});
  CHECK_THROWS_AS(parse_qualified_name("a..b", 0), TreeError);
  CHECK_THROWS_AS(parse_qualified_name("\"open", 0), TreeError);
}

TEST_CASE("column references: the table's own qualifier goes, columns are collected") {
  ExprRefs refs;
  CHECK(canon("t.a > 0 and b < t.a", &refs, "t") == "a > 0 AND b < a");
  CHECK(refs.columns == std::vector<std::string>{"a", "b"});
}

TEST_CASE("canonical text reads back to itself") {
  for (auto e : {"x > 0", "lower(email) ~ '^[a-z]+$'", "CASE WHEN a THEN 1 ELSE 2 END", "a IN (1, 2)",
                 "coalesce(a, b) BETWEEN 1 AND 10", "now() - '1 day'::interval", "a = ANY(ARRAY[1, 2])",
                 "(a, b) < (c, d)", "x::text COLLATE \"C\"", "E'a\\\\b'", "'it''s'", "a IS DISTINCT FROM b",
                 "j ->> 'k' IS NOT NULL", "-x + 1", "extract(year from d) > 2000", "x::numeric(10,2)"}) {
    std::string once = canon(e);
    CHECK_MESSAGE(canon(once) == once, e);
  }
}

TEST_CASE("constraint definitions") {
  CHECK(definition("create table t (id int primary key)", "t_pkey") == "PRIMARY KEY (id)");
  CHECK(definition("create table t (id int, constraint pk primary key (id))", "pk") == "PRIMARY KEY (id)");
  CHECK(definition("create table t (a int, b int, unique nulls not distinct (a, b))", "t_a_b_key") ==
        "UNIQUE NULLS NOT DISTINCT (a, b)");
  CHECK(definition("create table t (a int, b int, unique (a) include (b))", "t_a_b_key") == "UNIQUE (a) INCLUDE (b)");
  CHECK(definition("create table t (x int check (x>0) no inherit)", "t_x_check") == "CHECK (x > 0) NO INHERIT");
  CHECK(definition("create table t (a int references p (id) on delete cascade deferrable initially deferred);"
                   "create table p (id int primary key)",
                   "t_a_fkey") == "FOREIGN KEY (a) REFERENCES public.p (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED");
  CHECK(definition("create table t (a int, b int, foreign key (a, b) references p (x, y) match full on update set null);"
                   "create table p (x int, y int, unique (x, y))",
                   "t_a_b_fkey") == "FOREIGN KEY (a, b) REFERENCES public.p (x, y) MATCH FULL ON UPDATE SET NULL");
  CHECK(definition("create table t (c int, exclude using gist (c with &&) where (c > 0))", "t_c_excl") ==
        "EXCLUDE USING gist (c WITH &&) WHERE (c > 0)");
  CHECK(definition("create table t (c text, d int, exclude (lower(c) with =, (d + 1) with =) include (d) deferrable)",
                   "t_lower_expr_d_excl") == "EXCLUDE USING btree (lower(c) WITH =, (d + 1) WITH =) INCLUDE (d) DEFERRABLE");
  CHECK(definition("create table t (a int primary key initially deferred)", "t_pkey") ==
        "PRIMARY KEY (a) DEFERRABLE INITIALLY DEFERRED");
}

TEST_CASE("index definitions start at USING and print only non-default options") {
  auto def = [](const std::string& create_index) {
    Catalog c = parse_sql("create table t (a int, b text, c int, d timestamptz);" + create_index);
    REQUIRE(c.indexes.size() == 1);
    return c.indexes[0].definition;
  };
  CHECK(def("create index on t (a)") == "USING btree (a)");
  CHECK(def("create index on t using btree (a asc nulls last)") == "USING btree (a)");
  CHECK(def("create index on t (a desc nulls first)") == "USING btree (a DESC)");
  CHECK(def("create index on t (a desc nulls last, c nulls first)") == "USING btree (a DESC NULLS LAST, c NULLS FIRST)");
  CHECK(def("create index on t ((a))") == "USING btree (a)");
  CHECK(def("create index on t (lower(b) desc)") == "USING btree (lower(b) DESC)");
  CHECK(def("create index on t ((lower(b)))") == "USING btree (lower(b))");
  CHECK(def("create index on t ((a + c))") == "USING btree ((a + c))");
  CHECK(def("create index on t ((b::varchar) collate \"C\" text_pattern_ops)") ==
        "USING btree ((b::varchar) COLLATE \"C\" text_pattern_ops)");
  CHECK(def("create index on t using gin (b gin_trgm_ops)") == "USING gin (b gin_trgm_ops)");
  CHECK(def("create unique index concurrently if not exists i on only t (lower(b)) include (a) nulls not distinct "
            "where d is null") == "USING btree (lower(b)) INCLUDE (a) NULLS NOT DISTINCT WHERE d IS NULL");
}

TEST_CASE("a cast of a SQL-syntax call keeps its parentheses (works around a libpg_query deparse bug)") {
  CHECK(canon("(now() AT TIME ZONE 'utc')::text") == "(now() AT TIME ZONE 'utc')::text");
  CHECK(canon("((now() at time zone 'utc'))::text || 'x'") == "(now() AT TIME ZONE 'utc')::text || 'x'");
}

TEST_CASE("SQL meant for the server keeps its literal casts") {
  SourceFile f{"t.sql", "create table t (s varchar(10) check (s = any (array['a'::character varying, 'b'])) default 'x'::character varying);"};
  Catalog kept = parse({f}, ParseOptions{false});
  const Table& t = kept.tables.at(0);
  CHECK(t.columns.at(0).default_expr == std::optional<std::string>("'x'::varchar"));
  CHECK(t.constraints.at(0).definition.find("'a'::varchar") != std::string::npos);
  Catalog folded = parse({f});
  CHECK(folded.tables.at(0).constraints.at(0).definition.find("'a'::varchar") == std::string::npos);
}
