#!/bin/bash
# The key swap's contract locks several tables (key_column_type.cpp): the child, then the parent. A writer that
# takes them the other way round (a transaction inserting a parent, then a child with it) deadlocks with a plain
# LOCK TABLE of both: each waits for the other, and PostgreSQL aborts one of them after deadlock_timeout. The
# contract's lock is tried again briefly instead (ddl::lock_tables_retrying), so up.sql must go through while
# such writers run, and no writer may fail or wait much longer than one attempt. The writer holds the
# parent for 0.8 s of each ~0.9 s round, so a plain LOCK would nearly always start inside that window.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/writer.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE parents (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parents (id));
SQL
sed -e 's/id integer PRIMARY KEY, name/id bigint PRIMARY KEY, name/' -e 's/parent_id integer/parent_id bigint/' \
  "$tmp/a.sql" >"$tmp/b.sql"
d=$(db lock_order)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO parents SELECT g, 'p' || g FROM generate_series(1, 1000) g" \
  -c "INSERT INTO orders SELECT g, g FROM generate_series(1, 1000) g" >/dev/null
# deadlock_timeout 1s (the server's default, said here so the test does not depend on it): each attempt of the
# contract's lock waits at most 500 ms.
psql_ -d "$d" -c "ALTER DATABASE $d SET deadlock_timeout = '1s'" >/dev/null
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --lock-timeout 3s --out "$tmp/plan"
expect_status 0 "diff"
grep -qxF 'DO $schemaplan$' "$tmp/plan/up.sql" || fail "the contract should lock through a DO block"
grep -qE '^ +LOCK TABLE public\.orders, public\.parents IN ACCESS EXCLUSIVE MODE;' "$tmp/plan/up.sql" \
  || fail "the contract should lock the child, then the parent"

# Parent first, then the child, in one transaction, holding the parent's lock across a sleep. The writer's own
# lock_timeout (1.5 s) fails it if it ever waits much longer than one attempt of the contract's lock (500 ms) and
# the contract's short transaction.
round() {
  echo "BEGIN;"
  echo "SET LOCAL lock_timeout = '1500ms';"
  echo "INSERT INTO parents (id, name) VALUES ($1, 'w$1');"
  echo "SELECT pg_sleep(0.8);"
  echo "INSERT INTO orders (id, parent_id) VALUES ($1, $1);"
  echo "COMMIT;"
}
# The phases before the contract run first, alone: the expand's triggers wait for the writer's transaction and
# would fall into step with it, so the contract would start in the gap between two rounds rather than inside one.
mv "$tmp/plan/up.sql" "$tmp/full.sql"
sed -n '1,/^-- ==== phase: contract ====$/p' "$tmp/full.sql" >"$tmp/before.sql"
sed -n '/^-- ==== phase: contract ====$/,$p' "$tmp/full.sql" >"$tmp/plan/up.sql"
grep -q 'swap key column public.parents.id' "$tmp/plan/up.sql" || fail "the contract phase should swap the parent's key"
load "$d" "$tmp/before.sql"
up_under_writer "$d" 1000001 1 round
inserted=$(($(cat "$tmp/next_id") - 1000001))
((inserted >= 3)) || fail "the writer committed only $inserted rounds while up.sql ran: too few to judge"
[[ $(psql_ -At -d "$d" -c "SELECT count(*) FROM orders o JOIN parents p ON p.id = o.parent_id WHERE o.id > 1000000") \
  == "$inserted" ]] || fail "the writer's $inserted orders should all be there with their parents"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --exit-code
expect_status 0 "nothing left to do after up.sql"
pass "the contract's lock gave way to $inserted parent-then-child writers; up.sql went through (${up_ms} ms)"
