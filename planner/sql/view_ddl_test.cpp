#include <doctest/doctest.h>

#include "differ/change.h"
#include "planner/sql/ddl.h"

using namespace schemaplan;

namespace {

View view(std::vector<std::string> columns, std::string query) {
  View v;
  v.schema = "public";
  v.name = "v";
  for (auto& c : columns) v.columns.push_back({c, "integer"});
  v.query = std::move(query);
  return v;
}

}  // namespace

TEST_CASE("view column defaults: set after CREATE, changed in place, set again on a view made again") {
  View a = view({"a", "b"}, "SELECT a, b FROM public.t");
  a.column_defaults = {{"a", "1"}, {"b", "2"}};
  CHECK(ddl::create_view(a) == ddl::Statements{"CREATE VIEW public.v AS\nSELECT a, b FROM public.t",
                                               "ALTER VIEW public.v ALTER COLUMN a SET DEFAULT 1",
                                               "ALTER VIEW public.v ALTER COLUMN b SET DEFAULT 2"});
  // CREATE OR REPLACE keeps the defaults: only the differences are written.
  View b = view({"a", "b", "c"}, "SELECT a, b, c FROM public.t");
  b.column_defaults = {{"a", "1"}, {"c", "3"}};
  CHECK(ddl::alter_view(a, b) == ddl::Statements{"CREATE OR REPLACE VIEW public.v AS\nSELECT a, b, c FROM public.t",
                                                 "ALTER VIEW public.v ALTER COLUMN c SET DEFAULT 3",
                                                 "ALTER VIEW public.v ALTER COLUMN b DROP DEFAULT"});
  // Back: a column goes, so the view is made again, with its defaults.
  CHECK(ddl::alter_view(b, a) == ddl::Statements{"DROP VIEW public.v", "CREATE VIEW public.v AS\nSELECT a, b FROM public.t",
                                                 "ALTER VIEW public.v ALTER COLUMN a SET DEFAULT 1",
                                                 "ALTER VIEW public.v ALTER COLUMN b SET DEFAULT 2"});
  // Options in another order are no change.
  View c = a, d = a;
  c.options = {"check_option=local", "security_barrier=true"};
  d.options = {"security_barrier=true", "check_option=local"};
  CHECK(ddl::alter_view(c, d).empty());
}
