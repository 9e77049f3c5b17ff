#!/bin/bash
# A plan never loads production: the row counts behind data-dependent and deletes-data hazards are bounded by
# --count-timeout. A table another session holds in ACCESS EXCLUSIVE mode cannot be counted (the count would wait
# for the lock, for ever): past the timeout the figure is the server's estimate (pg_class.reltuples and the
# column's null fraction from the last ANALYZE), marked estimated in plan.md, up.sql and plan.json ("exact":
# false). Unlocked, the count is exact ("exact": true); --no-counts asks nothing and shows no figure.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE big (id integer PRIMARY KEY, name text);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE big (id integer PRIMARY KEY, name text NOT NULL);
SQL
d=$(db a)
load "$d" "$tmp/a.sql"
# Statistics say 3 of 4 rows hold NULL; two more NULL rows come after the ANALYZE, so the exact count (5) and
# the estimate (3) differ.
psql_ -d "$d" -c "INSERT INTO big VALUES (1, NULL), (2, NULL), (3, NULL), (4, 'x')" -c "ANALYZE big" \
  -c "INSERT INTO big VALUES (5, NULL), (6, NULL)" >/dev/null

figures() {  # match table.column=rows/exact of each count in plan.json
  psql -X -At -d postgres -v "j=$(cat "$1")" <<<"SELECT string_agg((c->>'table') || '.' || (c->>'column') || '=' || coalesce(c->>'rows', 'null') || '/' || (c->>'exact'), ';') FROM jsonb_array_elements((:'j')::jsonb->'steps') s, jsonb_array_elements(s->'hazards') h, jsonb_array_elements(h->'counts') c"
}

# Unlocked: exact.
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/exact"
expect_status 0 "a plan adding NOT NULL"
[[ $(figures "$tmp/exact/plan.json") == 'public.big.name=5/true' ]] || fail "an exact count, got $(figures "$tmp/exact/plan.json")"
grep -q '(rows holding NULL now: `public.big.name`: 5)' "$tmp/exact/plan.md" || fail "plan.md shows the exact count"
grep -q 'Row figures are exact counts (`count(\*)` on the starting database).$' "$tmp/exact/plan.md" ||
  fail "plan.md says the figures are exact"

# Locked by another session: the count gives up after 300 ms and the estimate stands in.
psql -X -q -d "$d" -v ON_ERROR_STOP=1 \
  -c "SET application_name = '${prefix}_locker'" -c "BEGIN" -c "LOCK TABLE big IN ACCESS EXCLUSIVE MODE" \
  -c "SELECT pg_sleep(120)" >/dev/null 2>&1 &
locker=$!
trap 'kill "$locker" 2>/dev/null; cleanup' EXIT
for _ in $(seq 100); do
  [[ $(psql -X -At -d "$d" -c "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE a.application_name = '${prefix}_locker' AND l.mode = 'AccessExclusiveLock' AND l.relation = 'big'::regclass") == 1 ]] && break
  sleep 0.1
done
start=$(date +%s)
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --count-timeout 300ms --out "$tmp/estimated"
expect_status 0 "a plan while the table is locked"
(( $(date +%s) - start < 30 )) || fail "the diff waited for the lock"
[[ $(figures "$tmp/estimated/plan.json") == 'public.big.name=3/false' ]] ||
  fail "the estimate in place of the count, got $(figures "$tmp/estimated/plan.json")"
grep -q '(rows holding NULL now: `public.big.name`: ~3 (estimated, not counted in time))' "$tmp/estimated/plan.md" ||
  fail "plan.md marks the estimate"
grep -q 'except those marked estimated' "$tmp/estimated/plan.md" || fail "plan.md says which figures are exact"
grep -q '^-- hazard data-dependent: .*~3 (estimated, not counted in time))$' "$tmp/estimated/up.sql" ||
  fail "up.sql's hazard comment marks the estimate"
# The SQL output shows no table size, so diff reads none: the size query would wait for the lock as long as
# --count-timeout allows (a minute here).
start=$(date +%s)
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --count-timeout 60s --no-counts
expect_status 0 "an SQL plan while the table is locked"
(( $(date +%s) - start < 30 )) || fail "the SQL plan waited for the lock to read a size it does not show"
kill "$locker" 2>/dev/null
psql -X -q -d postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${prefix}_locker'" >/dev/null

# --no-counts: no figure at all.
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --no-counts --out "$tmp/none"
expect_status 0 "a plan without counts"
[[ $(figures "$tmp/none/plan.json") == 'public.big.name=null/false' ]] || fail "no count, got $(figures "$tmp/none/plan.json")"
grep -q 'rows holding NULL now' "$tmp/none/plan.md" && fail "--no-counts shows no figure"
grep -q 'Row figures' "$tmp/none/plan.md" && fail "--no-counts has no figures to qualify"

sp diff --from "$(url "$d")" --to "$tmp/b.sql" --count-timeout soon
expect_status 2 "a bad --count-timeout"
expect_stderr "count-timeout: 'soon' is not a duration" "the usage error names the flag"
pass "row counts are bounded by --count-timeout, estimated past it and marked so, and skipped with --no-counts; no size is read for output that shows none"
