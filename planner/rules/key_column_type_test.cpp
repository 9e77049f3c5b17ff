// Rule 6 for keys (key_column_type.cpp): the shape of the plan that moves a key column to a new type beside the
// old one. The round-trip cases (tests/cases/online_keys) and tests/cli/online_key_type.sh prove it on the server.
#include <doctest/doctest.h>

#include <algorithm>

#include "planner/rules/rules.h"
#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

namespace {
Constraint pkey(const std::string& table, std::vector<std::string> cols) {
  std::string list;
  for (const auto& c : cols) list += (list.empty() ? "" : ", ") + c;
  return Constraint{table + "_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (" + list + ")", std::move(cols)};
}
Index index(std::string name, std::string table, std::string def, std::vector<std::string> cols) {
  Index i;
  i.schema = "public";
  i.name = std::move(name);
  i.table = std::move(table);
  i.definition = std::move(def);
  i.columns = std::move(cols);
  return i;
}
/// Position of the first step whose action and target read `what` ("swap key column public.parents.id"); -1.
long at(const Plan& p, const std::string& what) {
  auto s = summary(p);
  auto it = std::find(s.begin(), s.end(), what);
  return it == s.end() ? -1 : it - s.begin();
}
const Step& step(const Plan& p, const std::string& what) {
  long k = at(p, what);
  REQUIRE(k >= 0);
  return p.steps[static_cast<size_t>(k)];
}

/// parents(id PK, serial) referenced by orders.parent_id (indexed) and notes.parent_id; `type` for all three.
Catalog family(const std::string& type, const std::string& child_type) {
  Column id = col("id", type, true);
  id.default_expr = "nextval('public.parents_id_seq'::regclass)";
  Catalog c = catalog({table("parents", {id, col("name", "text")}, {pkey("parents", {"id"})}),
                       table("orders", {col("id", "integer", true), col("parent_id", child_type, true)},
                             {pkey("orders", {"id"}), fk("orders_parent_id_fkey", "parent_id", "parents", "id")}),
                       table("notes", {col("id", "integer", true), col("parent_id", child_type)},
                             {pkey("notes", {"id"}), fk("notes_parent_id_fkey", "parent_id", "parents", "id")})});
  Sequence s;
  s.schema = "public";
  s.name = "parents_id_seq";
  s.owned_by_table = "parents";
  s.owned_by_column = "id";
  c.sequences = {s};
  c.indexes = {index("orders_parent_id_idx", "orders", "USING btree (parent_id)", {"parent_id"})};
  normalize(c);
  return c;
}
}  // namespace

TEST_CASE("rule 6 for keys: an integer primary key and the foreign keys to it move to bigint beside the old columns") {
  Plan p = plan(family("integer", "integer"), family("bigint", "bigint"));
  for (const auto& s : p.steps) {
    CHECK_FALSE(s.rewrites);
    for (const auto& f : s.forward) CHECK(f.find(" TYPE ") == std::string::npos);
  }
  // Every table gets its new column and trigger first; nothing waits on the contract but the contract itself.
  for (const char* c : {"public.parents.id", "public.orders.parent_id", "public.notes.parent_id"}) {
    CAPTURE(c);
    CHECK(step(p, std::string("add replacement column ") + c).phase == Phase::Expand);
    CHECK(step(p, std::string("backfill column ") + c).phase == Phase::Backfill);
    CHECK(step(p, std::string("swap key column ") + c).phase == Phase::Contract);
  }
  // The serial default stays on the old column until the swap: no insert draws two values.
  CHECK_FALSE(contains(step(p, "add replacement column public.parents.id").forward, "nextval"));

  const Step& pk = step(p, "build replacement primary key index public.parents.id");
  CHECK(pk.forward == std::vector<std::string>{"CREATE UNIQUE INDEX CONCURRENTLY parents_pkey_sp_new ON public.parents USING btree (id_sp_new)"});
  CHECK_FALSE(pk.transactional);
  CHECK(pk.lock == LockLevel::ShareUpdateExclusive);
  CHECK(at(p, "set not null public.parents.id") < at(p, "swap key column public.parents.id"));
  const Step& ix = step(p, "build replacement index public.orders.parent_id");
  CHECK(ix.forward == std::vector<std::string>{"CREATE INDEX CONCURRENTLY orders_parent_id_idx_sp_new ON public.orders USING btree (parent_id_sp_new)"});

  // Children swap first; the parent's swap locks them before itself, re-adds their keys NOT VALID.
  CHECK(at(p, "swap key column public.orders.parent_id") < at(p, "swap key column public.parents.id"));
  CHECK(at(p, "swap key column public.notes.parent_id") < at(p, "swap key column public.parents.id"));
  const Step& child = step(p, "swap key column public.orders.parent_id");
  REQUIRE(!child.forward.empty());
  CHECK(child.forward[0].starts_with("DO $schemaplan$"));
  CHECK(child.forward[0].find("LOCK TABLE public.orders, public.parents IN ACCESS EXCLUSIVE MODE;") != std::string::npos);
  CHECK(std::vector<std::string>(child.forward.begin() + 1, child.forward.end()) == std::vector<std::string>{
                             "DROP TRIGGER IF EXISTS orders_parent_id_sp_new_sp_sync ON public.orders",
                             "DROP FUNCTION IF EXISTS public.orders_parent_id_sp_new_sp_sync()",
                             "ALTER TABLE public.orders DROP CONSTRAINT orders_parent_id_fkey",
                             "ALTER TABLE public.orders DROP COLUMN parent_id",
                             "ALTER TABLE public.orders RENAME COLUMN parent_id_sp_new TO parent_id",
                             "ALTER INDEX public.orders_parent_id_idx_sp_new RENAME TO orders_parent_id_idx",
                             "ALTER TABLE public.orders ADD CONSTRAINT orders_parent_id_fkey FOREIGN KEY (parent_id) "
                             "REFERENCES public.parents(id) NOT VALID"});
  CHECK(child.other_locks == std::vector<TableLock>{{"public.parents", LockLevel::AccessExclusive}});
  const Step& parent = step(p, "swap key column public.parents.id");
  REQUIRE(!parent.forward.empty());
  CHECK(parent.forward[0].starts_with("DO $schemaplan$"));
  CHECK(parent.forward[0].find("LOCK TABLE public.notes, public.orders, public.parents IN ACCESS EXCLUSIVE MODE;") != std::string::npos);
  CHECK(std::vector<std::string>(parent.forward.begin() + 1, parent.forward.end()) == std::vector<std::string>{
                              "DROP TRIGGER IF EXISTS parents_id_sp_new_sp_sync ON public.parents",
                              "DROP FUNCTION IF EXISTS public.parents_id_sp_new_sp_sync()",
                              "ALTER TABLE public.notes DROP CONSTRAINT notes_parent_id_fkey",
                              "ALTER TABLE public.orders DROP CONSTRAINT orders_parent_id_fkey",
                              "ALTER TABLE public.parents DROP CONSTRAINT parents_pkey",
                              "ALTER SEQUENCE public.parents_id_seq OWNED BY public.parents.id_sp_new",
                              "ALTER TABLE public.parents DROP COLUMN id",
                              "ALTER TABLE public.parents RENAME COLUMN id_sp_new TO id",
                              "ALTER TABLE public.parents ALTER COLUMN id SET DEFAULT nextval('public.parents_id_seq'::regclass)",
                              "ALTER TABLE public.parents ADD CONSTRAINT parents_pkey PRIMARY KEY USING INDEX parents_pkey_sp_new",
                              "ALTER TABLE public.notes ADD CONSTRAINT notes_parent_id_fkey FOREIGN KEY (parent_id) "
                              "REFERENCES public.parents(id) NOT VALID",
                              "ALTER TABLE public.orders ADD CONSTRAINT orders_parent_id_fkey FOREIGN KEY (parent_id) "
                              "REFERENCES public.parents(id) NOT VALID"});
  CHECK(parent.lock == LockLevel::AccessExclusive);
  CHECK(parent.other_locks == std::vector<TableLock>{{"public.notes", LockLevel::AccessExclusive},
                                                     {"public.orders", LockLevel::AccessExclusive}});
  CHECK(has_hazard(parent, hazard::kUnreversibleRollback));
  CHECK(contains(parent.rollback, "ALTER TABLE public.parents ALTER COLUMN id TYPE integer"));
  CHECK(contains(parent.rollback, "ADD COLUMN id_sp_new bigint"));

  // Each foreign key is validated once, after the parent's swap, outside a transaction.
  for (const char* fk : {"public.orders.orders_parent_id_fkey", "public.notes.notes_parent_id_fkey"}) {
    CAPTURE(fk);
    long v = at(p, std::string("validate foreign key ") + fk);
    REQUIRE(v > at(p, "swap key column public.parents.id"));
    CHECK_FALSE(p.steps[static_cast<size_t>(v)].transactional);
    CHECK(p.steps[static_cast<size_t>(v)].other_locks == std::vector<TableLock>{{"public.parents", LockLevel::RowShare}});
  }
  auto s = summary(p);
  CHECK(std::count_if(s.begin(), s.end(), [](const std::string& x) { return x.rfind("validate foreign key", 0) == 0; }) == 2);

  // --no-concurrently: no concurrent index builds, so no swap either: the in-place ALTERs.
  PlanOptions plain_ddl;
  plain_ddl.concurrently = false;
  Plan in_place = plan(family("integer", "integer"), family("bigint", "bigint"), plain_ddl);
  CHECK(at(in_place, "swap key column public.parents.id") == -1);
  CHECK(std::any_of(in_place.steps.begin(), in_place.steps.end(), [](const Step& x) { return x.rewrites; }));

  // --strategy simple: the in-place ALTERs, with their hazard.
  Plan plain = plan(family("integer", "integer"), family("bigint", "bigint"), simple());
  CHECK(std::any_of(plain.steps.begin(), plain.steps.end(), [](const Step& x) { return x.rewrites; }));
}

TEST_CASE("rule 6 for keys: a primary key retyped while the referencing columns keep theirs says what that means") {
  Plan p = plan(family("integer", "integer"), family("bigint", "integer"));
  const Step& parent = step(p, "swap key column public.parents.id");
  bool named = false;
  for (const auto& h : parent.hazards)
    named |= h.code == hazard::kBreaksRunningCode && h.message.find("public.orders.parent_id (integer)") != std::string::npos;
  CHECK(named);
  CHECK(at(p, "swap key column public.orders.parent_id") == -1);
  CHECK(at(p, "validate foreign key public.orders.orders_parent_id_fkey") > at(p, "swap key column public.parents.id"));
}

TEST_CASE("rule 6 for keys: a composite key, a unique constraint, a new index on the column") {
  // Composite primary key (tenant, id): only id changes; the key's index is built on (tenant, id_sp_new).
  Catalog a = catalog({table("t", {col("tenant", "integer", true), col("id", "integer", true)}, {pkey("t", {"tenant", "id"})})});
  Catalog b = catalog({table("t", {col("tenant", "integer", true), col("id", "bigint", true)}, {pkey("t", {"tenant", "id"})})});
  Plan p = plan(a, b);
  CHECK(step(p, "build replacement primary key index public.t.id").forward ==
        std::vector<std::string>{"CREATE UNIQUE INDEX CONCURRENTLY t_pkey_sp_new ON public.t USING btree (tenant, id_sp_new)"});
  // The batches walk the old key (tenant, id) while it still exists.
  CHECK(contains(step(p, "backfill column public.t.id").forward, "ORDER BY tenant, id LIMIT"));

  // Both columns of one key retyped: one swap cannot move the key alone; in place.
  Catalog c = catalog({table("t", {col("tenant", "bigint", true), col("id", "bigint", true)}, {pkey("t", {"tenant", "id"})})});
  Plan q = plan(a, c);
  CHECK(at(q, "swap key column public.t.id") == -1);
  CHECK(std::any_of(q.steps.begin(), q.steps.end(), [](const Step& x) { return has_hazard(x, hazard::kTableRewrite); }));

  // A unique constraint, and an index the plan adds on the column: built after the swap, on the new column.
  Catalog u1 = catalog({table("u", {col("id", "integer", true), col("code", "integer", true)},
                              {pkey("u", {"id"}), Constraint{"u_code_key", ConstraintType::Unique, "UNIQUE (code)", {"code"}}})});
  Catalog u2 = catalog({table("u", {col("id", "integer", true), col("code", "bigint", true)},
                              {pkey("u", {"id"}), Constraint{"u_code_key", ConstraintType::Unique, "UNIQUE (code)", {"code"}}})});
  u2.indexes = {index("u_code_id_idx", "u", "USING btree (code, id)", {"code", "id"})};
  normalize(u2);
  Plan r = plan(u1, u2);
  const Step& swap = step(r, "swap key column public.u.code");
  CHECK(contains(swap.forward, "ALTER TABLE public.u ADD CONSTRAINT u_code_key UNIQUE USING INDEX u_code_key_sp_new"));
  long made = at(r, "create index public.u_code_id_idx");
  REQUIRE(made >= 0);
  CHECK(made > at(r, "swap key column public.u.code"));
  CHECK(contains(r.steps[static_cast<size_t>(made)].forward, "CREATE INDEX CONCURRENTLY u_code_id_idx"));
}

TEST_CASE("rule 6 for keys: an identity key keeps its identity, one gained or lost stays in place") {
  auto ticket = [](const std::string& type, char identity) {
    Column id = col("id", type, true);
    id.identity = identity;
    id.identity_options.mut().max_value = type == "bigint" ? 9223372036854775807LL : 2147483647LL;
    return catalog({table("tickets", {id, col("title", "text")}, {pkey("tickets", {"id"})})});
  };
  Plan p = plan(ticket("integer", 'a'), ticket("bigint", 'a'));
  // The new column has no identity until the swap (it would fill every row at once).
  const Step& expand = step(p, "add replacement column public.tickets.id");
  CHECK(expand.forward[0] == "ALTER TABLE public.tickets ADD COLUMN id_sp_new bigint");
  const Step& swap = step(p, "swap key column public.tickets.id");
  CHECK(contains(swap.forward, "ALTER TABLE public.tickets ALTER COLUMN id_sp_new ADD GENERATED ALWAYS AS IDENTITY ("));
  // The old sequence's name and position, read before the drop, go to the new one.
  CHECK(contains(swap.forward, "sp_last bigint := pg_catalog.pg_sequence_last_value(sp_seq);"));
  CHECK(contains(swap.forward, "PERFORM pg_catalog.setval(pg_catalog.pg_get_serial_sequence('public.tickets', 'id'), sp_last)"));
  CHECK_FALSE(contains(swap.forward, "ALTER TABLE public.tickets DROP COLUMN id\n"));
  // The rollback's empty column has no identity either.
  CHECK(contains(swap.rollback, "ALTER TABLE public.tickets ADD COLUMN id_sp_new bigint"));
  CHECK_FALSE(contains(swap.rollback, "id_sp_new bigint GENERATED"));

  Plan gained = plan(ticket("integer", 0), ticket("bigint", 'd'));
  CHECK(at(gained, "swap key column public.tickets.id") == -1);
}
