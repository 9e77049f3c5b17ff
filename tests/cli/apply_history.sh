#!/bin/bash
# `schemaplan apply --to migrations:DIR@Y` on a database whose history table belongs to the directory's runner:
# the history is updated in the transaction of the last step, the way that runner records it, and read back
# here the way the runner's own format defines it:
# - Prisma (_prisma_migrations): a migration is applied when its row has finished_at and no rolled_back_at;
#   checksum is the SHA-256 of its migration.sql (computed here with sha256sum, independently of schemaplan);
# - golang-migrate (schema_migrations(version, dirty)): one row, the version reached, dirty false;
# - dbmate (schema_migrations(version)): one row per applied version;
# - Flyway (flyway_schema_history): a successful row per applied version with Flyway's CRC-32 checksum.
# Forward to Y, back to an earlier X (later migrations marked rolled back / removed), and the schema equals
# the directory replayed to that point by `diff --exit-code`. Without the runner's table nothing is recorded.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/runners.sh"
source "$cli_dir/fixtures/apply.sh"  # hold / release

allow=(--allow-hazards deletes-data,unreversible-rollback)
prisma_dir=$repo/schemas/examples/payments/migrations
prisma_table='CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)'
# Prisma's view of the history: the applied migrations with their checksums, in name order.
prisma_applied() {
  psql -X -At -d "$1" -c "SELECT migration_name || ' ' || checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name"
}
# What it should be: the first N migrations of the directory with sha256sum's checksums.
prisma_expected() {
  local name
  migration_names prisma "$prisma_dir" | head -n "$1" | while read -r name; do
    echo "$name $(sha256sum "$prisma_dir/$name/migration.sql" | cut -d' ' -f1)"
  done
}

# 1. Prisma: forward to the 5th migration, back to the 3rd, forward again to the 4th.
p=$(db prisma)
psql_ -d "$p" -c "$prisma_table" || fail "cannot create _prisma_migrations"
names=($(migration_names prisma "$prisma_dir"))
for n in 5 3 4; do
  target=${names[$((n - 1))]}
  sp apply --db "$(url "$p")" --to "migrations:$prisma_dir@$target" "${allow[@]}"
  expect_status 0 "apply --to the Prisma history up to $target"
  # With the last step when it runs in a transaction, else in a transaction of its own right after it.
  expect_stderr "recorded the migrations in _prisma_migrations with the last step|brought the runner's history table up to date" "the history is written"
  [[ $(prisma_applied "$p") == "$(prisma_expected "$n")" ]] ||
    fail "Prisma should see the first $n migrations applied with their checksums; it sees: $(prisma_applied "$p")"
  sp diff --from "$(url "$p")" --to "migrations:$prisma_dir@$target" --exit-code
  expect_status 0 "the schema equals the history replayed up to $target"
done
rolled=$(psql -X -At -d "$p" -c "SELECT string_agg(migration_name, ' ' ORDER BY migration_name) FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL")
[[ $rolled == "${names[3]} ${names[4]}" ]] || fail "going back marks the later migrations rolled back (as prisma migrate resolve --rolled-back does); got '$rolled'"
# Each applied migration has one row Prisma counts, whatever went back and forth.
[[ $(psql -X -At -d "$p" -c "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL") == 4 ]] ||
  fail "one applied row per migration"
pass "Prisma history forward, back and forward again"

# 2. golang-migrate: a small directory; the one row says the version reached.
g=$tmp/golang
mkdir -p "$g"
echo "CREATE TABLE public.a (id int PRIMARY KEY);" >"$g/000001_a.up.sql"
echo "DROP TABLE public.a;" >"$g/000001_a.down.sql"
echo "ALTER TABLE public.a ADD COLUMN note text;" >"$g/000002_note.up.sql"
echo "ALTER TABLE public.a DROP COLUMN note;" >"$g/000002_note.down.sql"
echo "CREATE TABLE public.b (id int PRIMARY KEY, a_id int REFERENCES public.a);" >"$g/000003_b.up.sql"
echo "DROP TABLE public.b;" >"$g/000003_b.down.sql"
m=$(db golang)
psql_ -d "$m" -c "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)" || fail "cannot create schema_migrations"
for target in 000003_b 000001_a; do
  sp apply --db "$(url "$m")" --to "migrations:$g@$target" "${allow[@]}"
  expect_status 0 "apply --to the golang-migrate history up to $target"
  [[ $(psql -X -At -d "$m" -c "SELECT version || ' ' || dirty FROM schema_migrations") == "$((10#${target%%_*})) false" ]] ||
    fail "golang-migrate's version should be ${target%%_*}, not dirty: $(psql -X -At -d "$m" -c "TABLE schema_migrations")"
  sp diff --from "$(url "$m")" --to "migrations:$g@$target" --exit-code
  expect_status 0 "the schema equals the history replayed up to $target"
done
# The history is written with the plan's last step, never before it: a run stopped by a lock it cannot get
# leaves the version where it was; the rerun (which resumes the kept plan) writes it.
hold "$m" sp_holder "LOCK TABLE public.a IN ACCESS SHARE MODE"
sp apply --db "$(url "$m")" --to "migrations:$g@000003_b" --lock-timeout 300ms --retries 0 "${allow[@]}"
expect_status 1 "a step that cannot get its lock stops the run"
expect_stderr "canceling statement due to lock timeout" "the step failed on the lock"
[[ $(psql -X -At -d "$m" -c "SELECT version || ' ' || dirty FROM schema_migrations") == "1 false" ]] ||
  fail "a stopped run must not move golang-migrate's version: $(psql -X -At -d "$m" -c "TABLE schema_migrations")"
release "$m" sp_holder
sp apply --db "$(url "$m")" --to "migrations:$g@000003_b" --lock-timeout 300ms "${allow[@]}"
expect_status 0 "the rerun finishes"
[[ $(psql -X -At -d "$m" -c "SELECT version || ' ' || dirty FROM schema_migrations") == "3 false" ]] ||
  fail "the finished run records version 3: $(psql -X -At -d "$m" -c "TABLE schema_migrations")"
pass "golang-migrate version forward and back; not moved by a stopped run"

# 3. dbmate: one row per applied version; going back removes the later ones.
d=$tmp/dbmate
mkdir -p "$d"
printf -- '-- migrate:up\nCREATE TABLE public.c (id int PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE public.c;\n' >"$d/20240101000000_c.sql"
printf -- '-- migrate:up\nALTER TABLE public.c ADD COLUMN v int;\n\n-- migrate:down\nALTER TABLE public.c DROP COLUMN v;\n' >"$d/20240102000000_v.sql"
e=$(db dbmate)
psql_ -d "$e" -c "CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY)" || fail "cannot create schema_migrations"
sp apply --db "$(url "$e")" --to "migrations:$d@20240102000000_v" "${allow[@]}"
expect_status 0 "apply --to the dbmate history"
[[ $(psql -X -At -d "$e" -c "SELECT string_agg(version, ' ' ORDER BY version) FROM schema_migrations") == "20240101000000 20240102000000" ]] || fail "dbmate should list both versions"
sp apply --db "$(url "$e")" --to "migrations:$d@20240101000000_c" "${allow[@]}"
expect_status 0 "apply --to back to the first dbmate migration"
[[ $(psql -X -At -d "$e" -c "SELECT string_agg(version, ' ' ORDER BY version) FROM schema_migrations") == "20240101000000" ]] || fail "dbmate should list the first version only"
pass "dbmate versions forward and back"

# 4. Flyway: a successful row per applied version, with Flyway's checksum (CRC-32 of the script's lines without
# their line endings: computed here by gzip, whose trailer holds the CRC-32 of what it compressed); going back
# deletes the later versions' rows (Flyway's community edition records no undo: they show as pending).
w=$tmp/flyway
mkdir -p "$w"
printf 'CREATE TABLE public.f (id int PRIMARY KEY);\r\n' >"$w/V1__f.sql"
printf 'ALTER TABLE public.f ADD COLUMN v int;\n-- second line\n' >"$w/V1_1__add_v.sql"
printf 'CREATE INDEX f_v_idx ON public.f (v);\n' >"$w/V2__index_v.sql"
flyway_crc() {
  local v
  v=$(tr -d '\r\n' <"$1" | gzip -c | tail -c 8 | head -c 4 | od -An -tu4 | tr -d ' ')
  ((v > 2147483647)) && v=$((v - 4294967296))
  echo "$v"
}
flyway_rows() {
  psql -X -At -d "$1" -c "SELECT version || ' ' || description || ' ' || script || ' ' || checksum FROM flyway_schema_history WHERE success ORDER BY installed_rank"
}
fw=$(db flyway)
psql_ -d "$fw" -c 'CREATE TABLE "flyway_schema_history" ("installed_rank" INT NOT NULL CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY,
  "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL, "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL,
  "checksum" INTEGER, "installed_by" VARCHAR(100) NOT NULL, "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
  "execution_time" INTEGER NOT NULL, "success" BOOLEAN NOT NULL)' || fail "cannot create flyway_schema_history"
sp apply --db "$(url "$fw")" --to "migrations:$w@V2__index_v" "${allow[@]}"
expect_status 0 "apply --to the Flyway history"
expected="1 f V1__f.sql $(flyway_crc "$w/V1__f.sql")
1.1 add v V1_1__add_v.sql $(flyway_crc "$w/V1_1__add_v.sql")
2 index v V2__index_v.sql $(flyway_crc "$w/V2__index_v.sql")"
[[ $(flyway_rows "$fw") == "$expected" ]] || fail "Flyway's history should be: $expected; it is: $(flyway_rows "$fw")"
sp apply --db "$(url "$fw")" --to "migrations:$w@V1_1__add_v" "${allow[@]}"
expect_status 0 "apply --to back to V1.1"
[[ $(flyway_rows "$fw") == "$(head -2 <<<"$expected")" ]] || fail "going back removes version 2's row: $(flyway_rows "$fw")"
sp diff --from "$(url "$fw")" --to "migrations:$w@V1_1__add_v" --exit-code
expect_status 0 "the schema equals the history replayed up to V1.1"
pass "Flyway history forward and back, with Flyway's checksums"

# 5. A database without the runner's table: the schema is applied, no history table appears.
n=$(db nohistory)
sp apply --db "$(url "$n")" --to "migrations:$g@000002_note" "${allow[@]}"
expect_status 0 "apply --to without a history table"
expect_stderr "no schema_migrations table: no runner history recorded" "says the history was not recorded"
[[ $(psql -X -At -d "$n" -c "SELECT to_regclass('schema_migrations') IS NULL") == t ]] || fail "apply does not create the runner's table"
pass "no history table, none written"

# 6. A plan directory made against a migration directory (`diff --to migrations:DIR --out`) leaves the runner's
# table out of its fingerprints: apply --plan still recognises the database as the plan's from- and to-state.
f=$(db fromplan)
psql_ -d "$f" -c "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)" || fail "cannot create schema_migrations"
sp diff --from "$(url "$f")" --to "migrations:$g@000002_note" --out "$tmp/fromdir"
expect_status 0 "diff --to migrations: --out"
sp apply --db "$(url "$f")" --plan "$tmp/fromdir"
expect_status 0 "apply --plan of a plan made against a migration directory"
expect_stderr "the database matches its to-state" "verified without the runner's table"
pass "plan directory made against migrations, applied with the runner's table present"
