#!/bin/bash
# Rule 8: an enum losing values is swapped through text, which fails on rows still holding a removed value. The
# swap step carries a deletes-data hazard naming the removed values and the converted columns, always; with a
# live database as --from, plan.md and plan.json show how many rows of each column hold them now (one count per
# column, a scalar and an array column); from files, plan.json says they were not counted (null).
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TYPE mood AS ENUM ('sad', 'meh', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, mood mood, past mood[]);
CREATE TABLE other (id integer PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok');
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TABLE person (id integer PRIMARY KEY, mood mood, past mood[]);
CREATE TABLE other (id integer PRIMARY KEY, mood mood NOT NULL DEFAULT 'ok');
SQL
d=$(db a)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO person VALUES (1, 'meh', NULL), (2, 'happy', '{meh,sad}'), (3, 'meh', '{ok}'), (4, NULL, '{happy}')" \
  -c "INSERT INTO other VALUES (1, 'ok'), (2, 'ok')" >/dev/null

sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/out"
expect_status 0 "a plan removing an enum value"
grep -q "deletes-data\*\*: removes 'meh' from public.mood: converting public.other.mood, public.person.mood, public.person.past fails if rows still hold them" "$tmp/out/plan.md" ||
  fail "plan.md names the removed value and the columns"
grep -q 'rows holding them now: `public.other.mood`: 0, `public.person.mood`: 2, `public.person.past`: 1' "$tmp/out/plan.md" ||
  fail "plan.md shows the counted rows per column"
is_json "$tmp/out/plan.json" || fail "plan.json is valid JSON"
counts=$(psql -X -At -d postgres -v "j=$(cat "$tmp/out/plan.json")" <<<"SELECT string_agg(c->>'table' || '.' || (c->>'column') || '=' || coalesce(c->>'rows', 'null') || ' ' || (c->'values')::text, ';' ORDER BY c->>'column', c->>'table') FROM jsonb_array_elements((:'j')::jsonb->'steps') s, jsonb_array_elements(s->'hazards') h, jsonb_array_elements(h->'counts') c")
[[ $counts == 'public.other.mood=0 ["meh"];public.person.mood=2 ["meh"];public.person.past=1 ["meh"]' ]] ||
  fail "plan.json lists the counts beside the hazard, got: $counts"

# From files nothing is counted: the hazard is still there, the rows are null.
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format json
expect_status 0 "offline plan"
grep -q '"rows": null' "$tmp/stdout" || fail "offline counts are null"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format markdown
grep -q "removes 'meh' from public.mood" "$tmp/stdout" || fail "the offline hazard names the removed value"
grep -q "rows holding them now" "$tmp/stdout" && fail "offline plans show no counts"

# Only reordered: no value is removed, no deletes-data hazard and no count.
sed -i "s/('happy', 'ok', 'sad')/('happy', 'ok', 'meh', 'sad')/" "$tmp/b.sql"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --format json
expect_status 0 "a reordering plan"
grep -q 'deletes-data' "$tmp/stdout" && fail "a reordering removes nothing"
pass "removed enum values are named in the hazard and counted from a live database"
