#include <doctest/doctest.h>

#include <algorithm>

#include "model/diagnostic.h"
#include "planner/node.h"
#include "planner/planner.h"
#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using schemaplan::test::summary;

namespace {
Column col(std::string name, std::string type, bool not_null = false) {
  Column c;
  c.name = std::move(name);
  c.type = std::move(type);
  c.not_null = not_null;
  return c;
}
Constraint pk(std::string name, std::string column) {
  return Constraint{std::move(name), ConstraintType::PrimaryKey, "PRIMARY KEY (" + column + ")", {column}};
}
Constraint fk(std::string name, std::string column, std::string ref, std::string ref_col) {
  return Constraint{std::move(name), ConstraintType::ForeignKey,
                    "FOREIGN KEY (" + column + ") REFERENCES public." + ref + "(" + ref_col + ")",
                    {column}, "public", std::move(ref), {std::move(ref_col)}};
}
Table table(std::string name, std::vector<Column> cols, std::vector<Constraint> cons) {
  Table t;
  t.schema = "public";
  t.name = std::move(name);
  t.columns = std::move(cols);
  t.constraints = std::move(cons);
  return t;
}
Catalog catalog(std::vector<Table> tables) {
  Catalog c;
  c.tables = std::move(tables);
  normalize(c);
  return c;
}
/// Two tables referencing each other.
Catalog cycle() {
  return catalog({table("a", {col("id", "integer", true), col("b_id", "integer")}, {pk("a_pkey", "id"), fk("a_b_fk", "b_id", "b", "id")}),
                  table("b", {col("id", "integer", true), col("a_id", "integer")}, {pk("b_pkey", "id"), fk("b_a_fk", "a_id", "a", "id")})});
}
size_t position(const Plan& p, const std::string& what) {
  auto s = summary(p);
  auto it = std::find(s.begin(), s.end(), what);
  REQUIRE_MESSAGE(it != s.end(), what);
  return static_cast<size_t>(it - s.begin());
}
}  // namespace

TEST_CASE("a foreign-key cycle is broken: tables first, keys after, drops in reverse") {
  Plan up = plan(Catalog{}, cycle());
  CHECK(summary(up) == std::vector<std::string>{"create table public.a", "create table public.b",
                                                "create foreign key public.a.a_b_fk", "create foreign key public.b.b_a_fk"});
  CHECK(up.steps[0].forward[0].find("REFERENCES") == std::string::npos);
  Plan down = plan(cycle(), Catalog{});
  CHECK(summary(down) == std::vector<std::string>{"drop foreign key public.a.a_b_fk", "drop foreign key public.b.b_a_fk",
                                                  "drop table public.a", "drop table public.b"});
  CHECK(down.steps[2].hazards.at(0).code == hazard::kDeletesData);
  CHECK(down.steps[2].rollback[0].rfind("CREATE TABLE public.a", 0) == 0);
}

TEST_CASE("plans are deterministic") {
  CHECK(plan(Catalog{}, cycle()).steps == plan(Catalog{}, cycle()).steps);
}

TEST_CASE("recreating a primary key rebuilds the foreign keys that use it") {
  Catalog before = cycle();
  Catalog after = cycle();
  after.tables[0].constraints[1].definition = "PRIMARY KEY (id) DEFERRABLE";  // a_pkey changes
  REQUIRE(after.tables[0].constraints[1].name == "a_pkey");
  Plan p = plan(before, after);
  size_t drop_fk = position(p, "drop foreign key public.b.b_a_fk");
  size_t drop_pk = position(p, "drop constraint public.a.a_pkey");
  size_t add_pk = position(p, "create constraint public.a.a_pkey");
  size_t add_fk = position(p, "create foreign key public.b.b_a_fk");
  CHECK(drop_fk < drop_pk);
  CHECK(drop_pk < add_pk);
  CHECK(add_pk < add_fk);
}

TEST_CASE("NOT NULL is dropped only after the key that holds it") {
  Catalog before = catalog({table("t", {col("id", "integer", true)}, {pk("t_pkey", "id")})});
  Catalog after = catalog({table("t", {col("id", "integer", false)}, {})});
  Plan p = plan(before, after);
  CHECK(position(p, "drop constraint public.t.t_pkey") < position(p, "alter column public.t.id"));
  CHECK(p.steps.back().forward == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN id DROP NOT NULL"});
  CHECK(p.steps.back().rollback == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN id SET NOT NULL"});
}

TEST_CASE("a serial column: sequence, then table, then ownership, reversed on drop") {
  Catalog c = catalog({table("t", {col("id", "integer", true)}, {})});
  c.tables[0].columns[0].default_expr = "nextval('public.t_id_seq'::regclass)";
  c.tables[0].columns[0].meta.deps = {{ObjectKind::Sequence, "public", "t_id_seq", "", ""}};
  Sequence s{"public", "t_id_seq", SequenceOptions::defaults("integer")};
  s.owned_by_table = "t";
  s.owned_by_column = "id";
  c.sequences = {s};
  CHECK(summary(plan(Catalog{}, c)) == std::vector<std::string>{"create sequence public.t_id_seq", "create table public.t",
                                                                "set sequence owner public.t_id_seq"});
  CHECK(summary(plan(c, Catalog{})) == std::vector<std::string>{"remove sequence owner public.t_id_seq",
                                                                "drop table public.t", "drop sequence public.t_id_seq"});
}

TEST_CASE("an added enum value runs outside a transaction, a removed one swaps the type") {
  Catalog a, b;
  a.enums = {EnumType{"public", "mood", {"sad", "happy"}}};
  b.enums = {EnumType{"public", "mood", {"sad", "ok", "happy"}}};
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  CHECK_FALSE(p.steps[0].transactional);
  CHECK(p.steps[0].forward == std::vector<std::string>{"ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad'"});
  CHECK(p.steps[0].rollback.at(0) == "ALTER TYPE public.mood RENAME TO mood__schemaplan_old");
  Plan back = plan(b, a);
  CHECK(back.steps[0].forward.back() == "DROP TYPE public.mood__schemaplan_old");
}

TEST_CASE("a domain whose base type changes is swapped for a new one and its columns moved over") {
  Catalog a = catalog({table("t", {col("id", "integer", true), col("n", "public.amount", false)}, {})});
  a.tables[0].columns[1].meta.deps = {{ObjectKind::Type, "public", "amount", "", ""}};
  Domain d;
  d.schema = "public";
  d.name = "amount";
  d.base_type = "integer";
  a.domains = {d};
  Catalog b = a;
  b.domains[0].base_type = "bigint";
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward == std::vector<std::string>{
                                  "ALTER DOMAIN public.amount RENAME TO amount__schemaplan_old",
                                  "CREATE DOMAIN public.amount AS bigint",
                                  "ALTER TABLE public.t ALTER COLUMN n TYPE public.amount USING n::bigint::public.amount",
                                  "DROP DOMAIN public.amount__schemaplan_old"});
  CHECK(p.steps[0].rollback.at(1) == "CREATE DOMAIN public.amount AS integer");
  CHECK(p.steps[0].rewrites);
  CHECK(p.steps[0].lock == LockLevel::AccessExclusive);
}

TEST_CASE("indexes on existing tables are built concurrently online, plainly in simple mode") {
  Catalog a = catalog({table("t", {col("id", "integer", true)}, {})});
  Catalog b = a;
  b.indexes = {Index{"public", "t_id_idx", "t", false, "USING btree (id)", {"id"}}};
  Plan online = plan(a, b);
  CHECK(online.steps[0].forward[0] == "CREATE INDEX CONCURRENTLY t_id_idx ON public.t USING btree (id)");
  CHECK_FALSE(online.steps[0].transactional);
  CHECK(online.steps[0].hazards.at(0).code == hazard::kIndexBuild);
  Plan simple = plan(a, b, PlanOptions{Strategy::Simple, false});
  CHECK(simple.steps[0].forward[0] == "CREATE INDEX t_id_idx ON public.t USING btree (id)");
  CHECK(simple.steps[0].transactional);
  // A new table's indexes are plain: nothing to lock out.
  Plan fresh = plan(Catalog{}, b);
  CHECK(fresh.steps[1].forward[0] == "CREATE INDEX t_id_idx ON public.t USING btree (id)");
}

TEST_CASE("an unbreakable cycle is an error naming the objects") {
  Node a, b;
  a.step.target = {ObjectKind::Table, "public", "a", "", ""};
  a.step.action = "create table";
  a.provides = {a.step.target};
  b.step.target = {ObjectKind::Table, "public", "b", "", ""};
  b.step.action = "create table";
  b.provides = {b.step.target};
  a.after_deps = {b.step.target};
  b.after_deps = {a.step.target};
  try {
    order({a, b});
    FAIL("expected a cycle error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "dependency-cycle");
    CHECK(e.diagnostic().message == "dependency cycle: create table public.a -> create table public.b -> create table public.a");
  }
}

TEST_CASE("extensions are created before what uses them and dropped after, without ordering each other") {
  Catalog b = catalog({table("t", {col("email", "public.citext")}, {})});
  b.extensions = {Extension{"btree_gist", "public"}, Extension{"citext", "public"}, Extension{"pgcrypto", "public"}};
  b.schemas = {Schema{"public"}};
  Catalog a = b;
  a.extensions.clear();
  a.tables[0].columns[0].type = "text";
  Plan up = plan(a, b);
  CHECK(summary(up) == std::vector<std::string>{"create extension btree_gist", "create extension citext",
                                                "create extension pgcrypto", "alter column public.t.email"});
  Plan down = plan(b, a);
  CHECK(summary(down) == std::vector<std::string>{"alter column public.t.email", "drop extension btree_gist",
                                                  "drop extension citext", "drop extension pgcrypto"});
}

TEST_CASE("schemas bound every other step, through edges that grow with the steps, not with schemas times steps") {
  // 20 schemas of 20 tables each, created from nothing and dropped again.
  Catalog c;
  for (int s = 0; s < 20; ++s) {
    const std::string schema = "s" + std::to_string(s);
    c.schemas.push_back(Schema{schema});
    for (int t = 0; t < 20; ++t) {
      Table t_in = table("t" + std::to_string(t), {col("id", "integer")}, {});
      t_in.schema = schema;
      c.tables.push_back(t_in);
    }
  }
  c.extensions = {Extension{"citext", "public"}};
  normalize(c);
  for (const Plan& p : {plan(Catalog{}, c), plan(c, Catalog{})}) {
    REQUIRE(p.steps.size() == 421);
    const bool creating = p.steps[0].action == "create extension" || p.steps[0].action == "create schema";
    // Containers first when creating, last when dropping.
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      const bool container = p.steps[i].target.kind == ObjectKind::Schema || p.steps[i].target.kind == ObjectKind::Extension;
      CHECK(container == (creating ? i < 21 : i >= 400));
    }
    // The edges a reader of the graph gets: each schema's to its own 20 tables, nothing from the extension (an
    // edge from each container to each step was 21 x 400).
    CHECK(p.edges.size() == 400);
    for (const auto& [before, after] : p.edges) {
      const Step& schema = creating ? p.steps[before] : p.steps[after];
      const Step& table = creating ? p.steps[after] : p.steps[before];
      CHECK(schema.target.kind == ObjectKind::Schema);
      CHECK(table.target.schema == schema.target.name);
    }
  }
}

TEST_CASE("a name passed from a UNIQUE constraint to an index of another is freed before it is taken") {
  Constraint key{"t_a_key", ConstraintType::Unique, "UNIQUE (a)", {"a"}};
  auto from = catalog({table("t", {col("a", "integer")}, {key})});
  auto to = catalog({table("t", {col("a", "integer")}, {})});
  to.indexes = {Index{"public", "t_a_key", "t", true, "USING btree (a)", {"a"}}};
  normalize(to);
  for (Strategy s : {Strategy::Simple, Strategy::Online}) {
    auto p = plan(from, to, PlanOptions{s});
    REQUIRE(p.steps.size() == 2);
    CHECK(p.steps[0].target.kind == ObjectKind::Constraint);  // kind rank alone would create the index first
    CHECK(p.steps[1].target.kind == ObjectKind::Index);
  }
}

TEST_CASE("an extension update warns that its rollback needs a downgrade script") {
  auto with = [](std::string version) {
    Catalog c;
    Extension e;
    e.name = "pg_trgm";
    e.schema = "public";
    e.version = std::move(version);
    c.extensions = {e};
    normalize(c);
    return c;
  };
  auto p = plan(with("1.5"), with("1.6"), PlanOptions{Strategy::Simple});
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward == std::vector<std::string>{"ALTER EXTENSION pg_trgm UPDATE TO '1.6'"});
  REQUIRE(p.steps[0].hazards.size() == 1);
  CHECK(p.steps[0].hazards[0].code == std::string(hazard::kUnreversibleRollback));
}

TEST_CASE("a column given an identity moves the new sequence past its values, the rollback drops it") {
  Column plain = col("id", "bigint", true);
  Column ident = plain;
  ident.identity = 'd';
  ident.identity_options.mut().start = 1;
  ident.identity_options.mut().increment = 1;
  ident.identity_options.mut().min_value = 1;
  ident.identity_options.mut().max_value = 9223372036854775807LL;
  ident.identity_options.mut().cache = 1;
  auto p = plan(catalog({table("Log", {plain}, {})}), catalog({table("Log", {ident}, {})}), PlanOptions{Strategy::Simple});
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward.back() ==
        "SELECT setval(pg_get_serial_sequence('public.\"Log\"', 'id'), max(id)) FROM public.\"Log\" HAVING max(id) >= 1");
  CHECK(p.steps[0].rollback == std::vector<std::string>{"ALTER TABLE public.\"Log\" ALTER COLUMN id DROP IDENTITY"});
}

namespace {
std::vector<std::string> all_sql(const std::vector<Step>& steps, bool forward) {
  std::vector<std::string> out;
  for (const auto& s : steps)
    for (const auto& q : forward ? s.forward : s.rollback) out.push_back(q);
  return out;
}
}  // namespace

TEST_CASE("storage parameters: SET and RESET give exactly the new array, no rewrite, SHARE UPDATE EXCLUSIVE") {
  Table a = table("t", {col("id", "integer", true)}, {});
  a.options.items = {"autovacuum_enabled=true", "fillfactor=90"};
  a.toast_options.items = {"autovacuum_enabled=false"};
  Table b = a;
  b.options.items = {"fillfactor=90", "autovacuum_vacuum_scale_factor=0.1", "autovacuum_vacuum_cost_delay=a b"};
  b.toast_options.items = {};
  Plan p = plan(catalog({a}), catalog({b}), PlanOptions{.strategy = Strategy::Simple});
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward == std::vector<std::string>{
                                  "ALTER TABLE public.t RESET (autovacuum_enabled, toast.autovacuum_enabled), SET "
                                  "(autovacuum_vacuum_scale_factor=0.1, autovacuum_vacuum_cost_delay='a b')"});
  // Back: fillfactor stays where it is, autovacuum_enabled must come before it again, so both are set.
  CHECK(p.steps[0].rollback == std::vector<std::string>{
                                   "ALTER TABLE public.t RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_cost_delay), "
                                   "SET (autovacuum_enabled=true, fillfactor=90, toast.autovacuum_enabled=false)"});
  CHECK(p.steps[0].lock == LockLevel::ShareUpdateExclusive);
  CHECK_FALSE(p.steps[0].rewrites);
  // The same options in another order are no change.
  Table c = a;
  c.options.items = {"fillfactor=90", "autovacuum_enabled=true"};
  CHECK(plan(catalog({a}), catalog({c})).steps.empty());
}

TEST_CASE("column settings and CLUSTER ON: set, moved and taken back") {
  Table a = table("t", {col("id", "integer", true), col("body", "text")}, {pk("t_pkey", "id")});
  Table b = a;
  b.columns[1].statistics = 1000;
  b.columns[1].storage = 'm';
  b.columns[1].options.items = {"n_distinct=-1"};
  Catalog from = catalog({a}), to = catalog({b});
  Index i;
  i.schema = "public";
  i.name = "t_body";
  i.table = "t";
  i.definition = "USING btree (body)";
  i.columns = {"body"};
  from.tables[0].constraints[0].flags.clustered = true;
  i.flags.clustered = true;
  from.indexes = {i};
  to.indexes = {i};
  to.indexes[0].flags.clustered = false;
  to.tables[0].constraints[0].flags.clustered = false;
  to.tables[0].constraints[0].flags.replica_identity = true;
  to.tables[0].replica_identity = 'i';
  from.indexes[0].flags.clustered = false;
  to.indexes[0].flags.clustered = true;
  Plan p = plan(from, to, PlanOptions{.strategy = Strategy::Simple});
  auto up = all_sql(p.steps, true);
  auto has = [](const std::vector<std::string>& v, const std::string& s) { return std::count(v.begin(), v.end(), s) > 0; };
  CHECK(has(up, "ALTER TABLE ONLY public.t ALTER COLUMN body SET STATISTICS 1000"));
  CHECK(has(up, "ALTER TABLE public.t ALTER COLUMN body SET STORAGE MAIN"));
  CHECK(has(up, "ALTER TABLE ONLY public.t ALTER COLUMN body SET (n_distinct=-1)"));
  CHECK(has(up, "ALTER TABLE public.t CLUSTER ON t_body"));
  CHECK(has(up, "ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey"));
  CHECK_FALSE(has(up, "ALTER TABLE public.t SET WITHOUT CLUSTER"));
  auto down = all_sql(p.steps, false);
  CHECK(has(down, "ALTER TABLE public.t ALTER COLUMN body SET STORAGE EXTENDED"));  // text's own
  CHECK(has(down, "ALTER TABLE ONLY public.t ALTER COLUMN body SET STATISTICS -1"));
  CHECK(has(down, "ALTER TABLE ONLY public.t ALTER COLUMN body RESET (n_distinct)"));
  CHECK(has(down, "ALTER TABLE public.t CLUSTER ON t_pkey"));
  CHECK(has(down, "ALTER TABLE public.t REPLICA IDENTITY DEFAULT"));
}

TEST_CASE("a table the plan creates starts with the default privileges in place: only the difference is granted") {
  DefaultPrivilege all_to_app;
  all_to_app.schema = "public";
  all_to_app.objtype = 'r';
  all_to_app.grantee = "app_user";
  all_to_app.privileges = all_privileges(ObjectKind::Table);
  Catalog from = catalog({});
  from.default_privileges = {all_to_app};
  normalize(from);
  Catalog to = catalog({table("t", {col("id", "integer")}, {}), table("u", {col("id", "integer")}, {}),
                        table("w", {col("id", "integer")}, {})});
  to.default_privileges = from.default_privileges;
  // t: the defaults narrowed to SELECT; u: every default taken away (no grant stated); w: the defaults as they are.
  to.grants = {Grant{{ObjectKind::Table, "public", "t", "", ""}, "app_user", {"SELECT"}, {}, {}, {}},
               Grant{{ObjectKind::Table, "public", "w", "", ""}, "app_user", all_privileges(ObjectKind::Table), {}, {}, {}}};
  normalize(to);
  Plan p = plan(from, to, {});
  std::vector<std::string> sql;
  for (const auto& s : p.steps)
    for (const auto& f : s.forward)
      if (f.rfind("GRANT", 0) == 0 || f.rfind("REVOKE", 0) == 0) sql.push_back(f);
  std::sort(sql.begin(), sql.end());
  CHECK(sql == std::vector<std::string>{
                   "REVOKE DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.u FROM app_user",
                   "REVOKE DELETE, INSERT, REFERENCES, TRIGGER, TRUNCATE, UPDATE ON TABLE public.t FROM app_user"});
}

TEST_CASE("the owner of a dropped object comes back with the rollback of its drop") {
  Catalog a = catalog({table("t", {col("id", "integer")}, {}), table("u", {col("id", "integer")}, {})});
  a.owners.push_back(Ownership{{ObjectKind::Table, "public", "t", "", ""}, "admin_role", {}});
  a.owners.push_back(Ownership{{ObjectKind::Table, "public", "u", "", ""}, "admin_role", {}});
  normalize(a);
  Catalog b = catalog({table("u", {col("id", "integer")}, {})});
  keep_stated_owners(a, b);
  // u stays and b states no owner for it: left alone; t goes: its owner stays for the rollback.
  REQUIRE(a.owners.size() == 1);
  CHECK(a.owners[0].object.name == "t");
  Plan p = plan(a, b, PlanOptions{Strategy::Simple, false});
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward == std::vector<std::string>{"DROP TABLE public.t"});
  REQUIRE(p.steps[0].rollback.size() >= 2);
  CHECK(p.steps[0].rollback.back() == "ALTER TABLE public.t OWNER TO admin_role");
}

TEST_CASE("row-level security goes on after the table's policies exist and off before they are dropped") {
  Catalog off = catalog({table("docs", {col("id", "integer", true), col("owner", "text")}, {pk("docs_pkey", "id")})});
  Catalog on = off;
  on.tables[0].row_security = true;
  on.tables[0].force_row_security = true;
  on.tables[0].comment = "owned rows";  // a change of the table beside the switch: a step of its own
  for (const char* name : {"a_read", "z_write"}) {
    Policy p;
    p.schema = "public";
    p.table = "docs";
    p.name = name;
    p.using_expr = "(owner = CURRENT_USER)";
    p.columns = {"owner"};
    on.policies.push_back(p);
  }
  normalize(on);
  Plan up = plan(off, on);
  size_t enable = position(up, "enable row level security public.docs");
  CHECK(position(up, "create policy public.docs.a_read") < enable);
  CHECK(position(up, "create policy public.docs.z_write") < enable);
  CHECK(position(up, "alter table public.docs") < enable);
  CHECK(up.steps[enable].forward == std::vector<std::string>{"ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY",
                                                             "ALTER TABLE public.docs FORCE ROW LEVEL SECURITY"});
  Plan down = plan(on, off);
  size_t disable = position(down, "disable row level security public.docs");
  CHECK(disable < position(down, "drop policy public.docs.a_read"));
  CHECK(disable < position(down, "drop policy public.docs.z_write"));
  // FORCE alone waits the same way.
  Catalog forced = on;
  forced.tables[0].row_security = true;
  Catalog unforced = on;
  unforced.tables[0].force_row_security = false;
  unforced.policies.pop_back();
  Plan more = plan(unforced, forced);
  CHECK(position(more, "create policy public.docs.z_write") < position(more, "force row level security public.docs"));
}
