#include <doctest/doctest.h>

#include "introspect/stored_expression.h"

using schemaplan::introspect::as_reloaded;

TEST_CASE("as_reloaded: a cast array of cast literals reads back as casts of its elements") {
  // What PostgreSQL 15 prints for `s IN ('a', 'b')` over a varchar column, and after loading that print again.
  CHECK(as_reloaded("((s)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))") ==
        "((s)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))");
  CHECK(as_reloaded("x = ANY ((ARRAY['it''s'::character varying, 'b,c'::character varying])::text[]) AND y") ==
        "x = ANY (ARRAY[('it''s'::character varying)::text, ('b,c'::character varying)::text]) AND y");
  // Already in the read-back form, or another shape: unchanged.
  for (const char* same : {"((s)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))",
                           "x = ANY ((ARRAY[1, 2])::bigint[])", "x = ANY ((ARRAY['a'::text, 'b'::text])::text[])",
                           "'(ARRAY[''a''::x])::text[]'", "x = ANY ((ARRAY[y, 'b'::character varying])::text[])",
                           "f((ARRAY['a'::character varying])::text[][])"})
    CHECK(as_reloaded(same) == same);
}
