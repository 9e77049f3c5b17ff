// Functions, procedures and triggers read from a live database.
#include <doctest/doctest.h>

#include "introspect/database.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

TEST_CASE("functions and triggers: attributes, arguments, state and dependencies") {
  ScratchDb s;
  s.exec(R"(
    CREATE TYPE mood AS ENUM ('ok');
    CREATE TABLE t (id int, m mood);
    CREATE FUNCTION f(a int, OUT b text, m mood DEFAULT 'ok') LANGUAGE sql STABLE STRICT SECURITY DEFINER
      SET search_path = public, pg_temp SET work_mem = '8MB' COST 3 AS $$ SELECT 'x' $$;
    CREATE FUNCTION g() RETURNS SETOF t LANGUAGE sql ROWS 5 BEGIN ATOMIC SELECT * FROM t; END;
    CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TRIGGER tr BEFORE UPDATE OF m ON t FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION tf();
    ALTER TABLE t ENABLE REPLICA TRIGGER tr;
    COMMENT ON FUNCTION f(int, mood) IS 'f';
  )");
  Catalog c = s.catalog();
  REQUIRE(c.functions.size() == 3);
  const Function& f = c.functions[0];
  CHECK(f.name == "f");
  CHECK(f.signature == "integer, public.mood");
  CHECK(f.arguments == "a integer, OUT b text, m public.mood DEFAULT 'ok'::public.mood");
  CHECK(f.result == "text");
  CHECK(f.volatility == 's');
  CHECK(f.strict);
  CHECK(f.security_definer);
  CHECK(f.cost == 3);
  CHECK(f.config == std::vector<std::string>{"search_path TO 'public', 'pg_temp'", "work_mem TO '8MB'"});
  REQUIRE(f.args.size() == 3);
  CHECK(f.args[1].mode == 'o');
  CHECK(f.args[2].has_default);
  CHECK_FALSE(f.args[0].has_default);
  CHECK(f.comment == "f");
  const Function& g = c.functions[1];
  CHECK(g.sql_body);
  CHECK(g.result == "SETOF public.t");
  CHECK(g.rows == 5);
  bool uses_t = false;
  for (const auto& d : g.meta.deps) uses_t |= d == ObjectId{ObjectKind::Table, "public", "t", "", ""};
  CHECK(uses_t);
  REQUIRE(c.triggers.size() == 1);
  const Trigger& tr = c.triggers[0];
  CHECK(tr.enabled == 'R');
  CHECK(tr.function_name == "tf");
  CHECK(tr.columns == std::vector<std::string>{"m", "id"});
  CHECK(tr.definition ==
        "CREATE TRIGGER tr BEFORE UPDATE OF m ON public.t FOR EACH ROW WHEN ((new.id > 0)) EXECUTE FUNCTION public.tf()");
}
