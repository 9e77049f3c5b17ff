#!/bin/bash
# An enum value added is a step outside a transaction (the value cannot be used in the transaction that adds it);
# its rollback rebuilds the type in several statements, which down.sql and `apply --down` run in one transaction:
# a rollback that fails on a row still holding the added value leaves the type and the column as they were,
# never a half-rebuilt type (the old one renamed aside, the new one created, the column not converted).
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id integer PRIMARY KEY, mood mood);
SQL
sed "s/('sad', 'ok')/('sad', 'ok', 'happy')/" "$tmp/a.sql" >"$tmp/b.sql"
d=$(db a)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO person VALUES (1, 'ok')" >/dev/null
# The catalog listing without apply's own journal (schema schemaplan), which apply creates on its first run.
listing() { snap "$1" | grep -v schemaplan; }
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/plan"
expect_status 0 "a plan adding an enum value"
grep -q "^-- step 1: alter type public.mood (outside a transaction block)" "$tmp/plan/up.sql" ||
  fail "up.sql adds the value outside a transaction block"
awk '/^BEGIN;/ { b = NR } /RENAME TO/ && b { r = NR } /^COMMIT;/ && r { c = NR } END { exit !(b && r && c) }' \
  "$tmp/plan/down.sql" || { cat "$tmp/plan/down.sql" >&2; fail "down.sql rebuilds the type between BEGIN and COMMIT"; }
before=$(listing "$d")
sp apply --db "$(url "$d")" --plan "$tmp/plan" --allow-hazards unreversible-rollback
expect_status 0 "apply adds the value"
psql_ -d "$d" -c "INSERT INTO person VALUES (2, 'happy')" >/dev/null
after_up=$(listing "$d")

# The row holding 'happy' makes the rollback fail at the column's conversion: nothing of it may stay.
psql_ -d "$d" -f "$tmp/plan/down.sql" >"$tmp/down.out" 2>&1 && fail "down.sql should fail on the row holding 'happy'"
grep -q 'invalid input value for enum' "$tmp/down.out" || { cat "$tmp/down.out" >&2; fail "down.sql fails on the conversion"; }
[[ $(listing "$d") == "$after_up" ]] || fail "a failed down.sql left the schema half-rebuilt"
sp apply --db "$(url "$d")" --plan "$tmp/plan" --down --allow-hazards unreversible-rollback
[[ $status != 0 ]] || fail "apply --down should fail on the row holding 'happy'"
grep -q 'invalid input value for enum' "$tmp/stderr" || fail "apply --down fails on the conversion"
[[ $(listing "$d") == "$after_up" ]] || fail "a failed apply --down left the schema half-rebuilt"

# Without the row, it is undone whole.
psql_ -d "$d" -c "DELETE FROM person WHERE id = 2" >/dev/null
sp apply --db "$(url "$d")" --plan "$tmp/plan" --down --allow-hazards unreversible-rollback
expect_status 0 "apply --down once no row holds the value"
[[ $(listing "$d") == "$before" ]] || fail "apply --down restores the type"
pass "an added enum value is rolled back whole or not at all (down.sql and apply --down)"
