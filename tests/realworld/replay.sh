#!/bin/bash
# Replays a project's migration history with psql only, the way its runner runs it (independent of schemaplan):
#   replay.sh PROJECT_DIR DB [STOP]
# PROJECT_DIR/migrations in the layout PROJECT_DIR/layout names (prisma, golang-migrate, flyway, dbmate, plain),
# up to and including migration STOP (its name or version; every migration when empty). The runner's bookkeeping
# table is created first and filled as the runner fills it. PROJECT_DIR/pgoptions, when present, holds the
# session settings the project's runner connects with (e.g. a search_path).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
source "$here/../cli/fixtures/runners.sh"

dir=${1:?usage: replay.sh PROJECT_DIR DB [STOP]}
db=${2:?usage: replay.sh PROJECT_DIR DB [STOP]}
stop=${3:-}
layout=$(cat "$dir/layout")
[[ -f $dir/pgoptions ]] && export PGOPTIONS="${PGOPTIONS:-} $(cat "$dir/pgoptions")"

case $layout in
  prisma) psql_ -d "$db" -c 'CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)' || exit 1 ;;
  golang-migrate) psql_ -d "$db" -c 'CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)' || exit 1 ;;
  dbmate) psql_ -d "$db" -c 'CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY)' || exit 1 ;;
  flyway) psql_ -d "$db" -c 'CREATE TABLE "flyway_schema_history" ("installed_rank" INT NOT NULL
    CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY, "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL, "checksum" INTEGER, "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(), "execution_time" INTEGER NOT NULL, "success" BOOLEAN NOT NULL);
    CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success")' || exit 1 ;;
esac

rank=0
while IFS= read -r f; do
  rank=$((rank + 1))
  case $layout in
    prisma) name=$(basename "$(dirname "$f")") version=${name%%_*} ;;
    golang-migrate) name=$(basename "$f" .up.sql) version=${name%%_*} ;;
    flyway) name=$(basename "$f" .sql) version=${name#V}; version=${version%%__*} ;;
    *) name=$(basename "$f" .sql) version=${name%%[_-]*} ;;
  esac
  run_migration_file "$layout" "$f" up "$db" || { echo "replay.sh: migration $name failed" >&2; exit 1; }
  lit=${name//\'/\'\'}
  case $layout in
    prisma) psql_ -d "$db" -c "INSERT INTO \"_prisma_migrations\" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES (gen_random_uuid()::text, md5('$lit'), now(), '$lit', 1)" ;;
    golang-migrate) psql_ -d "$db" -c "TRUNCATE schema_migrations; INSERT INTO schema_migrations VALUES ($((10#$version)), false)" ;;
    dbmate) psql_ -d "$db" -c "INSERT INTO schema_migrations VALUES ('$version')" ;;
    flyway) psql_ -d "$db" -c "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by,
      execution_time, success) VALUES ($rank, '${version//_/.}', '$lit', 'SQL', '$lit.sql', current_user, 0, true)" ;;
  esac >/dev/null || exit 1
  [[ -n $stop && ($name == "$stop" || $version == "$stop") ]] && exit 0
done < <(migration_up_files "$layout" "$dir/migrations")
[[ -z $stop ]] || { echo "replay.sh: no migration $stop in $dir/migrations" >&2; exit 1; }
