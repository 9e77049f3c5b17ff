# shellcheck shell=bash
# Sourced by the CLI tests (tests/cli/*.sh): black-box checks of schemaplan's command-line contract (issue 2)
# against the real server scripts/test starts. Each test is a small bash script that stops at the first broken
# promise with "FAIL: what was expected" plus what the tool printed.
# Environment: SCHEMAPLAN (the binary), PGHOST/PGPORT/PGUSER (the server), CLI_PREFIX (database name prefix).
set -uo pipefail

: "${SCHEMAPLAN:?set SCHEMAPLAN to the schemaplan binary}"
if [[ -z ${PGPORT:-} ]]; then
  echo "FAIL: no PostgreSQL server in the environment (PGHOST/PGPORT): run the tests through scripts/test, which starts one" >&2
  exit 1
fi
export PGUSER=${PGUSER:-postgres} PGHOST=${PGHOST:-127.0.0.1}
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
unset PGDATABASE DATABASE_URL

cli_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$cli_dir/../.." && pwd)
prefix=${CLI_PREFIX:-cli_$(basename "$0" .sh)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/schemaplan-cli.XXXXXX")
created_dbs=()
cleanup() {
  local d
  for d in "${created_dbs[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
  # db() runs in a subshell ($(db x)), so its names never reach created_dbs here: it lists them in a file too.
  if [[ -f $tmp/created_dbs ]]; then
    while IFS= read -r d; do dropdb --if-exists "$d" >/dev/null 2>&1; done <"$tmp/created_dbs"
  fi
  chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  if [[ -f $tmp/stdout ]]; then echo "--- stdout (exit status ${status:-?}):" >&2; head -c 3000 "$tmp/stdout" >&2; fi
  if [[ -f $tmp/stderr ]]; then echo "--- stderr:" >&2; head -c 3000 "$tmp/stderr" >&2; fi
  exit 1
}
pass() { echo "PASS: $*"; }

# A fresh database named PREFIX_NAME; prints its name.
db() {
  local name=${prefix}_$1
  dropdb --if-exists "$name" >/dev/null 2>&1
  createdb -T template0 -E UTF8 -S file_copy "$name" || { echo "FAIL: cannot create database $name" >&2; exit 1; }
  created_dbs+=("$name")
  echo "$name" >>"$tmp/created_dbs"
  echo "$name"
}
url() { echo "postgresql://$PGUSER@$PGHOST:$PGPORT/$1"; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
load() { psql_ -d "$1" -f "$2" >/dev/null || { echo "FAIL: fixture $2 does not load into $1" >&2; exit 1; }; }
snap() { psql_ -d "$1" -f "$repo/tests/oracle/snapshot.sql"; }

# Runs schemaplan with the arguments; its stdout, stderr and exit status land in $tmp/stdout, $tmp/stderr, $status.
sp() {
  status=0
  timeout 120 "$SCHEMAPLAN" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || status=$?
  ((status != 124)) || fail "schemaplan $* did not finish within 120 s"
}
expect_status() { ((status == $1)) || fail "expected exit status $1, got $status ($2)"; }
expect_stderr() { grep -qiE -- "$1" "$tmp/stderr" || fail "stderr should match /$1/ ($2)"; }
# SQL statements in a file: lines that are not blank, not -- comments and not psql meta-commands.
statements() { grep -vE '^[[:space:]]*(--.*)?$|^[[:space:]]*\\' "$1"; }
# Valid JSON, by PostgreSQL's own parser.
is_json() {
  psql -X -q -At -v ON_ERROR_STOP=1 -d postgres -v "j=$(cat "$1")" <<<"SELECT (:'j')::jsonb IS NOT NULL;" >/dev/null 2>&1
}
