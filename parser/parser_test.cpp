#include "parser/parser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::column_of;
using testing::constraint_of;
using testing::parse_error;
using testing::parse_files;
using testing::parse_sql;
using testing::table_of;
using V = std::vector<std::string>;

namespace {

void check_equal(const Catalog& a, const Catalog& b) {
  CHECK_MESSAGE(a == b, testing::dump(a) << "differs from\n" << testing::dump(b));
}

// A schema using most features; statements are separated so they can be shuffled.
const std::vector<std::string> kSchema = {
    "create schema app",
    "create extension citext with schema app",
    "create type app.status as enum ('new', 'active', 'gone')",
    "alter type app.status add value 'paused' after 'active'",
    "create sequence app.invoice_no as integer start 1000",
    "create table app.orgs (id bigint generated always as identity primary key, name app.citext not null unique)",
    "create table app.users (id serial primary key, org_id bigint not null references app.orgs on delete cascade, "
    "email text not null, status app.status not null default 'new', created_at timestamptz not null default now())",
    "create table app.invoices (no int not null default nextval('app.invoice_no'), user_id int references app.users, "
    "amount numeric(12,2) check (amount > 0), unique (user_id, no))",
    "alter sequence app.invoice_no owned by app.invoices.no",
    "create unique index on app.users (lower(email)) where status <> 'gone'",
    "create index on app.invoices (user_id) include (amount)",
    "alter table app.users add constraint users_email_check check (email like '%@%') not valid",
    "comment on table app.users is 'people'",
    "comment on column app.users.email is 'login'",
};

std::string join(const std::vector<std::string>& stmts) {
  std::string out;
  for (const auto& s : stmts) out += s + ";\n";
  return out;
}

}  // namespace

TEST_CASE("statement order does not matter") {
  Catalog in_order = parse_sql(join(kSchema));
  std::mt19937 rng(42);
  for (int round = 0; round < 5; ++round) {
    std::vector<std::string> shuffled = kSchema;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    check_equal(parse_sql(join(shuffled)), in_order);
  }
  std::vector<std::string> reversed(kSchema.rbegin(), kSchema.rend());
  check_equal(parse_sql(join(reversed)), in_order);
}

TEST_CASE("files in reverse dependency order, and files passed in any order, apply in path order") {
  Catalog one = parse_sql("create schema app; create table app.a (id int primary key); "
                          "create table app.b (a_id int references app.a);");
  std::vector<std::pair<std::string, std::string>> files = {
      {"schema/3_schema.sql", "create schema app;"},
      {"schema/2_a.sql", "create table app.a (id int primary key);"},
      {"schema/1_b.sql", "create table app.b (a_id int references app.a);"}};
  check_equal(parse_files(files), one);
  std::reverse(files.begin(), files.end());
  check_equal(parse_files(files), one);
  Catalog c = parse_files(files);
  CHECK(table_of(c, "b", "app").meta.span.str() == "schema/1_b.sql:1:1");
}

TEST_CASE("equivalent spellings give equal models") {
  check_equal(parse_sql("create table t (a int, b varchar(10), c int4, d float, e bool, f decimal(5,2), g timestamptz)"),
              parse_sql("CREATE TABLE public.t (a integer, b character varying(10), c INTEGER, d double precision, "
                        "e boolean, f numeric(5,2), g timestamp with time zone)"));
  check_equal(parse_sql("create table t (a int primary key, b int unique, c int check (c>0), d int references t)"),
              parse_sql("create table t (a int, b int, c int, d int, constraint t_pkey primary key (a), "
                        "constraint t_b_key unique (b), constraint t_c_check check ((c > 0)), "
                        "constraint t_d_fkey foreign key (d) references public.t (a))"));
  check_equal(parse_sql("create table t (a int default null, b text default 'x')"),
              parse_sql("create table t (a int, b text default ('x'))"));
  check_equal(parse_sql("create table t (a int check (a > 0 and a < 10))"),
              parse_sql("CREATE TABLE t (a INT CHECK ((A > 0) AND (a < 10)))"));
  check_equal(parse_sql("create table t (id serial primary key, ts timestamp default current_timestamp)"),
              parse_sql("create sequence t_id_seq as integer owned by t.id; create table t (id integer not null "
                        "default nextval('public.t_id_seq'::regclass), ts timestamp without time zone "
                        "default CURRENT_TIMESTAMP); alter table only t add constraint t_pkey primary key (id)"));
  check_equal(parse_sql("create table t (a int references u initially deferred); create table u (id int primary key)"),
              parse_sql("create table u (id int primary key); create table t (a int, "
                        "foreign key (a) references u (id) deferrable initially deferred)"));
}

TEST_CASE("canonical texts are valid SQL that reads back to the same model") {
  for (const std::string& sql : {join(kSchema),
                                 std::string("create table t (a int, b text collate \"C\", c numeric(5,2)[] default '{}', "
                                             "d int generated by default as identity (start 5 increment 5), "
                                             "e int generated always as (a * 2) stored, "
                                             "exclude using gist (a with =, (a + 1) with <>) where (a > 0) deferrable, "
                                             "check (b ~ '^[a-z]+$' and c <> '{}'::numeric[]) no inherit);"
                                             "create index on t ((b::varchar) collate \"C\" text_pattern_ops desc nulls last);"
                                             "create unique index on t (lower(b), (a + 1)) include (c) nulls not distinct;")}) {
    Catalog c = parse_sql(sql);
    std::string recreated = testing::to_sql(c);
    INFO(recreated);
    check_equal(parse_sql(recreated), c);
  }
}

TEST_CASE("different schemas are not equal") {
  CHECK_FALSE(parse_sql("create table t (a int)") == parse_sql("create table t (a bigint)"));
  CHECK_FALSE(parse_sql("create table t (a int check (a > 0))") == parse_sql("create table t (a int check (a >= 0))"));
  CHECK_FALSE(parse_sql("create table t (a int)") == parse_sql("create table t (a int not null)"));
  CHECK_FALSE(parse_sql("create table t (a text default 'x')") == parse_sql("create table t (a text default 'y')"));
}

TEST_CASE("identifiers: quoted, mixed case, reserved words, spaces, quotes, non-ASCII") {
  Catalog c = parse_sql(R"(
    create schema "My Schema";
    create table "My Schema"."Order" ("select" int primary key, "two words" text, "it""s" int, "ünï" text unique,
                                      Unquoted int);
    create index on "My Schema"."Order" ("two words");
  )");
  const Table& t = table_of(c, "Order", "My Schema");
  CHECK(column_of(t, "select").name == "select");
  CHECK(column_of(t, "it\"s").name == "it\"s");
  CHECK(column_of(t, "unquoted").name == "unquoted");  // folded to lower case
  CHECK(constraint_of(t, "Order_pkey").definition == "PRIMARY KEY (\"select\")");
  CHECK(constraint_of(t, "Order_ünï_key").definition == "UNIQUE (\"ünï\")");
  CHECK(testing::index_of(c, "Order_two words_idx", "My Schema").definition == "USING btree (\"two words\")");
  Catalog s = parse_sql("create table \"T\" (id serial);");
  CHECK(*column_of(table_of(s, "T"), "id").default_expr == "nextval('public.\"T_id_seq\"'::regclass)");
}

TEST_CASE("unsupported statements are named, with their position") {
  Diagnostic d = parse_error("create table t (a int);\n\n  create temporary view v as select 1;");
  CHECK(d.code == "unsupported-statement");
  CHECK(d.message == "CREATE TEMPORARY VIEW is not supported yet");
  CHECK(d.span.str() == "test.sql:3:3");
  CHECK(parse_error("create table x as select 1;").message == "CREATE TABLE ... AS is not supported yet");
  CHECK(parse_error("create transform for int language sql (from sql with function f(internal));").message ==
        "CREATE TRANSFORM is not supported yet");
  CHECK(parse_error("create tablespace ts location '/tmp/ts';").message == "CREATE TABLESPACE is not supported yet");
  CHECK(parse_error("drop table t;").message == "DROP TABLE is not supported yet");
  CHECK(parse_error("grant connect on database d to bob;").message == "GRANT ON DATABASE is not supported yet");
  CHECK(parse_error("alter foreign table f add column b int;").message ==
        "ALTER FOREIGN TABLE other than OWNER TO and OPTIONS is not supported yet");
}

TEST_CASE("the full diagnostic prints the line and a caret") {
  try {
    parse_sql("create table t (a int);\ncreate index on missing (a);\n");
    FAIL("expected an error");
  } catch (const DiagnosticError& e) {
    CHECK(e.formatted() ==
          "test.sql:2:17: error: table public.missing does not exist\ncreate index on missing (a);\n                ^\n");
  }
}

TEST_CASE("read_sources: a file, a directory searched recursively in path order, errors") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("schemaplan_parser_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "b" / "nested");
  auto write = [](const fs::path& p, const std::string& text) { std::ofstream(p) << text; };
  write(dir / "b" / "nested" / "z.sql", "create table z (a int);");
  write(dir / "a.sql", "create table a (a int);");
  write(dir / "b" / "c.sql", "create table c (a int);");
  write(dir / "notes.txt", "not sql");
  fs::create_directories(dir / "elsewhere");
  write(dir / "elsewhere" / "linked.sql", "create table l (a int);");
  fs::create_directory_symlink(dir / "elsewhere", dir / "c_link");
  auto files = parser::read_sources(dir.string());
  REQUIRE(files.size() == 5);
  CHECK(files[0].path == (dir / "a.sql").string());
  CHECK(files[1].path == (dir / "b" / "c.sql").string());
  CHECK(files[2].path == (dir / "b" / "nested" / "z.sql").string());
  CHECK(files[2].text == "create table z (a int);");
  CHECK(files[3].path == (dir / "c_link" / "linked.sql").string());  // linked folders are followed
  CHECK(files[4].path == (dir / "elsewhere" / "linked.sql").string());
  auto one = parser::read_sources((dir / "a.sql").string());
  REQUIRE(one.size() == 1);
  CHECK(parser::parse(one).tables.size() == 1);
  try {
    parser::read_sources((dir / "missing.sql").string());
    FAIL("expected an io-error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "io-error");
    CHECK(e.diagnostic().message == "cannot read " + (dir / "missing.sql").string() + ": no such file or directory");
  }
  fs::remove_all(dir);
}

TEST_CASE("pg_dump output parses to the same model as the hand-written schema") {
  Catalog dumped = parse_sql(R"(
--
-- PostgreSQL database dump
--
\restrict abc

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
SET default_table_access_method = heap;

CREATE TABLE public.users (
    id integer NOT NULL,
    email text NOT NULL
);

ALTER TABLE public.users OWNER TO postgres;

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.users_id_seq OWNER TO postgres;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX users_lower_idx ON public.users USING btree (lower(email));

\unrestrict abc
)");
  Catalog written = parse_sql("create table users (id serial primary key, email text not null unique);"
                              "create index on users (lower(email));");
  // pg_dump states every owner; the hand-written schema states none (a serial's sequence follows its table).
  REQUIRE(dumped.owners.size() == 1);
  CHECK(dumped.owners[0].object == ObjectId{ObjectKind::Table, "public", "users", "", ""});
  CHECK(dumped.owners[0].owner == "postgres");
  dumped.owners.clear();
  check_equal(dumped, written);
}

TEST_CASE("bytes that are not UTF-8, or NUL, are an encoding error at their line and column") {
  Diagnostic d = parse_error("create table t (a int);\ncomment on table t is 'caf\xE9';\n");
  CHECK(d.code == "encoding-error");
  CHECK(d.span.line == 2);
  CHECK(d.span.column == 27);
  CHECK(d.message.find("byte 0xE9 is not valid UTF-8") == 0);
  Diagnostic nul = parse_error(std::string("create table t (a int);\n\x7F" "ELF\x02\x01\x01\0\0\0", 33));
  CHECK(nul.code == "encoding-error");
  CHECK(nul.span.line == 2);
  CHECK(nul.span.column == 8);
  CHECK(nul.message.find("NUL byte") == 0);
  // Well-formed UTF-8 anywhere (identifiers, strings, comments) is fine.
  Catalog ok = parse_sql("-- \xE2\x82\xAC\ncreate table \"caf\xC3\xA9\" (\"\xF0\x9F\x90\x98\" int);\n");
  CHECK(ok.tables.size() == 1);
}

TEST_CASE("read_sources: a symbolic link loop is an error naming the link, not a filesystem exception") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("schemaplan_loop_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "a.sql") << "create table a (a int);";
  fs::create_directory_symlink(dir, dir / "sub" / "up");  // sub/up -> the folder being read
  try {
    parser::read_sources(dir.string());
    FAIL("expected an io-error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "io-error");
    CHECK(e.diagnostic().message ==
          "symbolic link loop: " + (dir / "sub" / "up").string() + " leads back to " + dir.string() +
              ", which is being read already");
  }
  // Two folders linking to each other: the loop is found where it closes.
  fs::remove(dir / "sub" / "up");
  fs::create_directories(dir / "other");
  fs::create_directory_symlink(dir / "other", dir / "sub" / "to_other");
  fs::create_directory_symlink(dir / "sub", dir / "other" / "to_sub");
  try {
    parser::read_sources((dir / "sub").string());
    FAIL("expected an io-error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().message.find("symbolic link loop: " + (dir / "sub" / "to_other" / "to_sub").string()) == 0);
  }
  // A link to itself cannot be resolved at all.
  fs::remove_all(dir / "other");
  fs::remove(dir / "sub" / "to_other");
  fs::create_symlink(dir / "sub" / "self.sql", dir / "sub" / "self.sql");
  try {
    parser::read_sources(dir.string());
    FAIL("expected an io-error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().message ==
          "cannot read " + (dir / "sub" / "self.sql").string() + ": too many levels of symbolic links (a symbolic link loop)");
  }
  fs::remove_all(dir);
}
