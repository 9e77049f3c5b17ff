// Operators and casts read from a live database as DDL text (model/generic.h).
#include <doctest/doctest.h>

#include <algorithm>

#include "introspect/database.h"
#include "tests/support/test_db.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using schemaplan::testing::ScratchDb;

TEST_CASE("operators: statements as pg_dump writes them, estimators apart, shells left out, owners, dependencies") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION citext;
    CREATE TYPE m AS (amount numeric);
    CREATE FUNCTION m_lt(m, m) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1.amount < $2.amount';
    CREATE FUNCTION m_neg(m) RETURNS m LANGUAGE sql IMMUTABLE AS 'SELECT ROW(-$1.amount)::m';
    CREATE OPERATOR < (leftarg = m, rightarg = m, function = m_lt, commutator = >, negator = >=,
                       restrict = scalarltsel, hashes);
    CREATE OPERATOR - (rightarg = m, function = m_neg);
    COMMENT ON OPERATOR - (NONE, m) IS 'negated';
    CREATE ROLE rt_operator_owner;
    ALTER OPERATOR - (NONE, m) OWNER TO rt_operator_owner;
    CREATE VIEW v AS SELECT ROW(1)::m < ROW(2)::m AS lt;
  )");
  Catalog c = s.catalog();
  s.exec("DROP VIEW v; DROP OPERATOR - (NONE, m); DROP ROLE rt_operator_owner;");
  ObjectId lt_id{ObjectKind::Operator, "public", "<", "", "public.m, public.m"};
  const GenericObject* lt = c.generic(lt_id);
  REQUIRE(lt != nullptr);
  CHECK(lt->create == std::vector<std::string>{
                          "CREATE OPERATOR public.< (FUNCTION = public.m_lt, LEFTARG = public.m, RIGHTARG = public.m, "
                          "COMMUTATOR = OPERATOR(public.>), NEGATOR = OPERATOR(public.>=), HASHES)",
                          "ALTER OPERATOR public.< (public.m, public.m) SET (RESTRICT = scalarltsel, JOIN = NONE)"});
  CHECK(has(lt->meta.deps, {ObjectKind::Function, "public", "m_lt", "", "public.m, public.m"}));
  CHECK(has(lt->meta.deps, {ObjectKind::Type, "public", "m", "", ""}));
  // The shells `>` and `>=` are made again by the operator that names them; citext's operators are its own.
  CHECK(std::count_if(c.generics.begin(), c.generics.end(), [](const GenericObject& g) { return g.kind == ObjectKind::Operator; }) == 2);
  const GenericObject* neg = c.generic({ObjectKind::Operator, "public", "-", "", "NONE, public.m"});
  REQUIRE(neg != nullptr);
  CHECK(neg->create == std::vector<std::string>{"CREATE OPERATOR public.- (FUNCTION = public.m_neg, RIGHTARG = public.m)"});
  CHECK(neg->comment == std::optional<std::string>("negated"));
  CHECK(std::any_of(c.owners.begin(), c.owners.end(),
                    [&](const Ownership& o) { return o.object == neg->id() && o.owner == "rt_operator_owner"; }));
  // A view using the operator depends on it.
  const View* v = c.view("public", "v");
  REQUIRE(v != nullptr);
  CHECK(has(v->meta.deps, lt_id));
  CHECK(c.unsupported.empty());
}

TEST_CASE("casts: the user's only, with method, context, comment and dependencies") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION citext;
    CREATE TYPE m AS (amount numeric);
    CREATE FUNCTION m_amount(m) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT $1.amount';
    CREATE CAST (m AS numeric) WITH FUNCTION m_amount(m) AS IMPLICIT;
    CREATE CAST (m AS text) WITH INOUT AS ASSIGNMENT;
    CREATE CAST (text AS bytea) WITHOUT FUNCTION;
    COMMENT ON CAST (m AS numeric) IS 'amount';
    CREATE TYPE r AS RANGE (subtype = float8);
  )");
  Catalog c = s.catalog();
  std::vector<std::string> casts;
  for (const auto& g : c.generics)
    if (g.kind == ObjectKind::Cast) casts.push_back(g.name);
  CHECK(casts == std::vector<std::string>{"public.m AS numeric", "public.m AS text", "text AS bytea"});
  const GenericObject* num = c.generic({ObjectKind::Cast, "", "public.m AS numeric", "", ""});
  REQUIRE(num != nullptr);
  CHECK(num->create ==
        std::vector<std::string>{"CREATE CAST (public.m AS numeric) WITH FUNCTION public.m_amount(public.m) AS IMPLICIT"});
  CHECK(num->comment == std::optional<std::string>("amount"));
  CHECK(has(num->meta.deps, {ObjectKind::Function, "public", "m_amount", "", "public.m"}));
  CHECK(has(num->meta.deps, {ObjectKind::Type, "public", "m", "", ""}));
  CHECK(c.generic({ObjectKind::Cast, "", "public.m AS text", "", ""})->create ==
        std::vector<std::string>{"CREATE CAST (public.m AS text) WITH INOUT AS ASSIGNMENT"});
  CHECK(c.generic({ObjectKind::Cast, "", "text AS bytea", "", ""})->create ==
        std::vector<std::string>{"CREATE CAST (text AS bytea) WITHOUT FUNCTION"});
}

TEST_CASE("operator classes and families: pg_dump's shape, members of the family apart, dependencies") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION citext;
    CREATE TYPE m AS (amount numeric);
    CREATE FUNCTION m_cmp(m, m) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
    CREATE FUNCTION m_eq(m, m) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
    CREATE OPERATOR = (leftarg = m, rightarg = m, function = m_eq);
    CREATE OPERATOR CLASS m_ops DEFAULT FOR TYPE m USING btree AS OPERATOR 3 =, FUNCTION 1 m_cmp(m, m);
    CREATE OPERATOR FAMILY fam USING hash;
    ALTER OPERATOR FAMILY fam USING hash ADD OPERATOR 1 = (m, m);
  )");
  Catalog c = s.catalog();
  const GenericObject* cls = c.generic({ObjectKind::OperatorClass, "public", "m_ops", "", "btree"});
  REQUIRE(cls != nullptr);
  CHECK(cls->create == std::vector<std::string>{
                           "CREATE OPERATOR CLASS public.m_ops DEFAULT FOR TYPE public.m USING btree AS "
                           "OPERATOR 3 public.=(public.m,public.m), FUNCTION 1 (public.m, public.m) public.m_cmp(public.m,public.m)"});
  CHECK(has(cls->meta.deps, {ObjectKind::OperatorFamily, "public", "m_ops", "", "btree"}));
  CHECK(has(cls->meta.deps, {ObjectKind::Operator, "public", "=", "", "public.m, public.m"}));
  CHECK(has(cls->meta.deps, {ObjectKind::Function, "public", "m_cmp", "", "public.m, public.m"}));
  const GenericObject* own = c.generic({ObjectKind::OperatorFamily, "public", "m_ops", "", "btree"});
  REQUIRE(own != nullptr);
  CHECK(own->create == std::vector<std::string>{"CREATE OPERATOR FAMILY public.m_ops USING btree"});
  const GenericObject* fam = c.generic({ObjectKind::OperatorFamily, "public", "fam", "", "hash"});
  REQUIRE(fam != nullptr);
  CHECK(fam->create == std::vector<std::string>{"CREATE OPERATOR FAMILY public.fam USING hash",
                                                "ALTER OPERATOR FAMILY public.fam USING hash ADD OPERATOR 1 public.=(public.m,public.m)"});
  CHECK(has(fam->meta.deps, {ObjectKind::Operator, "public", "=", "", "public.m, public.m"}));
  // citext's classes and families are its own.
  CHECK(std::count_if(c.generics.begin(), c.generics.end(), [](const GenericObject& g) {
          return g.kind == ObjectKind::OperatorClass || g.kind == ObjectKind::OperatorFamily;
        }) == 3);
}
