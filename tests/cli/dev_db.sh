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

# A --dev-db that is the compared database itself, spelled another way (a conninfo against a URL): refused before
# anything is emptied (schemaplan used to empty it and plan against the wreck, exit 0).
same="host=$PGHOST port=$PGPORT user=$PGUSER dbname=$a"
sp diff --from "$(url "$a")" --to "$tmp/b.sql" --dev-db "$same"
expect_status 2 "--dev-db naming the --from database"
expect_stderr "dev-db names the same database as" "the refusal says why"
[[ $(psql -X -qAt -d "$a" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 't'") == 1 ]] \
  || fail "the --from database lost its table"
sp drift --db "$(url "$a")" --schema "$tmp/b.sql" --dev-db "$same"
expect_status 2 "drift with --dev-db naming the database checked"

# Drift over several databases through one scratch database: the schema is loaded once, and no target (nor the
# scratch database itself) is read while it is emptied (this failed with "cache lookup failed for type").
b=$(db b)
load "$b" "$tmp/a.sql"
sp drift --db "$(url "$a")" --db "$(url "$b")" --db "$(url "$a")" --schema "$tmp/b.sql" --dev-db "$dev_url" --jobs 2
expect_status 1 "a fleet through --dev-db: one drifted"
grep -q "^drifted $(url "$b"): 2 changes" "$tmp/stdout" || fail "the database not yet migrated drifted"
grep -q '^3 databases: 2 match, 1 drifted, 0 could not be checked$' "$tmp/stdout" || fail "two match (a was migrated above), one drifted"
sp drift --db "$(url "$b")" --db "$same" --schema "$tmp/b.sql" --dev-db "$(url "$a")"
expect_status 2 "a fleet whose --dev-db is one of the databases checked"
expect_stderr "dev-db names the same database as" "the fleet's refusal says why"
[[ $(psql -X -qAt -d "$a" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 't'") == 1 ]] \
  || fail "the fleet's target lost its table"
pass "--dev-db loads into the scratch database and reuses it, and is never one of the compared databases"
