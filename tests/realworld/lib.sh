#!/bin/bash
# Shared by check.sh and pairs.sh: databases, loading a project as written, the oracle's listing.
# shellcheck disable=SC2034 # prefix and work are used by the scripts that source this file

oracle=${oracle:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../oracle" && pwd)}
source "$oracle/load.sh"

rw_setup() { # PREFIX
  : "${SCHEMAPLAN:?set SCHEMAPLAN to the schemaplan binary}"
  if [[ -z ${PGPORT:-} ]]; then
    echo "FAIL: no PostgreSQL server in the environment (PGHOST/PGPORT/PGUSER): run the tests through scripts/test" >&2
    exit 1
  fi
  export PGUSER=${PGUSER:-postgres} PGHOST=${PGHOST:-127.0.0.1}
  export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
  unset PGDATABASE
  prefix=$1
  work=$(mktemp -d "${TMPDIR:-/tmp}/realworld.XXXXXX")
  trap rw_cleanup EXIT
}
rw_cleanup() {
  local d
  for d in $(psql -X -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}\_%'" 2>/dev/null); do
    dropdb --if-exists "$d" >/dev/null 2>&1
  done
  if [[ ${RW_KEEP:-} == 1 ]]; then echo "realworld: work folder kept in $work" >&2; else rm -rf "$work"; fi
}

url() {
  if [[ $PGHOST == /* ]]; then echo "postgresql://$PGUSER@/$1?host=$PGHOST&port=$PGPORT"
  else echo "postgresql://$PGUSER@$PGHOST:$PGPORT/$1"; fi
}
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh() { dropdb --if-exists "$1" >/dev/null 2>&1; createdb -T template0 -E UTF8 -S file_copy "$1"; }
snap() { psql_ -d "$1" -f "$oracle/snapshot.sql" 2>&1; }
# pg_dump's schema-only output, without the \restrict lines of newer pg_dump releases (psql meta-commands).
dump() { pg_dump -s -d "$1" >"$2"; }
statements() { grep -vE '^[[:space:]]*(--.*)?$|^[[:space:]]*\\' "$1" 2>/dev/null; }
excerpt() { # FILE ERRFILE
  local line
  line=$(grep -oE "^psql:[^:]*:[0-9]+: ERROR" "$2" 2>/dev/null | head -1 | sed -E 's/.*:([0-9]+): ERROR/\1/')
  echo "--- $(basename "$1")${line:+ around line $line}:"
  if [[ -n $line ]]; then
    awk -v l="$line" 'NR >= l - 6 && NR <= l + 3 { printf "%s%4d  %s\n", (NR == l ? ">" : " "), NR, $0 }' "$1" | cut -c1-240
  fi
}
listing_diff() { # GOT WANT
  diff "$1" "$2" | grep '^[<>]' | head -16 | sed -e 's/^</got: /' -e 's/^>/want:/' | cut -c1-240
}

# Loads a project folder into DB as its project would: roles.sql first, then schema.sql, the schema/ folder, or
# the migrations/ history replayed in full (tests/realworld/replay.sh).
load_project() { # DIR DB ERRFILE
  local d=$1
  if [[ -f $d/roles.sql ]]; then psql_ -d "$2" -f "$d/roles.sql" >/dev/null 2>"$3" || return 1; fi
  if [[ -f $d/schema.sql ]]; then psql_ -d "$2" -f "$d/schema.sql" >/dev/null 2>"$3"
  elif [[ -d $d/schema ]]; then load_source "$2" "$d/schema" "$3"
  elif [[ -d $d/migrations ]]; then bash "$here/replay.sh" "$d" "$2" "" >/dev/null 2>"$3"
  else echo "no schema.sql, schema/ or migrations/ in $d" >"$3"; return 1; fi
}
