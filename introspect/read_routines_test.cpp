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

TEST_CASE("triggers: on views, a partitioned table's trigger without its clones on the partitions") {
  ScratchDb s;
  s.exec(R"(
    CREATE TABLE m (at date, n int) PARTITION BY RANGE (at);
    CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE VIEW v AS SELECT n FROM m;
    CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TRIGGER on_parent BEFORE INSERT ON m FOR EACH ROW EXECUTE FUNCTION tf();
    CREATE TRIGGER on_partition AFTER INSERT ON m_2024 FOR EACH ROW EXECUTE FUNCTION tf();
    CREATE TRIGGER on_view INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION tf();
  )");
  Catalog c = s.catalog();
  REQUIRE(c.triggers.size() == 3);
  CHECK(c.triggers[0].table == "m");
  CHECK(c.triggers[0].name == "on_parent");
  CHECK(c.triggers[1].table == "m_2024");
  CHECK(c.triggers[1].name == "on_partition");
  CHECK(c.triggers[2].table == "v");
  CHECK(c.triggers[2].definition == "CREATE TRIGGER on_view INSTEAD OF INSERT ON public.v FOR EACH ROW EXECUTE FUNCTION public.tf()");
  CHECK(c.unsupported.empty());
}
