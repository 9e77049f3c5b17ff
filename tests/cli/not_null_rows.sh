#!/bin/bash
# A NOT NULL the plan adds can fail on the rows already there: an existing column made NOT NULL fails while rows
# hold NULL in it (a default set in the same change does not fill them), a new NOT NULL column without a default
# fails while the table has any row. Both carry a data-dependent hazard on the step that fails (online: the
# validation of the helper CHECK; simple: the ALTER itself); with a live --from the rows are counted, and up.sql,
# plan.md, plan.json and the text format show the counts.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE "User" (id text PRIMARY KEY, name text);
CREATE TABLE empty_one (id integer PRIMARY KEY);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE "User" (id text PRIMARY KEY, name text NOT NULL DEFAULT '', "updatedAt" timestamp(3) NOT NULL);
CREATE TABLE empty_one (id integer PRIMARY KEY, added integer NOT NULL);
SQL
d=$(db a)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO \"User\" VALUES ('u1', NULL), ('u2', 'Ann'), ('u3', NULL)" >/dev/null

sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/out"
expect_status 0 "a plan adding NOT NULL"
grep -q 'data-dependent\*\*: SET NOT NULL on name fails while rows of public."User" hold NULL in it: fill them first (rows holding NULL now: `public."User".name`: 2)' "$tmp/out/plan.md" ||
  fail "plan.md counts the NULLs of the column made NOT NULL"
grep -q 'data-dependent\*\*: new column updatedAt is NOT NULL without a default: .* (rows now: `public."User"`: 3)' "$tmp/out/plan.md" ||
  fail "plan.md counts the rows a new NOT NULL column without default fails on"
grep -q 'new column added is NOT NULL without a default: .* (rows now: `public.empty_one`: 0)' "$tmp/out/plan.md" ||
  fail "an empty table is counted too"
grep -q '^-- hazard data-dependent: SET NOT NULL on name .* (rows holding NULL now: public."User".name: 2)$' "$tmp/out/up.sql" ||
  fail "up.sql's hazard comment carries the count"
# The hazard sits on the step that fails: the validation of the helper CHECK.
grep -B3 'hazard data-dependent: SET NOT NULL on name' "$tmp/out/up.sql" | grep -q 'step .*: validate not-null check' ||
  fail "online, the validation step carries the hazard"
is_json "$tmp/out/plan.json" || fail "plan.json is valid JSON"
counts=$(psql -X -At -d postgres -v "j=$(cat "$tmp/out/plan.json")" <<<"SELECT string_agg((c->>'match') || ' ' || (c->>'table') || '.' || (c->>'column') || '=' || coalesce(c->>'rows', 'null'), ';' ORDER BY c->>'table', c->>'match') FROM jsonb_array_elements((:'j')::jsonb->'steps') s, jsonb_array_elements(s->'hazards') h, jsonb_array_elements(h->'counts') c WHERE h->>'code' = 'data-dependent'")
[[ $counts == 'all public."User".=3;null public."User".name=2;all public.empty_one.=0' ]] ||
  fail "plan.json lists the counts with what they match, got: $counts"

# The plan fails as announced; filled first, it runs.
psql -X -q -v ON_ERROR_STOP=1 -d "$d" -f "$tmp/out/up.sql" >/dev/null 2>&1 && fail "up.sql runs although rows hold NULL"
psql_ -d "$d" -f "$tmp/out/down.sql" >/dev/null 2>&1 || true
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy simple --format text
expect_status 0 "a simple plan"
grep -q '\[data-dependent\] (rows holding NULL now: public."User".name: 2)' "$tmp/stdout" || fail "the text format shows the count"

# From files: the hazard is there, nothing counted.
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format markdown
expect_status 0 "offline plan"
grep -q 'SET NOT NULL on name fails while rows' "$tmp/stdout" || fail "the offline plan names the hazard"
grep -q 'rows holding NULL now' "$tmp/stdout" && fail "offline plans show no counts"
pass "a NOT NULL that existing rows would break is flagged data-dependent and counted from a live database"
