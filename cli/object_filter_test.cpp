#include <doctest/doctest.h>

#include "cli/object_filter.h"

using namespace schemaplan;
using namespace schemaplan::cli;

TEST_CASE("object filter: globs over names, schema.name and schemas, a table takes its indexes and sequences") {
  Catalog c;
  c.schemas = {Schema{"public"}, Schema{"audit"}};
  Table t1, t2, t3;
  t1.schema = "public", t1.name = "users";
  t2.schema = "public", t2.name = "_prisma_migrations";
  t3.schema = "audit", t3.name = "tmp_load";
  c.tables = {t1, t2, t3};
  Index i;
  i.schema = "public", i.name = "mig_idx", i.table = "_prisma_migrations";
  c.indexes = {i};
  Sequence s;
  s.schema = "public", s.name = "mig_seq", s.owned_by_table = "_prisma_migrations", s.owned_by_column = "id";
  c.sequences = {s};

  ObjectFilter f = runner_bookkeeping();
  f.exclude_objects.push_back("audit.tmp_*");
  Catalog a = c;
  f.apply(a);
  REQUIRE(a.tables.size() == 1);
  CHECK(a.tables[0].name == "users");
  CHECK(a.indexes.empty());
  CHECK(a.sequences.empty());
  CHECK(a.schemas.size() == 2);

  ObjectFilter only_public;
  only_public.include_schemas = {"pub*"};
  Catalog b = c;
  only_public.apply(b);
  CHECK(b.schemas.size() == 1);
  CHECK(b.tables.size() == 2);
  CHECK(only_public.object_excluded("audit", "anything"));
  CHECK_FALSE(ObjectFilter{}.object_excluded("audit", "x"));
}

TEST_CASE("object filter: every kind in an excluded schema or named by a pattern goes, with its grants and owner") {
  Catalog c;
  c.schemas = {Schema{"public"}, Schema{"audit"}};
  View v;
  v.schema = "audit", v.name = "recent";
  View w;
  w.schema = "public", w.name = "report";
  c.views = {v, w};
  Function f;
  f.schema = "audit", f.name = "log_change";
  Function g;
  g.schema = "public", g.name = "now_utc";
  c.functions = {f, g};
  Trigger t;
  t.schema = "public", t.table = "tmp_load", t.name = "t_audit";
  c.triggers = {t};
  Policy p;
  p.schema = "public", p.table = "tmp_load", p.name = "own_rows";
  c.policies = {p};
  GenericObject agg;
  agg.kind = ObjectKind::Aggregate, agg.schema = "audit", agg.name = "concat_all";
  GenericObject cast;
  cast.kind = ObjectKind::Cast, cast.name = "integer AS public.money2";
  c.generics = {agg, cast};
  c.grants = {Grant{v.id(), "app_user", {"SELECT"}, {}, {}, {}}, Grant{w.id(), "app_user", {"SELECT"}, {}, {}, {}}};
  c.owners = {Ownership{f.id(), "admin_role", {}}, Ownership{g.id(), "admin_role", {}}};
  DefaultPrivilege d;
  d.schema = "audit", d.grantee = "app_user", d.privileges = {"SELECT"};
  c.default_privileges = {d};

  ObjectFilter no_audit;
  no_audit.exclude_schemas = {"audit"};
  no_audit.exclude_objects = {"tmp_*"};
  no_audit.apply(c);
  REQUIRE(c.views.size() == 1);
  CHECK(c.views[0].name == "report");
  REQUIRE(c.functions.size() == 1);
  CHECK(c.functions[0].name == "now_utc");
  CHECK(c.triggers.empty());
  CHECK(c.policies.empty());
  REQUIRE(c.generics.size() == 1);
  CHECK(c.generics[0].kind == ObjectKind::Cast);
  REQUIRE(c.grants.size() == 1);
  CHECK(c.grants[0].object == w.id());
  REQUIRE(c.owners.size() == 1);
  CHECK(c.owners[0].object == g.id());
  CHECK(c.default_privileges.empty());
}
