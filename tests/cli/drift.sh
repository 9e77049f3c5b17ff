#!/bin/bash
# drift --db URL --schema PATH: exit 0 when the database matches, 1 when it drifted (saying what differs, in
# text, json or markdown), 2 on any error.
source "$(dirname "$0")/lib.sh"

schema=$repo/tests/cases/enums/add_value_before_after/b.sql
d=$(db d)
load "$d" "$schema"

sp drift --db "$(url "$d")" --schema "$schema"
expect_status 0 "drift on a matching database"
for fmt in text json markdown; do
  sp drift --db "$(url "$d")" --schema "$schema" --format "$fmt"
  expect_status 0 "drift --format $fmt on a matching database"
done

psql_ -d "$d" -c 'ALTER TABLE plans ADD COLUMN sneaky_column integer' -c "ALTER TYPE priority ADD VALUE 'hotfix'"
sp drift --db "$(url "$d")" --schema "$schema"
expect_status 1 "drift after a column was added by hand"
grep -q sneaky_column "$tmp/stdout" "$tmp/stderr" || fail "drift should name what differs (sneaky_column)"
sp drift --db "$(url "$d")" --schema "$schema" --format json
expect_status 1 "drift --format json after drift"
is_json "$tmp/stdout" || fail "drift --format json should print valid JSON"
grep -q sneaky_column "$tmp/stdout" || fail "drift --format json should name sneaky_column"
sp drift --db "$(url "$d")" --schema "$schema" --format markdown
expect_status 1 "drift --format markdown after drift"
grep -q sneaky_column "$tmp/stdout" || fail "drift --format markdown should name sneaky_column"

sp drift --db "$(url "$d")" --schema "$tmp/missing.sql"
expect_status 2 "drift with a missing schema file"
echo 'CREATE TABLE (' >"$tmp/bad.sql"
sp drift --db "$(url "$d")" --schema "$tmp/bad.sql"
expect_status 2 "drift with a malformed schema file"
sp drift --db "postgresql://$PGUSER@127.0.0.1:1/x" --schema "$schema"
expect_status 2 "drift against an unreachable database"
sp drift --db "$(url "$d")" --schema "$schema" --format yaml
expect_status 2 "drift with an unknown format"
pass "drift exits 0 / 1 / 2"

# Between an expand and its contract the database holds schemaplan's helpers: drift says a migration is in
# progress (and still exits 1: the database is not the schema yet).
m=$(db m)
printf 'CREATE TABLE t (id int PRIMARY KEY, q integer);\n' >"$tmp/m_a.sql"
printf 'CREATE TABLE t (id int PRIMARY KEY, q bigint);\n' >"$tmp/m_b.sql"
load "$m" "$tmp/m_a.sql"
sp diff --from "$(url "$m")" --to "$tmp/m_b.sql" --phase expand --out "$tmp/expand"
expect_status 0 "diff --phase expand of a rewriting type change"
psql_ -d "$m" -f "$tmp/expand/up.sql" >/dev/null || fail "the expand phase should apply"
sp drift --db "$(url "$m")" --schema "$tmp/m_b.sql"
expect_status 1 "drift between expand and contract"
grep -q "contract phase has not yet" "$tmp/stderr" || fail "drift should say a migration is between expand and contract"
sp drift --db "$(url "$d")" --schema "$schema"
grep -q "contract phase" "$tmp/stderr" && fail "drift by hand is not a migration in progress"
pass "drift names a migration between its expand and contract phases"
