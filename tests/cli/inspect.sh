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
sp diff --from "$cli_dir/fixtures/rich.sql" --to "$tmp/inspected.sql"
expect_status 0 "offline diff of the fixture against inspect output"
! statements "$tmp/stdout" >/dev/null || fail "the fixture against inspect output should be an empty plan (offline)"
pass "inspect reproduces the schema"
