#!/bin/bash
# Plans are byte-identical across runs: --out files, stdout in every format, offline and against databases.
source "$(dirname "$0")/lib.sh"

v1=$repo/schemas/examples/payments/v1 v2=$repo/schemas/examples/payments/v2
sp diff --from "$v1" --to "$v2" --out "$tmp/one"
expect_status 0 "offline diff of the payments example"
sp diff --from "$v1" --to "$v2" --out "$tmp/two"
for f in up.sql down.sql plan.md plan.json; do
  cmp -s "$tmp/one/$f" "$tmp/two/$f" || fail "$f differs between two offline runs: $(diff "$tmp/one/$f" "$tmp/two/$f" | head -5)"
done
for fmt in sql markdown json; do
  sp diff --from "$v1" --to "$v2" --format "$fmt"; cp "$tmp/stdout" "$tmp/first.$fmt"
  sp diff --from "$v1" --to "$v2" --format "$fmt"
  cmp -s "$tmp/stdout" "$tmp/first.$fmt" || fail "--format $fmt output differs between two runs"
done

# Against a database (introspection order must not leak into the plan): load v1 and plan to v2 twice.
a=$(db a)
# The example is written in any order (an index before its table): load it as the round-trip oracle does.
bash "$repo/tests/oracle/load.sh" "$a" "$v1" || fail "the payments example v1 does not load"
sp diff --from "$(url "$a")" --to "$v2" --out "$tmp/db1"
expect_status 0 "diff from the loaded v1 database to the v2 files"
sp diff --from "$(url "$a")" --to "$v2" --out "$tmp/db2"
for f in up.sql down.sql plan.md plan.json; do
  cmp -s "$tmp/db1/$f" "$tmp/db2/$f" || fail "$f differs between two runs against a database"
done
pass "plans are byte-identical across runs"
