#include <doctest/doctest.h>

#include "planner/rules/rules.h"
#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

TEST_CASE("rule 4: SET NOT NULL on an existing column goes through a validated helper CHECK") {
  Catalog a = catalog({table("t", {col("id", "integer", true), col("email", "text")})});
  Catalog b = catalog({table("t", {col("id", "integer", true), col("email", "text", true)})});
  Plan p = plan(a, b);
  CHECK(summary(p) == std::vector<std::string>{"add not-null check public.t.email", "validate not-null check public.t.email",
                                               "alter column public.t.email"});
  const Step& add = p.steps[0];
  CHECK(add.forward == std::vector<std::string>{
                           "ALTER TABLE public.t ADD CONSTRAINT t_email_not_null_sp CHECK (email IS NOT NULL) NOT VALID"});
  CHECK(add.rollback == std::vector<std::string>{"ALTER TABLE public.t DROP CONSTRAINT t_email_not_null_sp"});
  CHECK(add.lock == LockLevel::AccessExclusive);
  CHECK_FALSE(add.scans);
  const Step& v = p.steps[1];
  CHECK(v.forward == std::vector<std::string>{"ALTER TABLE public.t VALIDATE CONSTRAINT t_email_not_null_sp"});
  CHECK(v.rollback.empty());
  CHECK_FALSE(v.transactional);
  CHECK(v.lock == LockLevel::ShareUpdateExclusive);
  CHECK(v.scans);
  CHECK(v.statement_timeout == "0");
  const Step& set = p.steps[2];
  CHECK(set.forward == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN email SET NOT NULL",
                                                "ALTER TABLE public.t DROP CONSTRAINT t_email_not_null_sp"});
  CHECK(set.rollback == std::vector<std::string>{
                            "ALTER TABLE public.t ADD CONSTRAINT t_email_not_null_sp CHECK (email IS NOT NULL) NOT VALID",
                            "ALTER TABLE public.t ALTER COLUMN email DROP NOT NULL"});
  CHECK_FALSE(set.scans);
  CHECK_FALSE(has_hazard(set, hazard::kFullTableScan));

  Plan plain = plan(a, b, simple());
  REQUIRE(plain.steps.size() == 1);
  CHECK(plain.steps[0].forward == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN email SET NOT NULL"});
  CHECK(has_hazard(plain.steps[0], hazard::kFullTableScan));
}

TEST_CASE("rule 4: the helper's name is quoted, deterministic and at most 63 bytes") {
  Catalog a = catalog({table("Orders", {col("Due Date", "date")})});
  Catalog b = catalog({table("Orders", {col("Due Date", "date", true)})});
  Plan p = plan(a, b);
  CHECK(p.steps.at(0).forward[0] ==
        "ALTER TABLE public.\"Orders\" ADD CONSTRAINT \"Orders_Due Date_not_null_sp\" CHECK (\"Due Date\" IS NOT NULL) NOT VALID");

  std::string t(40, 't'), c(40, 'c');
  std::string n = rules::not_null_helper_name(t, c);
  CHECK(n.size() == 63);
  CHECK(n == rules::not_null_helper_name(t, c));
  CHECK(n != rules::not_null_helper_name(t, c + "x"));
  // A multi-byte character is never cut in half.
  std::string u = rules::not_null_helper_name(std::string(53, 'a') + "\xc3\xa9", "b");
  CHECK(u.size() <= 63);
  CHECK(u.find("\xc3\xa9") == std::string::npos);
  CHECK(u.substr(0, 53) == std::string(53, 'a'));
}

TEST_CASE("rule 4 leaves DROP NOT NULL and new columns alone") {
  Catalog a = catalog({table("t", {col("email", "text", true)})});
  Catalog b = catalog({table("t", {col("email", "text")})});
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN email DROP NOT NULL"});
}
