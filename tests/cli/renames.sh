#!/bin/bash
# Rule 7 end to end: a declared column rename (-- schemaplan:renamed-from) keeps its values. The three phases are
# planned up front (--phase), then applied one by one as a release would: after expand, old code writing the old
# name and new code writing the new name both see their rows in the other column (the sync trigger); after the
# contract only the new name is left, with every value. down.sql of each phase, contract first, brings the old
# name and its values back. The simple strategy renames in place instead.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE people (id integer PRIMARY KEY, mail text NOT NULL, age integer);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE people (
  id integer PRIMARY KEY,
  -- schemaplan:renamed-from mail
  email text NOT NULL,
  age integer
);
SQL
d=$(db rename)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO people SELECT g, 'p' || g || '@example.com', g FROM generate_series(1, 25) g" >/dev/null
before=$(psql_ -At -d "$d" -c "SELECT string_agg(id || '=' || mail, ',' ORDER BY id) FROM people")

for phase in expand backfill contract; do
  sp diff --from "$(url "$d")" --to "$tmp/b.sql" --phase "$phase" --batch-size 7 --out "$tmp/$phase"
  expect_status 0 "diff --phase $phase"
done
grep -q 'ADD COLUMN email' "$tmp/expand/up.sql" || fail "expand should add the new column: $(cat "$tmp/expand/up.sql")"
grep -q 'DROP COLUMN mail' "$tmp/expand/up.sql" && fail "expand must not drop the old column"
grep -q 'DROP COLUMN mail' "$tmp/contract/up.sql" || fail "contract should drop the old column: $(cat "$tmp/contract/up.sql")"
grep -q 'LIMIT 7' "$tmp/backfill/up.sql" || fail "backfill should run in batches of --batch-size: $(cat "$tmp/backfill/up.sql")"
grep -q 'RENAME COLUMN' "$tmp/expand/up.sql" "$tmp/contract/up.sql" && fail "online renames a plain column by expand/contract"

apply() { psql_ -d "$d" -f "$1" >/dev/null 2>"$tmp/apply.err" || fail "$1 fails: $(cat "$tmp/apply.err")"; }
apply "$tmp/expand/up.sql"
# Old code (knows only mail) and new code (writes email) at once.
psql_ -d "$d" -c "INSERT INTO people (id, mail) VALUES (100, 'old@example.com')" -c "INSERT INTO people (id, email) VALUES (101, 'new@example.com')" \
  -c "UPDATE people SET mail = 'p1-changed@example.com' WHERE id = 1" >/dev/null || fail "old and new code cannot both write after expand"
got=$(psql_ -At -d "$d" -c "SELECT string_agg(id || ':' || coalesce(mail, '-') || ':' || coalesce(email, '-'), ',' ORDER BY id) FROM people WHERE id IN (1, 100, 101)")
[[ $got == "1:p1-changed@example.com:p1-changed@example.com,100:old@example.com:old@example.com,101:new@example.com:new@example.com" ]] \
  || fail "the sync trigger should copy writes both ways, got $got"
apply "$tmp/backfill/up.sql"
[[ $(psql_ -At -d "$d" -c "SELECT count(*) FROM people WHERE email IS DISTINCT FROM mail") == 0 ]] || fail "backfill left rows behind"
# Resumable: running the backfill again changes nothing and succeeds.
apply "$tmp/backfill/up.sql"
apply "$tmp/contract/up.sql"
[[ $(psql_ -At -d "$d" -c "SELECT count(*) FROM information_schema.columns WHERE table_name = 'people' AND column_name = 'mail'") == 0 ]] \
  || fail "mail should be gone after the contract"
psql_ -d "$d" -c "UPDATE people SET mail = 'p1@example.com' WHERE id = 1" -c "DELETE FROM people WHERE id IN (100, 101)" >/dev/null 2>&1 \
  && fail "mail should be gone"
psql_ -d "$d" -c "UPDATE people SET email = 'p1@example.com' WHERE id = 1" -c "DELETE FROM people WHERE id IN (100, 101)" >/dev/null
after=$(psql_ -At -d "$d" -c "SELECT string_agg(id || '=' || email, ',' ORDER BY id) FROM people")
[[ $after == "$before" ]] || fail "values lost through the rename: $before -> $after"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --exit-code
expect_status 0 "after the three phases nothing is left to do"

for phase in contract backfill expand; do apply "$tmp/$phase/down.sql"; done
back=$(psql_ -At -d "$d" -c "SELECT string_agg(id || '=' || mail, ',' ORDER BY id) FROM people")
[[ $back == "$before" ]] || fail "down.sql should bring mail and its values back: $back"
[[ $(psql_ -At -d "$d" -c "SELECT count(*) FROM information_schema.columns WHERE table_name = 'people' AND column_name = 'email'") == 0 ]] \
  || fail "down.sql leaves email behind"
[[ $(psql_ -At -d "$d" -c "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal") == 0 ]] || fail "down.sql leaves the sync trigger behind"
[[ $(psql_ -At -d "$d" -c "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'people'::regclass AND attname = 'mail'") == t ]] \
  || fail "mail should be NOT NULL again"

sp diff --from "$(url "$d")" --to "$tmp/b.sql" --strategy simple
expect_status 0 "diff --strategy simple"
grep -q 'RENAME COLUMN mail TO email' "$tmp/stdout" || fail "simple should rename in place"
grep -q 'ADD COLUMN' "$tmp/stdout" && fail "simple should not add a column"

# Without the hint: a drop plus an add, and the hazard says how to declare the rename.
grep -v 'renamed-from' "$tmp/b.sql" >"$tmp/nohint.sql"
sp diff --from "$(url "$d")" --to "$tmp/nohint.sql"
grep -q 'hazard deletes-data: drops column mail .*schemaplan:renamed-from mail' "$tmp/stdout" \
  || fail "the drop's hazard should suggest the hint"

# A hint that names nothing is an error pointing at it.
printf 'CREATE TABLE people (id integer PRIMARY KEY);\n-- schemaplan:renamed-from x\n' >"$tmp/bad.sql"
sp diff --from empty --to "$tmp/bad.sql"
expect_status 2 "dangling hint"
expect_stderr 'bad.sql:2:1: error: schemaplan:renamed-from names no' "dangling hint"
pass "renames: a renamed column keeps its values through expand/backfill/contract and back; simple renames in place"
