#!/bin/bash
# --dev-db URL: SQL files are loaded into the named scratch database (emptied first, reused) instead of a
# temporary database, for roles without CREATEDB; the plan is the same, and no temporary database appears.
source "$(dirname "$0")/lib.sh"

a=$(db a); dev=$(db dev)
echo 'CREATE TABLE t (id integer PRIMARY KEY);' >"$tmp/a.sql"
printf '%s\n' 'CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL DEFAULT '"'x'"');' \
  'CREATE INDEX t_name_idx ON t (name);' >"$tmp/b.sql"
load "$a" "$tmp/a.sql"
# The scratch database belongs to a role that may not create databases (the case --dev-db exists for): if the
# tool tried to create a temporary database the run would fail, so success proves it did not. (Counting databases
# before and after would race with the tests running beside this one.)
role=${prefix}_nocreatedb
psql_ -d postgres -c "DROP ROLE IF EXISTS $role" -c "CREATE ROLE $role LOGIN NOCREATEDB" >/dev/null || fail "cannot create role $role"
trap 'cleanup; psql -X -q -d postgres -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1' EXIT
psql_ -d postgres -c "ALTER DATABASE $dev OWNER TO $role" >/dev/null || fail "cannot hand $dev to $role"
dev_url="postgresql://$role@$PGHOST:$PGPORT/$dev"
# Leftovers in the scratch database must not leak into the comparison.
PGUSER=$role psql_ -d "$dev" -c "CREATE SCHEMA junk; CREATE TABLE junk.old (x int); CREATE TABLE public.stale (y int);" >/dev/null \
  || fail "cannot leave objects in the scratch database"

sp diff --from "$(url "$a")" --to "$tmp/b.sql" --dev-db "$dev_url" --out "$tmp/plan"
expect_status 0 "diff with --dev-db (as a role that cannot create databases)"
grep -q 'ADD COLUMN name text' "$tmp/plan/up.sql" || fail "the plan should add the column"
grep -q 'stale\|junk' "$tmp/plan/up.sql" && fail "objects left in the scratch database leaked into the plan"
# The scratch database now holds the desired schema, nothing else.
[[ $(psql -X -qAt -d "$dev" -c "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname NOT IN ('pg_catalog','information_schema','pg_toast') AND relkind = 'r'") == "t" ]] \
  || fail "the scratch database should hold exactly the desired tables"
# Applying the plan and checking drift through the same scratch database: no drift.
psql_ -d "$a" -f "$tmp/plan/up.sql" >/dev/null || fail "up.sql does not apply"
sp drift --db "$(url "$a")" --schema "$tmp/b.sql" --dev-db "$dev_url"
expect_status 0 "drift with --dev-db after applying the plan"
pass "--dev-db loads into the scratch database and reuses it"
