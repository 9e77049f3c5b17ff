#!/bin/bash
# inspect --db URL prints DDL that, loaded into an empty database, reproduces the schema exactly (compared by
# the oracle's catalog listing); the output is the same on every run; it feeds diff as a schema file.
source "$(dirname "$0")/lib.sh"

src=$(db src); copy=$(db copy)
load "$src" "$cli_dir/fixtures/rich.sql"

sp inspect --db "$(url "$src")"
expect_status 0 "inspect of a reachable database"
cp "$tmp/stdout" "$tmp/inspected.sql"
[[ -s $tmp/inspected.sql ]] || fail "inspect printed nothing"
psql_ -d "$copy" -f "$tmp/inspected.sql" >/dev/null 2>"$tmp/load.err" \
  || { cp "$tmp/load.err" "$tmp/stderr"; fail "inspect's output does not load into an empty database"; }
snap "$src" >"$tmp/src.snap"; snap "$copy" >"$tmp/copy.snap"
if ! cmp -s "$tmp/src.snap" "$tmp/copy.snap"; then
  diff "$tmp/src.snap" "$tmp/copy.snap" | head -20 >&2
  fail "the database rebuilt from inspect differs from the original (< original, > rebuilt)"
fi

sp inspect --db "$(url "$src")"
cmp -s "$tmp/stdout" "$tmp/inspected.sql" || fail "inspect is not byte-identical across two runs"

sp diff --from "$(url "$src")" --to "$tmp/inspected.sql"
expect_status 0 "diff of the database against its own inspect output"
! statements "$tmp/stdout" >/dev/null || fail "the database against its own inspect output should be an empty plan"
# The rebuilt database matches the hand-written fixture exactly: compared through PostgreSQL (the fixture is loaded
# into a temporary database). Offline, the fixture and inspect's output are not expected to compare equal:
# PostgreSQL rewrites expressions with casts only a type checker can infer (`length(name)` on a varchar column is
# stored as `length((name)::text)`), which is why SQL is compared with a database through a temporary database.
sp drift --db "$(url "$copy")" --schema "$cli_dir/fixtures/rich.sql"
expect_status 0 "drift of the rebuilt database against the fixture"
pass "inspect reproduces the schema"
