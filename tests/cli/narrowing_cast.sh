#!/bin/bash
# Type changes to a shorter string of another base type (text -> varchar(n), char(m) -> varchar(n), integer ->
# varchar(n)) go through an explicit cast, which PostgreSQL lets cut longer values without an error, in place
# (ALTER ... TYPE ... USING) and online (backfill and sync trigger) alike. The plan must say so: a data-dependent
# hazard whose rows (values longer than n) are counted from a live database; the figures are checked against
# what up.sql then actually cuts. Same-base narrowing (varchar(50) -> varchar(10)) fails instead: not this hazard.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE items (id integer PRIMARY KEY, label text, code character(8), qty integer, tag text);
CREATE INDEX items_tag_idx ON items (tag);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE items (id integer PRIMARY KEY, label character varying(5), code character varying(4), qty character varying(3), tag character varying(2));
CREATE INDEX items_tag_idx ON items (tag);
SQL
# label: 'abcdef' and 'longer one' are cut, 'abc  ' is not (trailing blanks), NULL is not (2);
# code: 'abcde' is cut, 'ab' (padded) is not (1); qty: 1000 and -100 are cut (2); tag: 'xyz' is cut (1).
d=$(db a)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO items VALUES (1, 'abcdef', 'abcde', 1000, 'xyz'), (2, 'abc  ', 'ab', 7, 'x'),
  (3, NULL, NULL, -100, NULL), (4, 'longer one', 'abcd', 999, 'yy')" >/dev/null

figures() {
  psql -X -At -d postgres -v "j=$(cat "$1")" <<<"SELECT string_agg(DISTINCT (c->>'column') || '=' || coalesce(c->>'rows', 'null'), ';') FROM jsonb_array_elements((:'j')::jsonb->'steps') s, jsonb_array_elements(s->'hazards') h, jsonb_array_elements(h->'counts') c WHERE h->>'code' = 'data-dependent' AND h->>'message' LIKE '%without an error%'"
}
want='code=1;label=2;qty=2;tag=1'
for strategy in online simple; do
  sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy "$strategy" --out "$tmp/$strategy"
  expect_status 0 "a $strategy plan"
  [[ $(figures "$tmp/$strategy/plan.json") == "$want" ]] || fail "$strategy: plan.json counts, got $(figures "$tmp/$strategy/plan.json")"
  grep -q 'converting label from text to character varying(5) cuts values longer than 5 characters to 5 without an error' "$tmp/$strategy/plan.md" ||
    fail "$strategy: plan.md names the truncation"
done
grep -q 'writes of such values are cut in the sync trigger' "$tmp/online/plan.md" || fail "online: the backfill's hazard speaks of the sync trigger"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --out "$tmp/offline"
expect_status 0 "an offline plan"
grep -q 'cuts values longer than 4 characters' "$tmp/offline/plan.md" || fail "offline: the hazard stands without figures"

# The figures are what up.sql cuts: compare the values before and after.
psql_ -d "$d" -c "CREATE TABLE before AS SELECT * FROM items" >/dev/null
psql_ -d "$d" -f "$tmp/online/up.sql" >/dev/null 2>"$tmp/up.err" || fail "up.sql: $(cat "$tmp/up.err")"
cut=$(psql_ -At -d "$d" -c "SELECT sum((rtrim(b.label, ' ') IS DISTINCT FROM rtrim(i.label, ' '))::int) || ';' ||
  sum((rtrim(b.code, ' ') IS DISTINCT FROM i.code)::int) || ';' || sum((b.qty::text IS DISTINCT FROM i.qty)::int) || ';' ||
  sum((b.tag IS DISTINCT FROM i.tag)::int) FROM before b JOIN items i USING (id)")
[[ $cut == "2;1;2;1" ]] || fail "up.sql cut label;code;qty;tag in $cut rows, the plan counted $want"
pass "narrowing casts: the rows an explicit cast cuts are named and counted ($want), and that is what up.sql cuts"
