// PostgreSQL's implicit names. Every expectation below was checked against a PostgreSQL 15 server by
// loading the same SQL and reading pg_class / pg_constraint.
#include "parser/naming.h"

#include "model/pg_names.h"

#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::constraint_names;
using testing::index_names;
using testing::parse_sql;
using testing::sequence_names;
using testing::table_of;
using V = std::vector<std::string>;

TEST_CASE("make_object_name shortens the longer name first to fit 63 bytes") {
  CHECK(make_object_name("t", "a", "key") == "t_a_key");
  CHECK(make_object_name("t", std::nullopt, "pkey") == "t_pkey");
  std::string a63(63, 'a'), b44(44, 'b');
  // 63 - len("_seq") - 1 = 58 bytes for both names: 29 + 29 once the longer one has come down to the other.
  CHECK(make_object_name(a63, b44, "seq") == std::string(29, 'a') + "_" + std::string(29, 'b') + "_seq");
  // With an odd budget (57 bytes beside "_fkey") the tie goes against name2: 29 + 28.
  CHECK(make_object_name(a63, std::string(63, 'b'), "fkey") == std::string(29, 'a') + "_" + std::string(28, 'b') + "_fkey");
  CHECK(make_object_name(a63, std::nullopt, "pkey") == std::string(58, 'a') + "_pkey");
  CHECK(make_object_name(a63, std::nullopt, "pkey").size() == 63);
}

TEST_CASE("truncation never splits a UTF-8 character") {
  std::string e = "\xC3\xA9";  // é, two bytes
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += e;  // 80 bytes
  CHECK(truncate_identifier(long_name).size() == 62);  // 31 whole characters, not 63 bytes
  std::string n = make_object_name(long_name, std::nullopt, "pkey");
  CHECK(n.size() <= 63);
  CHECK(n.ends_with("_pkey"));
  CHECK((static_cast<unsigned char>(n[n.size() - 6]) & 0xC0) != 0xC0);  // no dangling lead byte
}

TEST_CASE("names of our own keep their suffix and stay apart when long names share a prefix") {
  CHECK(pg_names::fit_with_hash("mood", "__schemaplan_old") == "mood__schemaplan_old");
  std::string shared(50, 'x');
  std::string a = pg_names::fit_with_hash(shared + "_first", "__schemaplan_old");
  std::string b = pg_names::fit_with_hash(shared + "_second", "__schemaplan_old");
  CHECK(a.size() == 63);
  CHECK(a.ends_with("__schemaplan_old"));
  CHECK(b.ends_with("__schemaplan_old"));
  CHECK(a != b);
  CHECK(a.substr(0, 38) == shared.substr(0, 38));
  CHECK(pg_names::fit_with_hash(shared + "_first", "__schemaplan_old") == a);  // the same name every time
  std::string e = "a";
  for (int i = 0; i < 31; ++i) e += "\xC3\xA9";  // then 31 two-byte characters: byte 38 is inside one
  std::string c = pg_names::fit_with_hash(e, "__schemaplan_old");
  CHECK(c.size() <= 63);
  CHECK(c.substr(0, 37) == e.substr(0, 37));  // `a` and 18 whole characters, then the hash
  CHECK(c[37] == '_');
  CHECK(pg_names::fit_with_hash(std::string(70, 'h'), "").size() == 63);
}

TEST_CASE("name_addition and index column numbering") {
  CHECK(name_addition({"a", "b"}) == "a_b");
  CHECK(index_column_names({"a", "a", "a", "expr", "expr"}) == V{"a", "a1", "a2", "expr", "expr1"});
}

TEST_CASE("registry: relation names conflict across kinds, constraint names only among constraints") {
  NameRegistry r;
  r.add_relation("public", "t_a_key", "table");
  CHECK(r.choose_relation_name("public", "t", std::string_view("a"), "key", true) == "t_a_key1");
  r.add_constraint("public", "other", "t_a_key1");
  CHECK(r.choose_relation_name("public", "t", std::string_view("a"), "key", true) == "t_a_key2");
  CHECK(r.choose_relation_name("public", "t", std::string_view("a"), "idx", false) == "t_a_idx");
  CHECK(r.choose_constraint_name("public", "t", std::string_view("a"), "key") == "t_a_key");  // the table is no constraint
  CHECK(r.choose_constraint_name("other_schema", "t", std::string_view("a"), "key") == "t_a_key");
}

TEST_CASE("index names follow the columns, expressions and INCLUDE columns") {
  Catalog c = parse_sql(R"(
    create table t (a int, b int, c text, d int);
    create index on t (a) include (b);
    create index on t (lower(c));
    create index on t ((a+b));
    create index on t ((a));
    create index on t ((c::varchar));
    create index on t (c collate "C");
    create index on t ((case when a > 0 then 1 end));
    create index on t (coalesce(a, b));
    create index on t (a, a, a);
    create index on t ((a+1), (b+1));
    create index on t ((-a));
    create index on t (a);
    create index on t (greatest(a,b), nullif(a,b), (array[a]), (a::text::int));
  )");
  CHECK(index_names(c) == V{"t_a_a1_a2_idx", "t_a_b_idx", "t_a_idx", "t_a_idx1", "t_c_idx", "t_c_idx1", "t_case_idx",
                            "t_coalesce_idx", "t_expr_expr1_idx", "t_expr_idx", "t_expr_idx1",
                            "t_greatest_nullif_array_a_idx", "t_lower_idx"});
}

TEST_CASE("constraint names: check, unique, primary key, foreign key") {
  Catalog c = parse_sql(R"(
    create table u (a int unique, b int, unique (a), primary key (a), unique (b) include (a),
                    check (a > 0), check (a > b), check (a > 1), constraint u_a_key1 check (b > 0));
    create table v (a int, b int, constraint v_a_key check (a > 0), unique (a), unique (a, b));
    create table ww (a int, b int, foreign key (a, b) references v (a, b), foreign key (a, b) references v (a, b));
    create table t2 (a int references t2 (a) primary key, b int references t2);
    create table z (a int, b int, c int, check (a > 0 and a < 9), check (true), check (z.a > 0));
  )");
  // UNIQUE (a) twice next to PRIMARY KEY (a): one index, the primary key's.
  CHECK(constraint_names(table_of(c, "u")) == V{"u_a_check", "u_a_check1", "u_a_key1", "u_b_a_key", "u_check", "u_pkey"});
  // An explicit CHECK named v_a_key pushes the unique constraint's implicit name to v_a_key1.
  CHECK(constraint_names(table_of(c, "v")) == V{"v_a_b_key", "v_a_key", "v_a_key1"});
  CHECK(constraint_names(table_of(c, "ww")) == V{"ww_a_b_fkey", "ww_a_b_fkey1"});
  CHECK(constraint_names(table_of(c, "t2")) == V{"t2_a_fkey", "t2_b_fkey", "t2_pkey"});
  CHECK(constraint_names(table_of(c, "z")) == V{"z_a_check", "z_a_check1", "z_check"});
}

TEST_CASE("a merged duplicate keeps the explicit name") {
  Catalog c = parse_sql("create table y (id int primary key, constraint y_pkey1 unique (id));");
  CHECK(constraint_names(table_of(c, "y")) == V{"y_pkey1"});
  CHECK(table_of(c, "y").constraints[0].type == ConstraintType::PrimaryKey);
}

TEST_CASE("serial and identity sequences take relation names") {
  Catalog c = parse_sql(R"(
    create table w (id int generated always as identity, s serial);
    create table w_s_seq1 (x int);
    create table w2 (s serial);
    create index w2_s_idx on w2 (s);
    create index on w2 (s);
    create table w_id_seq1 (x int);
    alter table w2 add column id int not null;
    alter table w2 alter column id add generated by default as identity;
    create index on w2 (id);
  )");
  CHECK(sequence_names(c) == V{"w2_s_seq", "w_s_seq"});
  // w_id_seq is the identity column's (not a model object, but its name is taken): a later index on w2(id)
  // is not affected, but a table named like it would be.
  CHECK(index_names(c) == V{"w2_id_idx", "w2_s_idx", "w2_s_idx1"});
  CHECK(testing::parse_error("create table w (id int generated always as identity); create table w_id_seq (x int);")
            .code == "duplicate-object");
}

TEST_CASE("implicit names are chosen in file order, even when a statement applies later") {
  // The index comes first in the files, so it gets t_a_idx although its table is created after it.
  Catalog c = parse_sql(R"(
    create index on t (a);
    create table t (a int);
    create index on t (a);
  )");
  CHECK(testing::index_of(c, "t_a_idx").meta.span.line == 2);
  CHECK(testing::index_of(c, "t_a_idx1").meta.span.line == 4);
}

TEST_CASE("long and non-ASCII names are truncated like PostgreSQL") {
  Catalog c = parse_sql(
      "create table " + std::string(80, 'a') + " (" + std::string(44, 'b') + " serial primary key, c int unique check (c > 0));"
      "create table long_table_name_here_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (long_column_name_yyyyyyyyyyyyyyyyyyyyyyyyyyy int"
      "  unique, c2 int references long_table_name_here_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (long_column_name_yyyyyyyyyyyyyyyyyyyyyyyyyyy));"
      "create table ééééééééééééééééééééééééééééééééé (ééééééééééééééééééééééééééééééé int unique);");
  std::string a63(63, 'a');
  const Table& t = table_of(c, a63);
  CHECK(constraint_names(t) == V{std::string(55, 'a') + "_c_check", std::string(57, 'a') + "_c_key", std::string(58, 'a') + "_pkey"});
  CHECK(sequence_names(c) == V{std::string(29, 'a') + "_" + std::string(29, 'b') + "_seq"});
  CHECK(constraint_names(table_of(c, "long_table_name_here_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")) ==
        V{"long_table_name_here_xxxxxxxx_long_column_name_yyyyyyyyyyyy_key",
          "long_table_name_here_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_c2_fkey"});
  std::string e31;
  for (int i = 0; i < 31; ++i) e31 += "é";  // 33 characters truncated to 31 (62 bytes)
  std::string e14;
  for (int i = 0; i < 14; ++i) e14 += "é";
  CHECK(constraint_names(table_of(c, e31)) == V{e14 + "_" + e14 + "_key"});
}

TEST_CASE("quoted, mixed-case and quote-containing names") {
  Catalog c = parse_sql(R"(
    create table "Mixed Case" ("Col One" int primary key, "ünïcødé" text unique, "a""b" int check ("a""b" > 0));
    create index on "Mixed Case" ("Col One", "ünïcødé");
  )");
  CHECK(constraint_names(table_of(c, "Mixed Case")) == V{"Mixed Case_a\"b_check", "Mixed Case_pkey", "Mixed Case_ünïcødé_key"});
  CHECK(index_names(c) == V{"Mixed Case_Col One_ünïcødé_idx"});
}

TEST_CASE("a dropped constraint's name is free again") {
  Catalog c = parse_sql(R"(
    create table t (a int check (a > 0));
    alter table t drop constraint t_a_check;
    alter table t add check (a > 1);
  )");
  CHECK(constraint_names(table_of(c, "t")) == V{"t_a_check"});
  CHECK(table_of(c, "t").constraints[0].definition == "CHECK (a > 1)");
}
