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
read -r layout <"$dir/layout"
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

# The migrations run in batches, one psql session each (starting psql twice per migration was most of the time
# of an 800-file history): each migration is announced with \echo, so the last name printed before a failure is
# the migration that failed. A batch stays well under the kernel's limit on a command line.
batch=() batch_bytes=0 done_stop=false
flush() {
  ((${#batch[@]})) || return 0
  if ! psql_ -d "$db" "${batch[@]}" >"$tmp/progress" 2>"$tmp/err"; then
    cat "$tmp/err" >&2
    echo "replay.sh: migration $(tail -1 "$tmp/progress") failed" >&2
    exit 1
  fi
  batch=() batch_bytes=0
}
# size= the bytes of the words of the array named $1 (their share of a command line), counted without a process.
bytes_of() {
  local -n words_=$1
  local LC_ALL=C w
  size=0
  for w in "${words_[@]}"; do size=$((size + ${#w} + 1)); done
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/replay.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# No process per migration: names, sizes and contents come from bash itself (an 800-file history spent two thirds
# of its replay starting basename, dirname, stat and cat).
rank=0
while IFS= read -r f; do
  rank=$((rank + 1))
  case $layout in
    prisma) name=${f%/*} name=${name##*/} version=${name%%_*} ;;
    golang-migrate) name=${f##*/} name=${name%.up.sql} version=${name%%_*} ;;
    flyway) name=${f##*/} name=${name%.sql} version=${name#V}; version=${version%%__*} ;;
    *) name=${f##*/} name=${name%.sql} version=${name%%[_-]*} ;;
  esac
  next=(-c "\\echo $name")
  migration_file_args next "$layout" "$f" up
  bytes_of next
  ((batch_bytes + size > 1000000)) && flush
  batch+=("${next[@]}")
  lit=${name//\'/\'\'}
  case $layout in
    prisma) batch+=(-c "INSERT INTO \"_prisma_migrations\" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES (gen_random_uuid()::text, md5('$lit'), now(), '$lit', 1)") ;;
    golang-migrate) batch+=(-c "TRUNCATE schema_migrations; INSERT INTO schema_migrations VALUES ($((10#$version)), false)") ;;
    dbmate) batch+=(-c "INSERT INTO schema_migrations VALUES ('$version')") ;;
    flyway) batch+=(-c "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by,
      execution_time, success) VALUES ($rank, '${version//_/.}', '$lit', 'SQL', '$lit.sql', current_user, 0, true)") ;;
  esac
  batch_bytes=$((batch_bytes + size + 400))
  ((${#batch[@]} > 600)) && flush
  [[ -n $stop && ($name == "$stop" || $version == "$stop") ]] && { done_stop=true; break; }
done < <(migration_up_files "$layout" "$dir/migrations")
flush
[[ -z $stop ]] || $done_stop || { echo "replay.sh: no migration $stop in $dir/migrations" >&2; exit 1; }
