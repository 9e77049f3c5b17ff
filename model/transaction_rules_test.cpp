#include "model/transaction_rules.h"

#include <doctest/doctest.h>

using namespace schemaplan::sql;

TEST_CASE("is_non_transactional: the statements PostgreSQL refuses in a transaction block") {
  CHECK(is_non_transactional("create index  concurrently i on t (a)"));
  CHECK(is_non_transactional("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)"));
  CHECK(is_non_transactional("DROP INDEX CONCURRENTLY IF EXISTS i"));
  CHECK(is_non_transactional("REINDEX INDEX CONCURRENTLY i"));
  CHECK(is_non_transactional("ALTER TABLE p DETACH PARTITION c CONCURRENTLY"));
  CHECK(is_non_transactional("VACUUM t"));
  CHECK(is_non_transactional("\n  vacuum\tt"));
  CHECK_FALSE(is_non_transactional("CREATE INDEX i ON t (concurrently)"));
  CHECK_FALSE(is_non_transactional("ALTER TABLE p DETACH PARTITION c"));
  CHECK_FALSE(is_non_transactional("CREATE TABLE t (a int)"));
}

TEST_CASE("rollback_in_transaction: a step outside a transaction may be undone inside one") {
  const std::vector<std::string> rebuild{"ALTER TYPE public.mood RENAME TO mood__old",
                                         "CREATE TYPE public.mood AS ENUM ('a')",
                                         "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood",
                                         "DROP TYPE public.mood__old"};
  CHECK(rollback_in_transaction(true, rebuild));
  CHECK(rollback_in_transaction(false, rebuild));
  CHECK(rollback_in_transaction(false, {}));
  CHECK_FALSE(rollback_in_transaction(false, {"DROP INDEX CONCURRENTLY IF EXISTS public.i"}));
  CHECK_FALSE(rollback_in_transaction(false, {"SELECT 1", "do $$ BEGIN COMMIT; END $$"}));
  CHECK_FALSE(rollback_in_transaction(false, {"CALL public.backfill()"}));
  CHECK(rollback_in_transaction(false, {"UPDATE public.docall SET x = 1"}));
  // A transactional step keeps its transaction, whatever its statements say (the planner chose it).
  CHECK(rollback_in_transaction(true, {"DO $$ BEGIN NULL; END $$"}));
}
