#!/bin/bash
# Reviewers see the cost up front (issue 11): with a live --from, plan.md's verdict classes each scan and rewrite
# by duration (seconds / minutes / hours at the throughput docs/hazards.md states) from the table's size, and
# --fail-on HAZARD>SIZE (table-rewrite>1MB, >500MB, >10GB) stops only the steps whose table is over SIZE. A
# table whose size is unknown (offline) counts as over it. A malformed size is a usage error (2).
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE big (id integer PRIMARY KEY, n integer, pad text);
CREATE TABLE small (id integer PRIMARY KEY, n integer);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE big (id integer PRIMARY KEY, n bigint, pad text);
CREATE TABLE small (id integer PRIMARY KEY, n bigint);
SQL
d=$(db a)
load "$d" "$tmp/a.sql"
# big: about 3 MB (heap and key index); small: one row, well under 1 MB.
psql_ -d "$d" -c "INSERT INTO big SELECT g, g, repeat('x', 100) FROM generate_series(1, 20000) g" \
  -c "INSERT INTO small VALUES (1, 1)" -c "ANALYZE big" -c "ANALYZE small" >/dev/null
[[ $(psql -X -At -d "$d" -c "SELECT pg_total_relation_size('big') > 1048576 AND pg_total_relation_size('small') < 1048576") == t ]] ||
  fail "fixture: big is over 1 MB and small under it"

# Simple: each ALTER ... TYPE rewrites its table in place.
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy simple --out "$tmp/out" --fail-on 'table-rewrite>1MB'
expect_status 1 "a rewrite of a table over 1 MB"
grep -q 'public.big.n): table-rewrite (public.big: [0-9.]* MB, over 1.0 MB)' "$tmp/stderr" ||
  fail "--fail-on names the step, the table's size and the threshold"
grep -q 'public.small' "$tmp/stderr" && fail "the rewrite of a table under the threshold is let through"
grep -q '^- \*\*Scans and rewrites take:\*\* seconds: steps [0-9], [0-9] (at 100 MB/s rewriting, 300 MB/s scanning' "$tmp/out/plan.md" ||
  fail "plan.md's verdict classes the rewrites by duration"
grep -q '| rewrite (~20000 rows, [0-9.]* MB, seconds) |' "$tmp/out/plan.md" || fail "the steps table gives the class beside the size"
durations=$(psql -X -At -d postgres -v "j=$(cat "$tmp/out/plan.json")" <<<"SELECT string_agg(s->>'action' || ' ' || (s->'object'->>'display') || '=' || coalesce(s->>'duration', 'null'), ';' ORDER BY s->'object'->>'display') FROM jsonb_array_elements((:'j')::jsonb->'steps') s")
[[ $durations == 'alter column public.big.n=seconds;alter column public.small.n=seconds' ]] ||
  fail "plan.json gives each rewrite's duration class, got $durations"

for threshold in 'table-rewrite>500MB' 'table-rewrite>10GB' 'table-rewrite>100mb'; do
  sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy simple --fail-on "$threshold"
  expect_status 0 "no table over the threshold ($threshold)"
done
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy simple --fail-on 'table-rewrite>10GB,table-rewrite'
expect_status 1 "a code given plainly as well counts every step"
pass "--fail-on table-rewrite>SIZE stops only rewrites of tables over SIZE; plan.md classes their duration"

# Offline: no size, so the threshold cannot clear the step.
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --strategy simple --fail-on 'table-rewrite>10GB'
expect_status 1 "offline, a rewrite of a table of unknown size"
grep -q 'size of public.big unknown: counted as over 10 GB' "$tmp/stderr" || fail "--fail-on says the size is unknown"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --strategy simple --format markdown
grep -q 'Scans and rewrites take' "$tmp/stdout" && fail "offline plan.md has no duration class"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --strategy simple --format json
grep -q '"duration": "' "$tmp/stdout" && fail "offline plan.json has no duration class"

for bad in 'table-rewrite>' 'table-rewrite>1XB' 'table-rewrite>GB' 'no-such>1GB'; do
  sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --fail-on "$bad"
  expect_status 2 "a malformed --fail-on ($bad)"
done
pass "offline the size is unknown and counts; malformed thresholds are usage errors"
