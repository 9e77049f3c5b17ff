#include <doctest/doctest.h>

#include "differ/change.h"

using namespace schemaplan;

namespace {
Table users() {
  Table t;
  t.schema = "public";
  t.name = "users";
  t.columns = {{"id", "integer", true}, {"email", "text", false}};
  t.constraints = {Constraint{"users_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (id)", {"id"}}};
  return t;
}
Catalog with(std::vector<Table> tables) {
  Catalog c;
  c.tables = std::move(tables);
  normalize(c);
  return c;
}
}  // namespace

TEST_CASE("equal catalogs give no changes") {
  CHECK(diff(with({users()}), with({users()})).empty());
}

TEST_CASE("spans and dependencies do not count as differences") {
  auto a = users(), b = users();
  b.meta.span = {"x.sql", 3, 1};
  b.columns[0].meta.deps.push_back({ObjectKind::Type, "public", "t", "", ""});
  CHECK(diff(with({a}), with({b})).empty());
}

TEST_CASE("created and dropped tables carry their external foreign keys apart") {
  auto orders = Table{"public", "orders"};
  orders.columns = {{"id", "integer", true}, {"user_id", "integer"}};
  Constraint fk{"orders_user_id_fkey", ConstraintType::ForeignKey, "FOREIGN KEY (user_id) REFERENCES public.users(id)",
                {"user_id"}, "public", "users", {"id"}};
  orders.constraints = {fk};
  auto changes = diff(with({users()}), with({users(), orders}));
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].kind == ChangeKind::Create);
  CHECK(changes[0].id.str() == "table public.orders");
  CHECK(changes[1].id.str() == "constraint public.orders.orders_user_id_fkey");
  auto back = diff(with({users(), orders}), with({users()}));
  REQUIRE(back.size() == 2);
  CHECK(back[0].kind == ChangeKind::Drop);
}

TEST_CASE("column changes list the fields that differ") {
  auto b = users();
  b.columns[1].type = "character varying(255)";
  b.columns[1].not_null = true;
  auto changes = diff(with({users()}), with({b}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  CHECK(changes[0].id.str() == "column public.users.email");
  CHECK(changes[0].fields == std::vector<std::string>{"not_null", "type"});
  CHECK(changes[0].inverse().fields == changes[0].fields);
}

TEST_CASE("a changed constraint definition needs recreation, validation alone does not") {
  auto a = users(), b = users();
  a.constraints.push_back({"users_email_check", ConstraintType::Check, "CHECK ((email <> ''::text)) NOT VALID"});
  a.constraints.back().validated = false;
  b.constraints.push_back({"users_email_check", ConstraintType::Check, "CHECK ((email <> ''::text))"});
  auto changes = diff(with({a}), with({b}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  b.constraints.back().definition = "CHECK ((length(email) > 3))";
  changes = diff(with({a}), with({b}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Recreate);
}

TEST_CASE("sequence ownership is its own object") {
  Catalog a, b;
  Sequence s{"public", "users_id_seq", SequenceOptions::defaults("integer")};
  a.sequences = {s};
  s.owned_by_table = "users";
  s.owned_by_column = "id";
  b.sequences = {s};
  auto changes = diff(a, b);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].id.kind == ObjectKind::SequenceOwner);
  CHECK(changes[0].kind == ChangeKind::Create);
}

TEST_CASE("extension versions are compared only when both are stated") {
  Catalog a, b;
  a.extensions = {{"citext", "public", "1.6"}};
  b.extensions = {{"citext", "public", ""}};
  CHECK(diff(a, b).empty());
  b.extensions[0].version = "1.5";
  CHECK(diff(a, b).size() == 1);
}

namespace {
GenericObject op(const std::string& name, std::vector<std::string> create) {
  GenericObject g;
  g.kind = ObjectKind::Operator;
  g.schema = "public";
  g.name = name;
  g.signature = "public.m, public.m";
  g.create = std::move(create);
  return g;
}
Catalog with_generics(std::vector<GenericObject> generics) {
  Catalog c;
  c.generics = std::move(generics);
  normalize(c);
  return c;
}
const Change* change_of(const std::vector<Change>& changes, const std::string& name) {
  for (const auto& c : changes)
    if (c.id.name == name) return &c;
  return nullptr;
}
}  // namespace

TEST_CASE("operators: new estimators alter in place, a dropped operator's linkers are created again") {
  const std::string lt = "CREATE OPERATOR public.< (FUNCTION = public.lt, LEFTARG = public.m, RIGHTARG = public.m, "
                         "COMMUTATOR = OPERATOR(public.>))";
  const std::string gt = "CREATE OPERATOR public.> (FUNCTION = public.gt, LEFTARG = public.m, RIGHTARG = public.m, "
                         "COMMUTATOR = OPERATOR(public.<))";
  const std::string est = "ALTER OPERATOR public.< (public.m, public.m) SET (RESTRICT = scalarltsel, JOIN = NONE)";
  auto changes = diff(with_generics({op("<", {lt}), op(">", {gt})}), with_generics({op("<", {lt, est}), op(">", {gt})}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  // `<` goes while `>` still names it: `>` is created again (it makes `<` as a shell and links to it).
  changes = diff(with_generics({op("<", {lt}), op(">", {gt})}), with_generics({op(">", {gt})}));
  REQUIRE(changes.size() == 2);
  REQUIRE(change_of(changes, ">") != nullptr);
  CHECK(change_of(changes, ">")->kind == ChangeKind::Recreate);
  CHECK(change_of(changes, "<")->kind == ChangeKind::Drop);
}
