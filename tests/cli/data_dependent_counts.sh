#!/bin/bash
# Steps that fail on some existing rows (issue 11): a new CHECK (rows violating it), a new foreign key (orphans),
# a new unique constraint or index (duplicated values), a type change whose cast rejects values (text -> integer,
# bigint -> integer, a shorter varchar). Each carries a data-dependent hazard; with a live --from the rows are
# counted, and plan.json, plan.md and up.sql show the figures, on the step that fails (online: the VALIDATE,
# the concurrent index build, the backfill). Offline and with --no-counts the hazard stands without figures; a
# count past --count-timeout becomes the planner's estimate, marked as such. Every figure is checked against
# the data: each step fails as announced, and once the counted rows are fixed the plan runs.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE customers (id integer PRIMARY KEY, email text, code text, name varchar(50));
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric, ref text, qty bigint);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE customers (id integer PRIMARY KEY, email text, code integer, name varchar(10));
CREATE UNIQUE INDEX customers_email_key ON customers (email);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer CONSTRAINT orders_customer_fk REFERENCES customers (id),
  total numeric CONSTRAINT orders_total_check CHECK (total >= 0),
  ref text CONSTRAINT orders_ref_key UNIQUE,
  qty integer
);
SQL
# Violations, one kind of each per column, and rows that must not count: NULLs (a CHECK, a key and a foreign
# key let them pass), a value repeated in another column only, a number with blanks around it.
cat >"$tmp/data.sql" <<'SQL'
INSERT INTO customers VALUES
  (1, 'a@x', '12', 'short'), (2, 'a@x', 'x7', 'a name far too long'), (3, NULL, NULL, NULL),
  (4, NULL, ' 99999999999 ', 'ten chars '), (5, 'b@x', ' -3 ', 'ok'), (6, 'a@x', '4', 'ok'), (7, 'c@x', '1.5', NULL);
INSERT INTO orders VALUES
  (1, 1, 10, 'r1', 1), (2, 99, -5, 'r1', 3000000000), (3, NULL, -1, 'r2', 2), (4, 98, NULL, NULL, -3000000000),
  (5, 5, 0, NULL, 7), (6, 98, 3, 'r3', NULL), (7, 6, 1, 'r3', 2), (8, 6, 2, 'r3', 2);
SQL
d=$(db a)
load "$d" "$tmp/a.sql"
load "$d" "$tmp/data.sql"

# code(table.column)=rows/exact of each data-dependent count in plan.json, sorted.
figures() {
  psql -X -At -d postgres -v "j=$(cat "$1")" <<<"SELECT string_agg((c->>'match') || ':' || (c->>'table') || '.' || (c->>'column') || '=' || coalesce(c->>'rows', 'null') || '/' || (c->>'exact'), ';' ORDER BY c->>'match', c->>'table', c->>'column', c->>'condition') FROM jsonb_array_elements((:'j')::jsonb->'steps') s, jsonb_array_elements(s->'hazards') h, jsonb_array_elements(h->'counts') c WHERE h->>'code' = 'data-dependent'"
}
# customers: email a@x three times (1 duplicated value); code 'x7', '1.5' and ' 99999999999 ' fail (3);
# name 'a name far too long' fails, 'ten chars ' fits (its trailing blank is cut). orders: total -5 and -1 (2);
# customer 99 and 98 twice (3 orphans); ref r1 twice and r3 three times (2 duplicated values); qty +-3e9 (2).
want='duplicates:public.customers.=1/true;duplicates:public.orders.=2/true;where:public.customers.code=3/true;where:public.customers.name=1/true;where:public.orders.=2/true;where:public.orders.=3/true;where:public.orders.qty=2/true'

sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/online"
expect_status 0 "an online plan"
is_json "$tmp/online/plan.json" || fail "plan.json is valid JSON"
[[ $(figures "$tmp/online/plan.json") == "$want" ]] || fail "plan.json counts, got $(figures "$tmp/online/plan.json")"
md=$tmp/online/plan.md
grep -q 'data-dependent\*\*: CHECK orders_total_check fails while rows of public.orders violate it: fix them first (rows failing it now: `public.orders`: 2)' "$md" ||
  fail "plan.md counts the CHECK's violations"
grep -q 'data-dependent\*\*: foreign key orders_customer_fk fails while rows of public.orders reference no row of public.customers: .* (rows failing it now: `public.orders`: 3)' "$md" ||
  fail "plan.md counts the orphans"
grep -q 'data-dependent\*\*: unique constraint orders_ref_key fails .* (duplicated values now: `public.orders`: 2)' "$md" ||
  fail "plan.md counts the duplicated values of a unique constraint"
grep -q 'data-dependent\*\*: unique index customers_email_key fails .* (duplicated values now: `public.customers`: 1)' "$md" ||
  fail "plan.md counts the duplicated values of a unique index"
grep -q 'data-dependent\*\*: converting code from text to integer fails .* (rows failing it now: `public.customers.code`: 3)' "$md" ||
  fail "plan.md counts the values text -> integer rejects"
grep -q 'converting code from text to integer .*: fix them first; from the expand on, writes of such values fail in the sync trigger (rows' "$md" ||
  fail "online, the hazard also warns of writes failing in the sync trigger"
grep -q 'data-dependent\*\*: converting name from character varying(50) to character varying(10) fails .* (rows failing it now: `public.customers.name`: 1)' "$md" ||
  fail "plan.md counts the values too long for the shorter varchar"
# Online, the hazard sits on the step that fails.
for pair in 'validate constraint public.orders.orders_total_check:CHECK orders_total_check' \
  'validate foreign key public.orders.orders_customer_fk:foreign key orders_customer_fk' \
  'build unique index public.orders.orders_ref_key:unique constraint orders_ref_key' \
  'backfill column public.customers.code:converting code' 'backfill column public.orders.qty:converting qty'; do
  grep -A2 -- "^-- step [0-9]*: ${pair%%:*}\( (outside a transaction block)\)\?\$" "$tmp/online/up.sql" | grep -q -- "^-- hazard data-dependent: ${pair#*:} .*: [0-9]*)\$" ||
    fail "up.sql: the hazard of '${pair#*:}' is on '${pair%%:*}', with its count"
done

# Simple: the plain ALTER fails, and carries the same figures.
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy simple --out "$tmp/simple"
expect_status 0 "a simple plan"
[[ $(figures "$tmp/simple/plan.json") == "$want" ]] || fail "simple plan.json counts, got $(figures "$tmp/simple/plan.json")"

# Each step fails as announced: with the counted rows fixed, one kind at a time, the plan still fails until the
# last one is fixed; then it runs.
psql -X -q -v ON_ERROR_STOP=1 -d "$d" -f "$tmp/simple/up.sql" >/dev/null 2>&1 && fail "up.sql runs although rows violate it"
fixes=(
  "UPDATE orders SET total = 0 WHERE NOT (total >= 0)"
  "UPDATE orders SET customer_id = NULL WHERE customer_id NOT IN (SELECT id FROM customers)"
  "UPDATE orders SET ref = ref || id WHERE ref IN ('r1', 'r3')"
  "UPDATE orders SET qty = 0 WHERE qty NOT BETWEEN -2147483648 AND 2147483647"
  "UPDATE customers SET email = email || id WHERE email = 'a@x'"
  "UPDATE customers SET code = NULL WHERE code IN ('x7', '1.5', ' 99999999999 ')"
  "UPDATE customers SET name = left(name, 10) WHERE id = 2"
)
for f in "${fixes[@]}"; do
  psql -X -q -v ON_ERROR_STOP=1 -d "$d" -f "$tmp/simple/up.sql" >/dev/null 2>&1 && fail "up.sql runs before: $f"
  psql_ -d "$d" -c "$f" >/dev/null || fail "fixture fix: $f"
done
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/fixed"
expect_status 0 "a plan after the fixes"
[[ $(figures "$tmp/fixed/plan.json") == "${want//=[0-9]\//=0/}" ]] || fail "every count is 0 once fixed, got $(figures "$tmp/fixed/plan.json")"
psql_ -d "$d" -f "$tmp/fixed/up.sql" >/dev/null 2>&1 || fail "the online plan runs once the counted rows are fixed"
pass "new CHECK, foreign key, unique key and index, and failing casts are counted, on the step that fails"

# Offline and --no-counts: the hazards, no figures.
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --out "$tmp/offline"
expect_status 0 "an offline plan"
[[ $(figures "$tmp/offline/plan.json") == "${want//=[0-9]\/true/=null/false}" ]] ||
  fail "offline: the hazards without figures, got $(figures "$tmp/offline/plan.json")"
grep -q 'rows failing it now\|duplicated values now' "$tmp/offline/plan.md" && fail "offline plans show no counts"
e=$(db again)
load "$e" "$tmp/a.sql"
load "$e" "$tmp/data.sql"
sp diff --from "$(url "$e")" --to "$tmp/b.sql" --no-counts --out "$tmp/nocounts"
expect_status 0 "a plan with --no-counts"
[[ $(figures "$tmp/nocounts/plan.json") == "${want//=[0-9]\/true/=null/false}" ]] ||
  fail "--no-counts: no figures, got $(figures "$tmp/nocounts/plan.json")"
pass "offline and with --no-counts the hazards stand without figures"

# A count past --count-timeout: a CHECK whose test is slow (10 ms a row, 200 rows) is estimated by EXPLAIN.
cat >"$tmp/slow_a.sql" <<'SQL'
CREATE TABLE readings (id integer PRIMARY KEY, v integer);
SQL
cat >"$tmp/slow_b.sql" <<'SQL'
CREATE TABLE readings (id integer PRIMARY KEY, v integer CONSTRAINT readings_slow CHECK (v > 0 AND pg_sleep(0.01) IS NOT NULL));
SQL
s=$(db slow)
load "$s" "$tmp/slow_a.sql"
psql_ -d "$s" -c "INSERT INTO readings SELECT g, g - 5 FROM generate_series(1, 200) g" -c "ANALYZE readings" >/dev/null
start=$(date +%s)
sp diff --from "$(url "$s")" --to "$tmp/slow_b.sql" --count-timeout 300ms --out "$tmp/slow"
expect_status 0 "a plan whose count takes too long"
(( $(date +%s) - start < 20 )) || fail "the diff waited for the slow count"
got=$(figures "$tmp/slow/plan.json")
[[ $got =~ ^where:public\.readings\.=[0-9]+/false$ ]] || fail "the planner's estimate in place of the count, got $got"
grep -q '(rows failing it now: `public.readings`: ~[0-9]* (estimated, not counted in time))' "$tmp/slow/plan.md" ||
  fail "plan.md marks the estimate"
pass "a condition count past --count-timeout becomes the planner's estimate, marked as such"

# A condition that cannot run on the starting database (it names a column the plan adds): no figure, no error.
cat >"$tmp/new_b.sql" <<'SQL'
CREATE TABLE readings (id integer PRIMARY KEY, v integer, w integer DEFAULT 1 CONSTRAINT readings_w CHECK (w > 0));
SQL
sp diff --from "$(url "$s")" --to "$tmp/new_b.sql" --out "$tmp/new"
expect_status 0 "a plan whose count cannot run yet"
[[ $(figures "$tmp/new/plan.json") == 'where:public.readings.=null/false' ]] ||
  fail "a count that cannot run stays unset, got $(figures "$tmp/new/plan.json")"
pass "a count naming what the plan adds is left unset"
