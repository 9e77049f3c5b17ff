#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::generic_of;
using testing::parse_error;
using testing::parse_sql;

namespace {

const Function* function_of(const Catalog& c, const std::string& name) {
  for (const auto& f : c.functions)
    if (f.name == name) return &f;
  return nullptr;
}

const char* kMoney = R"(
  create type money2 as (amount numeric, currency text);
  create function m_lt(money2, money2) returns boolean language sql immutable as 'select $1.amount < $2.amount';
  create function m_gt(money2, money2) returns boolean language sql immutable as 'select $1.amount > $2.amount';
  create function m_neg(money2) returns money2 language sql immutable as 'select (-$1.amount, $1.currency)::money2';
)";

}  // namespace

TEST_CASE("operators: identity by operand types, canonical text, estimators apart, links are no dependencies") {
  Catalog c = parse_sql(std::string(kMoney) + R"(
    create operator < (leftarg = money2, rightarg = money2, procedure = m_lt, commutator = >, negator = >=,
                       restrict = scalarltsel, join = scalarltjoinsel);
    create operator public.> (FUNCTION = m_gt, LEFTARG = public.money2, RIGHTARG = money2, COMMUTATOR = OPERATOR(public.<),
                              HASHES = false, MERGES);
    create operator - (rightarg = money2, function = m_neg);
    comment on operator <(money2, money2) is 'less';
    alter operator - (none, money2) owner to bob;
  )");
  const auto& lt = generic_of(c, {ObjectKind::Operator, "public", "<", "", "public.money2, public.money2"});
  REQUIRE(lt.create.size() == 2);
  CHECK(lt.create[0] ==
        "CREATE OPERATOR public.< (commutator = OPERATOR(public.>), function = m_lt, leftarg = public.money2, "
        "negator = OPERATOR(public.>=), rightarg = public.money2)");
  CHECK(lt.create[1] == "ALTER OPERATOR public.< (public.money2, public.money2) SET (RESTRICT = scalarltsel, JOIN = scalarltjoinsel)");
  CHECK(lt.comment == std::optional<std::string>("less"));
  CHECK(has(lt.meta.deps, {ObjectKind::Function, "public", "m_lt", "", "public.money2, public.money2"}));
  CHECK(has(lt.meta.deps, {ObjectKind::Type, "public", "money2", "", ""}));
  CHECK(std::none_of(lt.meta.deps.begin(), lt.meta.deps.end(), [](const ObjectId& d) { return d.kind == ObjectKind::Operator; }));
  const auto& gt = generic_of(c, {ObjectKind::Operator, "public", ">", "", "public.money2, public.money2"});
  REQUIRE(gt.create.size() == 1);
  CHECK(gt.create[0] ==
        "CREATE OPERATOR public.> (commutator = OPERATOR(public.<), function = m_gt, leftarg = public.money2, merges, "
        "rightarg = public.money2)");
  const auto& neg = generic_of(c, {ObjectKind::Operator, "public", "-", "", "NONE, public.money2"});
  CHECK(neg.create == std::vector<std::string>{"CREATE OPERATOR public.- (function = m_neg, rightarg = public.money2)"});
  CHECK(std::any_of(c.owners.begin(), c.owners.end(), [&](const Ownership& o) { return o.object == neg.id() && o.owner == "bob"; }));
}

TEST_CASE("operators: what uses one depends on it") {
  Catalog c = parse_sql(std::string(kMoney) + R"(
    create operator < (leftarg = money2, rightarg = money2, procedure = m_lt);
    create table t (a money2, b money2, check (a < b));
    create index t_lt on t ((a < b));
    create view v as select a < b as lt from t;
    create function f(x money2, y money2) returns boolean language sql return x < y;
  )");
  ObjectId lt{ObjectKind::Operator, "public", "<", "", "public.money2, public.money2"};
  REQUIRE(c.views.size() == 1);
  CHECK(has(c.views[0].meta.deps, lt));
  REQUIRE(c.indexes.size() == 1);
  CHECK(has(c.indexes[0].meta.deps, lt));
  CHECK(has(c.tables[0].constraints[0].meta.deps, lt));
  const Function* f = function_of(c, "f");
  REQUIRE(f != nullptr);
  CHECK(has(f->meta.deps, lt));
  // The operator's own function never waits for it, even with an SQL-standard body that uses it.
  Catalog d = parse_sql(R"(
    create type m as (amount numeric);
    create function m_eq(m, m) returns boolean language sql immutable return $1.amount = $2.amount;
    create operator = (leftarg = m, rightarg = m, function = m_eq);
  )");
  ObjectId eq{ObjectKind::Operator, "public", "=", "", "public.m, public.m"};
  const Function* m_eq = function_of(d, "m_eq");
  REQUIRE(m_eq != nullptr);
  CHECK_FALSE(has(m_eq->meta.deps, eq));
}

TEST_CASE("operators: two spellings are one text, errors") {
  Catalog a = parse_sql(std::string(kMoney) + "create operator < (leftarg = money2, rightarg = money2, procedure = m_lt, hashes);");
  Catalog b = parse_sql(std::string(kMoney) +
                        "CREATE OPERATOR public.< (HASHES, FUNCTION = m_lt, RIGHTARG = public.money2, LEFTARG = money2);");
  ObjectId lt{ObjectKind::Operator, "public", "<", "", "public.money2, public.money2"};
  CHECK(generic_of(a, lt).create == generic_of(b, lt).create);
  CHECK(parse_error(std::string(kMoney) + "create operator < (leftarg = money2, procedure = m_lt);").code == "invalid-definition");
  CHECK(parse_error("comment on operator <(int, int) is 'x';").code == "undefined-object");
}

TEST_CASE("casts: identity by types, canonical text, dependencies, comment") {
  Catalog c = parse_sql(std::string(kMoney) + R"(
    create function m_amount(money2) returns numeric language sql immutable as 'select $1.amount';
    create cast (money2 as numeric) with function m_amount(money2) as implicit;
    CREATE CAST (public.money2 AS text) WITH INOUT AS ASSIGNMENT;
    create cast (money2 as varchar) without function;
    comment on cast (money2 as numeric) is 'amount';
  )");
  const auto& num = generic_of(c, {ObjectKind::Cast, "", "public.money2 AS numeric", "", ""});
  CHECK(num.create == std::vector<std::string>{"CREATE CAST (public.money2 AS numeric) WITH FUNCTION m_amount(public.money2) AS IMPLICIT"});
  CHECK(num.comment == std::optional<std::string>("amount"));
  CHECK(has(num.meta.deps, {ObjectKind::Function, "public", "m_amount", "", "public.money2"}));
  CHECK(has(num.meta.deps, {ObjectKind::Type, "public", "money2", "", ""}));
  const auto& txt = generic_of(c, {ObjectKind::Cast, "", "public.money2 AS text", "", ""});
  CHECK(txt.create == std::vector<std::string>{"CREATE CAST (public.money2 AS text) WITH INOUT AS ASSIGNMENT"});
  const auto& vc = generic_of(c, {ObjectKind::Cast, "", "public.money2 AS character varying", "", ""});
  CHECK(vc.create == std::vector<std::string>{"CREATE CAST (public.money2 AS varchar) WITHOUT FUNCTION"});
  CHECK(parse_error("create cast (int as text) with inout; create cast (integer as text) with inout;").code == "duplicate-object");
}

TEST_CASE("ALTER OPERATOR ... SET changes the estimators the CREATE gave") {
  ObjectId lt{ObjectKind::Operator, "public", "<", "", "public.money2, public.money2"};
  Catalog a = parse_sql(std::string(kMoney) + R"(
    create operator < (leftarg = money2, rightarg = money2, procedure = m_lt, restrict = scalarltsel);
    alter operator < (money2, money2) set (join = scalarltjoinsel);
  )");
  Catalog b = parse_sql(std::string(kMoney) +
                        "create operator < (leftarg = money2, rightarg = money2, procedure = m_lt, restrict = scalarltsel, "
                        "join = scalarltjoinsel);");
  CHECK(generic_of(a, lt).create == generic_of(b, lt).create);
  Catalog c = parse_sql(std::string(kMoney) + R"(
    create operator < (leftarg = money2, rightarg = money2, procedure = m_lt, restrict = scalarltsel);
    alter operator < (money2, money2) set (restrict = none);
  )");
  CHECK(generic_of(c, lt).create.size() == 1);
  CHECK(parse_error(std::string(kMoney) + "alter operator < (money2, money2) set (restrict = eqsel);").code == "undefined-object");
}

TEST_CASE("operator classes and families: canonical text, the implicit family, members added one by one") {
  const std::string ops = std::string(kMoney) + R"(
    create function m_cmp(money2, money2) returns integer language sql immutable as 'select 0';
    create function m_eq(money2, money2) returns boolean language sql immutable as 'select true';
    create operator = (leftarg = money2, rightarg = money2, function = m_eq);
  )";
  Catalog a = parse_sql(ops + R"(
    create operator class money2_ops default for type money2 using btree as
      function 1 m_cmp(money2, money2), operator 3 =, operator 1 <;
    create operator family fam using hash;
    alter operator family fam using hash add function 1 m_cmp(money2, money2);
    alter operator family fam using hash add operator 1 = (money2, money2);
  )");
  Catalog b = parse_sql(ops + R"(
    CREATE OPERATOR FAMILY public.money2_ops USING btree;
    CREATE OPERATOR CLASS public.money2_ops DEFAULT FOR TYPE public.money2 USING btree FAMILY public.money2_ops AS
      OPERATOR 1 <, OPERATOR 3 =, FUNCTION 1 m_cmp(money2, money2);
    CREATE OPERATOR FAMILY public.fam USING hash;
    ALTER OPERATOR FAMILY public.fam USING hash ADD OPERATOR 1 = (money2, money2), FUNCTION 1 m_cmp(money2, money2);
  )");
  ObjectId cls{ObjectKind::OperatorClass, "public", "money2_ops", "", "btree"};
  ObjectId own_family{ObjectKind::OperatorFamily, "public", "money2_ops", "", "btree"};
  ObjectId fam{ObjectKind::OperatorFamily, "public", "fam", "", "hash"};
  CHECK(generic_of(a, cls).create == generic_of(b, cls).create);
  CHECK(generic_of(a, own_family).create == std::vector<std::string>{"CREATE OPERATOR FAMILY public.money2_ops USING btree"});
  CHECK(generic_of(a, own_family).create == generic_of(b, own_family).create);
  CHECK(generic_of(a, fam).create.size() == 3);
  CHECK(generic_of(a, fam).create == generic_of(b, fam).create);
  CHECK(has(generic_of(a, cls).meta.deps, own_family));
  CHECK(has(generic_of(a, cls).meta.deps, {ObjectKind::Function, "public", "m_cmp", "", "public.money2, public.money2"}));
  CHECK(has(generic_of(a, fam).meta.deps, {ObjectKind::Operator, "public", "=", "", "public.money2, public.money2"}));
  // An index naming the class depends on it.
  Catalog c = parse_sql(ops + R"(
    create operator class money2_ops for type money2 using btree as operator 1 <, function 1 m_cmp(money2, money2);
    create table t (m money2);
    create index t_m on t (m money2_ops);
  )");
  REQUIRE(c.indexes.size() == 1);
  CHECK(has(c.indexes[0].meta.deps, cls));
  CHECK(parse_error(ops + "create operator family f using hash; alter operator family f using hash drop operator 1 (money2, money2);")
            .code == "unsupported-statement");
}
