#!/bin/bash
# Replaying a migration history the way its runner runs it: the runner's bookkeeping table exists (with the
# runner's own columns) before the first file, so a migration that reads or alters it replays; a file the server
# rejects is reported at the line and column the server points at, with the line and a caret.
source "$(dirname "$0")/lib.sh"

dev=$(db dev)
mig=$tmp/golang
mkdir -p "$mig"
cat >"$mig/1_init.up.sql" <<'SQL'
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
SQL
cat >"$mig/2_runner_table.up.sql" <<'SQL'
-- A real history (a container registry's) alters the runner's own table.
ALTER TABLE schema_migrations ADD COLUMN note text;
UPDATE schema_migrations SET note = 'upgraded';
SQL
sp diff --from empty --to "migrations:$mig" --dev-db "$(url "$dev")"
expect_status 0 "a golang-migrate history whose migration alters schema_migrations replays"
grep -q "CREATE TABLE public.users" "$tmp/stdout" || fail "the history's table is planned"
grep -q "schema_migrations" "$tmp/stdout" && fail "the runner's bookkeeping is left out of the comparison"
psql_ -d "$dev" -Atc "SELECT version, dirty FROM schema_migrations" | grep -qx "2|f" \
  || fail "schema_migrations holds the version reached, as golang-migrate keeps it"

cat >"$mig/3_broken.up.sql" <<'SQL'
-- line 1
CREATE INDEX users_email ON users (email);
SELECT id, emial FROM users;
SQL
sp diff --from empty --to "migrations:$mig" --dev-db "$(url "$dev")"
expect_status 2 "a migration the server rejects"
expect_stderr "3_broken\.up\.sql:3:12: error: migration 3_broken failed: column \"emial\" does not exist" \
  "the error names the file, line and column the server points at"
expect_stderr "^SELECT id, emial FROM users;" "the offending line is shown"
expect_stderr "^           \^" "with a caret under the column"

# Prisma: _prisma_migrations exists with Prisma's columns and a row per migration.
pm=$tmp/prisma
mkdir -p "$pm/20240101000000_init" "$pm/20240102000000_more"
echo 'provider = "postgresql"' >"$pm/migration_lock.toml"
echo 'CREATE TABLE "Post" (id serial PRIMARY KEY);' >"$pm/20240101000000_init/migration.sql"
echo 'ALTER TABLE "Post" ADD COLUMN title text;' >"$pm/20240102000000_more/migration.sql"
sp diff --from empty --to "migrations:$pm" --dev-db "$(url "$dev")"
expect_status 0 "a Prisma history replays"
[[ $(psql_ -d "$dev" -Atc "SELECT string_agg(migration_name, ',' ORDER BY migration_name) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND applied_steps_count = 1") == \
   20240101000000_init,20240102000000_more ]] || fail "_prisma_migrations records each migration as Prisma does"

# Flyway: flyway_schema_history with a row per migration.
fw=$tmp/flyway
mkdir -p "$fw"
echo 'CREATE TABLE account (id int PRIMARY KEY);' >"$fw/V1__create_account.sql"
echo 'ALTER TABLE account ADD COLUMN name text;' >"$fw/V1_1__add_name.sql"
sp diff --from empty --to "migrations:$fw" --dev-db "$(url "$dev")"
expect_status 0 "a Flyway history replays"
[[ $(psql_ -d "$dev" -Atc "SELECT string_agg(version || ':' || description || ':' || script, ',' ORDER BY installed_rank) FROM flyway_schema_history WHERE success") == \
   "1:create account:V1__create_account.sql,1.1:add name:V1_1__add_name.sql" ]] || fail "flyway_schema_history as Flyway fills it"
pass "histories replay with their runner's bookkeeping; a rejected file is reported at its line and column"
