#!/bin/bash
# Loads a schema source into a database the way the round-trip oracle does, independent of schemaplan.
#   load.sh DB SOURCE          (or source this file and call load_source DB SOURCE ERRFILE [LISTING])
# SOURCE is a .sql file or a folder of .sql files (concatenated in sorted path order, as schemaplan reads them).
# Files in reverse dependency order (an index or foreign key before its table) are what schemaplan must accept
# but psql cannot run as written. A source holding the line "-- roundtrip: any order" that fails to load as
# written is loaded again into a fresh DB statement by statement (a statement ends with ";" at the end of a
# line), retrying the failed ones until all ran or a pass makes no progress; each statement runs exactly once.
# Without that line a source must load as written. Uses PGHOST/PGPORT/PGUSER.

load_sh_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# The SQL text of a source: a file, or a folder's .sql files in sorted path order.
source_text() {
  if [[ -d $1 ]]; then
    find -L "$1" -name '*.sql' -type f | LC_ALL=C sort | while IFS= read -r f; do cat "$f"; echo; done
  else
    cat "$1"
  fi
}

# With LISTING, a source that loads as written is listed into LISTING by tests/oracle/snapshot.sql in the same
# psql session, after DISCARD ALL has ended what the source left in it (a listing in the session that loaded
# the database finds the catalog caches warm: a third of the cost of a new session's). A listing that fails is a
# load that fails. An any-order source is listed in a session of its own once all its statements ran.
load_source() { # DB SOURCE ERRFILE [LISTING]
  local db=$1 dir="" text=$2 progress n i rc=1 listing=()
  [[ -n ${4:-} ]] && listing=(-c 'DISCARD ALL' -c "\\o '${4//\'/\'\'}'" -f "$load_sh_dir/snapshot.sql")
  if [[ -d $2 ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/load.XXXXXX")
    text=$dir/source.sql
    source_text "$2" >"$text"
  fi
  if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$text" "${listing[@]}" >/dev/null 2>"$3"; then
    [[ -n $dir ]] && rm -rf "$dir"
    return 0
  fi
  if grep -q '^-- roundtrip: any order' "$text" && dropdb "$db" 2>>"$3" && createdb -T template0 -E UTF8 -S file_copy "$db" 2>>"$3"; then
    if [[ -z $dir ]]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/load.XXXXXX"); fi
    mkdir "$dir/stmts"
    awk -v d="$dir/stmts" '{ f = sprintf("%s/%05d.sql", d, n); print > f } /;[[:space:]]*(--.*)?$/ { close(f); n++ }' "$text"
    while :; do
      progress=false n=0
      for i in "$dir"/stmts/*.sql; do
        [[ -e $i ]] || break
        n=$((n + 1))
        if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$i" >/dev/null 2>"$3"; then rm -f "$i"; progress=true; fi
      done
      if ((n == 0)); then rc=0; break; fi
      $progress || break
    done
    if ((rc == 0)) && [[ -n ${4:-} ]]; then
      psql -X -q -v ON_ERROR_STOP=1 -d "$db" -o "$4" -f "$load_sh_dir/snapshot.sql" 2>"$3" || rc=1
    fi
  fi
  [[ -n $dir ]] && rm -rf "$dir"
  return $rc
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  [[ $# == 2 ]] || { echo "usage: load.sh DB SOURCE" >&2; exit 2; }
  err=$(mktemp)
  trap 'rm -f "$err"' EXIT
  # Only the last error matters (the retries of an any-order source fail on purpose until they succeed).
  load_source "$1" "$2" "$err" || { cat "$err" >&2; exit 1; }
fi
