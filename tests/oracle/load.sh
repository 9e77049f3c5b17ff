#!/bin/bash
# Loads a schema source into a database the way the round-trip oracle does, independent of schemaplan.
#   load.sh DB SOURCE          (or source this file and call load_source DB SOURCE ERRFILE)
# SOURCE is a .sql file or a folder of .sql files (concatenated in sorted path order, as schemaplan reads them).
# Files in reverse dependency order (an index or foreign key before its table) are what schemaplan must accept
# but psql cannot run as written. A source holding the line "-- roundtrip: any order" that fails to load as
# written is loaded again into a fresh DB statement by statement (a statement ends with ";" at the end of a
# line), retrying the failed ones until all ran or a pass makes no progress; each statement runs exactly once.
# Without that line a source must load as written. Uses PGHOST/PGPORT/PGUSER.

# The SQL text of a source: a file, or a folder's .sql files in sorted path order.
source_text() {
  if [[ -d $1 ]]; then
    find -L "$1" -name '*.sql' -type f | LC_ALL=C sort | while IFS= read -r f; do cat "$f"; echo; done
  else
    cat "$1"
  fi
}

load_source() { # DB SOURCE ERRFILE
  local db=$1 dir text progress n i rc=1
  dir=$(mktemp -d "${TMPDIR:-/tmp}/load.XXXXXX")
  text=$dir/source.sql
  source_text "$2" >"$text"
  if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$text" >/dev/null 2>"$3"; then rm -rf "$dir"; return 0; fi
  if grep -q '^-- roundtrip: any order' "$text" && dropdb "$db" 2>>"$3" && createdb -T template0 -E UTF8 -S file_copy "$db" 2>>"$3"; then
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
  fi
  rm -rf "$dir"
  return $rc
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  [[ $# == 2 ]] || { echo "usage: load.sh DB SOURCE" >&2; exit 2; }
  err=$(mktemp)
  trap 'rm -f "$err"' EXIT
  # Only the last error matters (the retries of an any-order source fail on purpose until they succeed).
  load_source "$1" "$2" "$err" || { cat "$err" >&2; exit 1; }
fi
