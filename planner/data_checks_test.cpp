#include <doctest/doctest.h>

#include "planner/data_checks.h"

using namespace schemaplan;

namespace {
Constraint constraint(ConstraintType type, std::string definition, std::vector<std::string> columns) {
  Constraint c;
  c.name = "k";
  c.type = type;
  c.definition = std::move(definition);
  c.columns = std::move(columns);
  return c;
}
}  // namespace

TEST_CASE("a CHECK's violations are the rows where its expression is false (NULL passes)") {
  auto h = constraint_violations("public.t", constraint(ConstraintType::Check, "CHECK ((total >= (0)::numeric))", {"total"}));
  REQUIRE(h);
  CHECK(h->code == std::string(hazard::kDataDependent));
  REQUIRE(h->counts.size() == 1);
  CHECK(h->counts[0].match == RowCount::Match::Where);
  CHECK(h->counts[0].condition == "NOT ((total >= (0)::numeric))");
  // A parenthesis inside a string does not end the expression.
  h = constraint_violations("public.t", constraint(ConstraintType::Check, "CHECK ((code <> ')'::text)) NO INHERIT", {"code"}));
  REQUIRE(h);
  CHECK(h->counts[0].condition == "NOT ((code <> ')'::text))");
  auto not_valid = constraint(ConstraintType::Check, "CHECK ((x > 0)) NOT VALID", {"x"});
  not_valid.validated = false;
  CHECK_FALSE(constraint_violations("public.t", not_valid));
}

TEST_CASE("a foreign key's orphans: a key with no NULL part and no referenced row") {
  auto fk = constraint(ConstraintType::ForeignKey, "FOREIGN KEY (a, \"B\") REFERENCES public.p(x, y)", {"a", "B"});
  fk.ref_schema = "public";
  fk.ref_table = "p";
  fk.ref_columns = {"x", "y"};
  auto h = constraint_violations("public.c", fk);
  REQUIRE(h);
  CHECK(h->counts[0].condition ==
        "a IS NOT NULL AND \"B\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public.p AS sp_ref WHERE sp_ref.x = "
        "public.c.a AND sp_ref.y = public.c.\"B\")");
  fk.definition += " MATCH FULL";
  h = constraint_violations("public.c", fk);
  REQUIRE(h);
  CHECK(h->counts[0].condition.find("pg_catalog.num_nulls(a, \"B\") BETWEEN 1 AND 1") != std::string::npos);
}

TEST_CASE("a unique key or index fails on duplicate values, NULLs apart unless NULLS NOT DISTINCT") {
  auto h = constraint_violations("public.t", constraint(ConstraintType::Unique, "UNIQUE (email)", {"email"}));
  REQUIRE(h);
  CHECK(h->counts[0].match == RowCount::Match::Duplicates);
  CHECK(h->counts[0].key == std::vector<std::string>{"email"});
  CHECK(h->counts[0].condition == "email IS NOT NULL");
  h = constraint_violations("public.t", constraint(ConstraintType::Unique, "UNIQUE NULLS NOT DISTINCT (email)", {"email"}));
  REQUIRE(h);
  CHECK(h->counts[0].condition.empty());

  Index i;
  i.schema = "public";
  i.name = "i";
  i.table = "t";
  i.unique = true;
  i.definition = "USING btree (tenant, \"Email\") INCLUDE (id) WHERE (deleted_at IS NULL)";
  i.columns = {"tenant", "Email", "id", "deleted_at"};
  h = index_duplicates(i);
  REQUIRE(h);
  CHECK(h->counts[0].table == "public.t");
  CHECK(h->counts[0].key == std::vector<std::string>{"tenant", "Email"});
  CHECK(h->counts[0].condition == "tenant IS NOT NULL AND \"Email\" IS NOT NULL AND (deleted_at IS NULL)");
  // An expression key, or a plain index: no count, no hazard.
  i.definition = "USING btree (lower(email))";
  i.columns = {"email"};
  CHECK_FALSE(index_duplicates(i));
  i.definition = "USING btree (email)";
  i.unique = false;
  CHECK_FALSE(index_duplicates(i));
}

TEST_CASE("casts that fail on some values, and those that cannot") {
  CHECK(cast_failure_condition("c", "text", "integer") ==
        "CASE WHEN c IS NULL THEN false WHEN c ~ '^\\s*[-+]?[0-9]+\\s*$' THEN c::numeric NOT BETWEEN -2147483648 AND "
        "2147483647 ELSE true END");
  CHECK(cast_failure_condition("c", "bigint", "smallint") == "c NOT BETWEEN -32768 AND 32767");
  CHECK(cast_failure_condition("c", "character varying(50)", "character varying(10)") == "length(rtrim(c, ' ')) > 10");
  CHECK(cast_failure_condition("c", "character varying", "character varying(10)") == "length(rtrim(c, ' ')) > 10");
  CHECK_FALSE(cast_failure_condition("c", "integer", "bigint"));                            // widened
  CHECK_FALSE(cast_failure_condition("c", "character varying(10)", "character varying(50)"));
  CHECK_FALSE(cast_failure_condition("c", "text", "character varying(10)"));  // an explicit cast: truncates
  CHECK_FALSE(cast_failure_condition("c", "text", "jsonb"));                  // not covered: no guess
  CHECK_FALSE(cast_failure_condition("c", "text[]", "integer[]"));
  // Explicit casts to a shorter string cut instead of failing: a hazard of their own, with the rows to count.
  auto cut = cast_truncations("public.t", "c", "text", "character varying(10)");
  REQUIRE(cut);
  CHECK(cut->code == hazard::kDataDependent);
  CHECK(cut->counts[0].condition == "length(rtrim(c, ' ')) > 10");
  CHECK(cut->message.find("cuts values longer than 10") != std::string::npos);
  CHECK(cast_truncations("public.t", "c", "character(20)", "character varying(5)"));
  CHECK(cast_truncations("public.t", "c", "character varying", "character(5)"));
  CHECK_FALSE(cast_truncations("public.t", "c", "character(5)", "character varying(5)"));  // fits
  CHECK_FALSE(cast_truncations("public.t", "c", "character varying(20)", "character varying(5)"));  // fails instead
  CHECK_FALSE(cast_truncations("public.t", "c", "text", "character varying"));
  auto number = cast_truncations("public.t", "c", "integer", "character varying(5)");
  REQUIRE(number);
  CHECK(number->counts[0].condition == "length((c)::text) > 5");
  CHECK_FALSE(cast_truncations("public.t", "c", "text[]", "character varying(5)[]"));
  auto h = cast_failures("public.t", "c", "text", "bigint");
  REQUIRE(h);
  CHECK(h->counts[0].column == "c");
}
