#include "apply/interrupted_step.h"

#include <doctest/doctest.h>

using namespace schemaplan::apply;

TEST_CASE("index_built_concurrently reads the index and its table's schema") {
  CHECK(index_built_concurrently("CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)") ==
        IndexName{"public", "t_a_idx"});
  CHECK(index_built_concurrently("CREATE UNIQUE INDEX CONCURRENTLY \"Odd \"\"name\"\"\" ON \"My Schema\".\"T\" (a)") ==
        IndexName{"My Schema", "Odd \"name\""});
  CHECK(index_built_concurrently("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON ONLY s.t (a)") == IndexName{"s", "i"});
  CHECK_FALSE(index_built_concurrently("CREATE INDEX t_a_idx ON public.t (a)"));
  CHECK_FALSE(index_built_concurrently("CREATE INDEX CONCURRENTLYX i ON s.t (a)"));
  CHECK_FALSE(index_built_concurrently("ALTER TABLE public.t ADD COLUMN b text"));
}

TEST_CASE("index_dropped_concurrently and adds_enum_value") {
  CHECK(index_dropped_concurrently("DROP INDEX CONCURRENTLY public.\"products_priceCents_idx\"") ==
        IndexName{"public", "products_priceCents_idx"});
  CHECK(index_dropped_concurrently("DROP INDEX CONCURRENTLY IF EXISTS s.i") == IndexName{"s", "i"});
  CHECK_FALSE(index_dropped_concurrently("DROP INDEX public.i"));
  CHECK(adds_enum_value("ALTER TYPE public.\"OrderStatus\" ADD VALUE 'PARTIALLY_REFUNDED' AFTER 'COMPLETED'"));
  CHECK_FALSE(adds_enum_value("ALTER TYPE public.mood RENAME VALUE 'a' TO 'b'"));
}
