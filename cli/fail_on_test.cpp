#include <doctest/doctest.h>

#include "cli/fail_on.h"
#include "model/diagnostic.h"

using namespace schemaplan;
using namespace schemaplan::cli;

namespace {
Plan rewrite_of(const std::string& table, int64_t bytes, bool measured = true) {
  Plan p;
  Step s;
  s.target = ObjectId{ObjectKind::Column, "public", "c", "t", ""};
  s.action = "alter column";
  s.locked_table = table;
  s.rewrites = true;
  s.hazards = {{hazard::kTableRewrite, "changing c may rewrite " + table, {}}};
  p.steps = {s};
  if (measured) p.table_stats[table].bytes = bytes;
  return p;
}
}  // namespace

TEST_CASE("--fail-on takes hazard codes, each with an optional size threshold") {
  FailOn f = parse_fail_on("deletes-data,table-rewrite>1GB,full-table-scan>500mb,index-build>10GB");
  CHECK(f.at("deletes-data") == 0);
  CHECK(f.at("table-rewrite") == 1024LL * 1024 * 1024);
  CHECK(f.at("full-table-scan") == 500LL * 1024 * 1024);
  CHECK(f.at("index-build") == 10LL * 1024 * 1024 * 1024);
  // Plainly and with a size: plainly wins.
  CHECK(parse_fail_on("table-rewrite>1GB,table-rewrite").at("table-rewrite") == 0);
  CHECK(parse_fail_on("").empty());
  CHECK_THROWS_AS(parse_fail_on("table-rewrite>"), DiagnosticError);
  CHECK_THROWS_AS(parse_fail_on("table-rewrite>1PB"), DiagnosticError);
  CHECK_THROWS_AS(parse_fail_on("table-rewrite>GB"), DiagnosticError);
  CHECK_THROWS_AS(parse_fail_on("table-rewrites>1GB"), DiagnosticError);
}

TEST_CASE("a size threshold lets smaller tables through and counts unmeasured ones") {
  const int64_t gb = 1024LL * 1024 * 1024;
  FailOn f = parse_fail_on("table-rewrite>1GB");
  CHECK(fail_on_violations(rewrite_of("public.t", gb), f).empty());  // not over
  CHECK(fail_on_violations(rewrite_of("public.t", gb / 2), f).empty());
  CHECK(fail_on_violations(rewrite_of("public.t", 3 * gb), f) ==
        "  step 1 (alter column public.t.c): table-rewrite (public.t: 3.0 GB, over 1.0 GB): changing c may rewrite public.t\n");
  CHECK(fail_on_violations(rewrite_of("public.t", 0, false), f).find("size of public.t unknown: counted as over 1.0 GB") !=
        std::string::npos);
  CHECK(fail_on_violations(rewrite_of("public.t", 10, false), parse_fail_on("table-rewrite")) ==
        "  step 1 (alter column public.t.c): table-rewrite: changing c may rewrite public.t\n");
  CHECK(fail_on_violations(rewrite_of("public.t", 3 * gb), parse_fail_on("deletes-data")).empty());
}
