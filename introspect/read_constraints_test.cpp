// Table constraints read from a live database.
#include <doctest/doctest.h>

#include <algorithm>

#include "introspect/database.h"
#include "model/sql_writer.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

namespace {

const Constraint& constraint(const Catalog& c, const std::string& table, const std::string& name,
                             const std::string& schema = "public") {
  const Table* t = c.table(schema, table);
  REQUIRE_MESSAGE(t, "no table " << schema << "." << table);
  const Constraint* k = t->constraint(name);
  REQUIRE_MESSAGE(k, "no constraint " << name << " on " << table);
  return *k;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("constraints: primary key, unique (NULLS NOT DISTINCT), checks (NO INHERIT, NOT VALID)") {
  ScratchDb s;
  s.exec(R"(
    CREATE TABLE t (
      id int, tenant int, email text, lo int, hi int,
      CONSTRAINT t_pkey PRIMARY KEY (tenant, id),
      CONSTRAINT email_uq UNIQUE NULLS NOT DISTINCT (email),
      CONSTRAINT plain_uq UNIQUE (lo) INCLUDE (hi),
      CONSTRAINT range_ck CHECK (lo < hi),
      CONSTRAINT local_ck CHECK (id > 0) NO INHERIT
    );
    ALTER TABLE t ADD CONSTRAINT late_ck CHECK (email <> '') NOT VALID;
    COMMENT ON CONSTRAINT range_ck ON t IS 'lo below hi';
    -- A dropped column leaves a gap in the numbers; a CHECK may use tableoid, a system column.
    CREATE TABLE gaps (gone int, a int, b int, CONSTRAINT gaps_ck CHECK (b > a AND tableoid <> 0));
    ALTER TABLE gaps DROP COLUMN gone;
    ALTER TABLE gaps ADD COLUMN c int, ADD CONSTRAINT gaps_uq UNIQUE (c, a);
  )");
  Catalog c = s.catalog();
  const Table* t = c.table("public", "t");
  REQUIRE(t);
  Names names;
  for (const auto& k : t->constraints) names.push_back(k.name);
  CHECK(names == Names{"email_uq", "late_ck", "local_ck", "plain_uq", "range_ck", "t_pkey"});

  const Constraint& pk = constraint(c, "t", "t_pkey");
  CHECK(pk.type == ConstraintType::PrimaryKey);
  CHECK(pk.definition == "PRIMARY KEY (tenant, id)");
  CHECK(pk.columns == Names{"tenant", "id"});
  CHECK(pk.validated);
  CHECK_FALSE(pk.deferrable);
  CHECK(pk.meta.deps.empty());

  const Constraint& uq = constraint(c, "t", "email_uq");
  CHECK(uq.type == ConstraintType::Unique);
  CHECK(uq.definition == "UNIQUE NULLS NOT DISTINCT (email)");
  CHECK(uq.columns == Names{"email"});
  CHECK(constraint(c, "t", "plain_uq").definition == "UNIQUE (lo) INCLUDE (hi)");

  const Constraint& range = constraint(c, "t", "range_ck");
  CHECK(range.type == ConstraintType::Check);
  CHECK(range.definition == "CHECK ((lo < hi))");
  CHECK(range.columns == Names{"lo", "hi"});
  CHECK(range.comment == "lo below hi");
  CHECK(range.ref_table.empty());
  CHECK(range.ref_columns.empty());

  CHECK(constraint(c, "t", "local_ck").definition == "CHECK ((id > 0)) NO INHERIT");
  const Constraint& late = constraint(c, "t", "late_ck");
  CHECK(late.definition == "CHECK ((email <> ''::text)) NOT VALID");
  CHECK_FALSE(late.validated);
  CHECK_FALSE(pk.comment.has_value());

  // Named by number on the client (RelationColumns): key order kept, the expression's columns by number.
  CHECK(constraint(c, "gaps", "gaps_uq").columns == Names{"c", "a"});
  // A CHECK's conkey lists what its expression uses, in the order PostgreSQL found them.
  auto check_columns = constraint(c, "gaps", "gaps_ck").columns;
  std::sort(check_columns.begin(), check_columns.end());
  CHECK(check_columns == Names{"a", "b", "tableoid"});
}

TEST_CASE("constraints: foreign keys with actions, deferral, NOT VALID, other schemas") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA app;
    CREATE TABLE app."Parent" (a int, b int, PRIMARY KEY (a, b), code text UNIQUE);
    CREATE TABLE child (
      id int PRIMARY KEY, pa int, pb int, code text, up int,
      CONSTRAINT to_parent FOREIGN KEY (pb, pa) REFERENCES app."Parent" (b, a)
        ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
      CONSTRAINT by_code FOREIGN KEY (code) REFERENCES app."Parent" (code) MATCH FULL DEFERRABLE,
      CONSTRAINT to_self FOREIGN KEY (up) REFERENCES child
    );
    ALTER TABLE child ADD CONSTRAINT late_fk FOREIGN KEY (pa, pb) REFERENCES app."Parent" NOT VALID;
  )");
  Catalog c = s.catalog();
  const Constraint& fk = constraint(c, "child", "to_parent");
  CHECK(fk.type == ConstraintType::ForeignKey);
  CHECK(fk.definition ==
        "FOREIGN KEY (pb, pa) REFERENCES app.\"Parent\"(b, a) ON UPDATE SET NULL ON DELETE CASCADE DEFERRABLE "
        "INITIALLY DEFERRED");
  CHECK(fk.columns == Names{"pb", "pa"});
  CHECK(fk.ref_schema == "app");
  CHECK(fk.ref_table == "Parent");
  CHECK(fk.ref_columns == Names{"b", "a"});
  CHECK(fk.deferrable);
  CHECK(fk.initially_deferred);
  CHECK(fk.validated);
  CHECK(fk.meta.deps == std::vector<ObjectId>{{ObjectKind::Table, "app", "Parent", "", ""}});

  const Constraint& by_code = constraint(c, "child", "by_code");
  CHECK(by_code.definition == "FOREIGN KEY (code) REFERENCES app.\"Parent\"(code) MATCH FULL DEFERRABLE");
  CHECK(by_code.deferrable);
  CHECK_FALSE(by_code.initially_deferred);

  const Constraint& self = constraint(c, "child", "to_self");
  CHECK(self.definition == "FOREIGN KEY (up) REFERENCES public.child(id)");
  CHECK(self.columns == Names{"up"});
  CHECK(self.ref_columns == Names{"id"});
  CHECK(self.meta.deps == std::vector<ObjectId>{{ObjectKind::Table, "public", "child", "", ""}});

  const Constraint& late = constraint(c, "child", "late_fk");
  CHECK(late.definition == "FOREIGN KEY (pa, pb) REFERENCES app.\"Parent\"(a, b) NOT VALID");
  CHECK_FALSE(late.validated);
}

TEST_CASE("constraints: EXCLUDE with btree_gist and on a range type, checks that call functions") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION btree_gist;
    CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;
    CREATE TABLE booking (
      room int, during tstzrange, n int,
      CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0),
      CONSTRAINT even_ck CHECK (is_even(n))
    );
    CREATE TABLE slot (during int4range, EXCLUDE USING gist (during WITH &&) DEFERRABLE);
  )");
  Catalog c = s.catalog();
  const Constraint& x = constraint(c, "booking", "no_overlap");
  CHECK(x.type == ConstraintType::Exclude);
  CHECK(x.definition == "EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0))");
  CHECK(x.columns == Names{"room", "during"});
  // The operator class for `room WITH =` comes from btree_gist.
  CHECK(x.meta.deps == std::vector<ObjectId>{{ObjectKind::Extension, "", "btree_gist", "", ""}});

  const Constraint& even = constraint(c, "booking", "even_ck");
  CHECK(even.definition == "CHECK (public.is_even(n))");
  CHECK(even.columns == Names{"n"});
  CHECK(even.meta.deps == std::vector<ObjectId>{{ObjectKind::Function, "public", "is_even", "", "integer"}});

  const Constraint& slot = constraint(c, "slot", "slot_during_excl");
  CHECK(slot.definition == "EXCLUDE USING gist (during WITH &&) DEFERRABLE");
  CHECK(slot.deferrable);
  CHECK(slot.meta.deps.empty());
  // The indexes behind the constraints are not stand-alone indexes.
  CHECK(c.indexes.empty());
}

// The reader writes the text of primary keys, unique constraints and foreign keys itself instead of calling
// pg_get_constraintdef() (read_constraints.cpp, key_definition()): it must be the function's, byte for byte, on
// every shape, with the catalog session's empty search_path (the referenced table always qualified).
TEST_CASE("constraints: every key and foreign key definition is pg_get_constraintdef()'s") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA "Other Schema";
    CREATE TABLE parent (id int PRIMARY KEY, "Code" text, "select" int, gone int, a int, b int,
      CONSTRAINT parent_code_uq UNIQUE ("Code", "select"),
      CONSTRAINT parent_ab_uq UNIQUE (a, b) INCLUDE ("Code", id),
      CONSTRAINT parent_deferred_uq UNIQUE (b) DEFERRABLE INITIALLY DEFERRED);
    CREATE TABLE "Other Schema"."Target Table" ("Key Col" int, k2 int, k3 int, PRIMARY KEY ("Key Col", k2) INCLUDE (k3),
      CONSTRAINT deferrable_uq UNIQUE (k3) DEFERRABLE);
    CREATE TABLE child (id int, p int, code text, sel int, x int, y int, t1 int, t2 int, tenant int,
      CONSTRAINT child_pkey PRIMARY KEY (id) INCLUDE (p, code),
      CONSTRAINT fk_plain FOREIGN KEY (p) REFERENCES parent,
      CONSTRAINT fk_named FOREIGN KEY (code, sel) REFERENCES parent ("Code", "select") MATCH FULL
        ON UPDATE CASCADE ON DELETE SET NULL,
      CONSTRAINT fk_actions FOREIGN KEY (x) REFERENCES parent (id) ON UPDATE RESTRICT ON DELETE SET DEFAULT
        DEFERRABLE INITIALLY DEFERRED,
      CONSTRAINT fk_deferrable FOREIGN KEY (y) REFERENCES parent (id) ON DELETE CASCADE DEFERRABLE,
      CONSTRAINT fk_other_schema FOREIGN KEY (t1, t2) REFERENCES "Other Schema"."Target Table" ON DELETE RESTRICT,
      CONSTRAINT fk_twice FOREIGN KEY (p, p) REFERENCES "Other Schema"."Target Table" ("Key Col", k2));
    ALTER TABLE child ADD CONSTRAINT fk_not_valid FOREIGN KEY (tenant) REFERENCES parent (id) NOT VALID;
    CREATE TABLE parted (k int, v int, PRIMARY KEY (k, v), UNIQUE (v, k)) PARTITION BY RANGE (k);
    CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (10);
    CREATE TABLE refs_parted (k int, v int, FOREIGN KEY (k, v) REFERENCES parted);
    CREATE TABLE "USING" ("KEY" int, UNIQUE ("KEY"));
    ALTER TABLE parent DROP COLUMN gone;
    ALTER TABLE parent ADD CONSTRAINT parent_after_drop_uq UNIQUE (b, "Code");
  )");
  const bool pg15 = s.db().query_value("SELECT current_setting('server_version_num')::int >= 150000") == "t";
  if (pg15) {
    s.exec(R"(
      ALTER TABLE parent ADD CONSTRAINT parent_nnd_uq UNIQUE NULLS NOT DISTINCT ("select");
      ALTER TABLE child ADD CONSTRAINT fk_set_cols FOREIGN KEY (code, sel) REFERENCES parent ("Code", "select")
        ON DELETE SET NULL (sel);
      ALTER TABLE child ADD CONSTRAINT fk_set_default_cols FOREIGN KEY (code, x) REFERENCES parent ("Code", "select")
        ON DELETE SET DEFAULT (x, code);
    )");
  }
  Catalog c = s.catalog();
  int keys = 0;
  for (const auto& t : c.tables)
    for (const auto& k : t.constraints) {
      CAPTURE(t.name);
      CAPTURE(k.name);
      const std::string want = s.db().query_value(
          "SELECT pg_catalog.set_config('search_path', '', false) || pg_catalog.pg_get_constraintdef(k.oid) "
          "FROM pg_catalog.pg_constraint k WHERE k.conname = " + sql::literal(k.name) + " AND k.conrelid = " +
          sql::literal(sql::qualified(t.schema, t.name)) + "::pg_catalog.regclass");
      CHECK(k.definition == want);
      if (k.type != ConstraintType::Check && k.type != ConstraintType::Exclude) ++keys;
    }
  CHECK(keys >= (pg15 ? 22 : 19));
  CHECK(constraint(c, "child", "fk_twice").definition ==
        "FOREIGN KEY (p, p) REFERENCES \"Other Schema\".\"Target Table\"(\"Key Col\", k2)");
  CHECK(constraint(c, "parent", "parent_ab_uq").definition == "UNIQUE (a, b) INCLUDE (\"Code\", id)");
}
