#!/bin/bash
# The round-trip oracle: judges schemaplan's plans by applying them, never by reading their SQL.
#
#   roundtrip.sh MODE[,MODE...] CASE_DIR|KIND_DIR...
#
# MODE says what the plan is computed from:
#   db       diff --from URL(A) --to URL(B)
#   sql      diff --from URL(A) --to CASE/b.sql
#   offline  diff --from CASE/a.sql --to CASE/b.sql
#   simple   db mode with --strategy simple (plain DDL, none of the online rules)
# Several modes (db,sql,offline) judge each case in every mode in turn: A and B are loaded and listed once, B
# serves every mode (nothing writes to it) and A is copied back from its loaded state (CREATE DATABASE ...
# TEMPLATE) before each further mode.
# A case folder holds a.sql (the starting schema; empty means an empty database), b.sql (the desired one) and
# optionally data.sql (INSERTs loaded into A before planning) and b.source (what sql mode reads as the desired
# side instead of b.sql, e.g. migrations:DIR@NAME). a/ and b/ folders of .sql files may stand for
# a.sql and b.sql (psql reads them concatenated in sorted path order, as schemaplan does). A folder without
# b.sql or b/ is a kind folder: every sub-folder of it is a case, in sorted order.
# Sources load with psql as written, or, when they hold the line "-- roundtrip: any order", statement by
# statement in whatever order works (see load.sh: files in reverse dependency order are part of the contract).
#
# For each case and mode: load a.sql (+ data.sql) into database A and b.sql into B; plan A -> B twice (once in
# mode simple, and in db mode when sql mode runs too) and require the four outputs (up.sql, down.sql, plan.md,
# plan.json) to be byte-identical; apply up.sql to A with ON_ERROR_STOP and
# require A's catalog listing (snapshot.sql, PostgreSQL's own pg_get_*def output) to equal B's; require the rows
# of every table data.sql filled to survive (row count, and every column kept by both sides holds the same
# values); apply down.sql and require A's starting listing back (up.sql, the listings and down.sql run in one psql
# session, each file ended by DISCARD ALL, which also fails a file that leaves a transaction open). When A and B
# list the same from the start, the
# plan must hold no statement at all. diff --from B --to b.sql must give an up.sql with no statement (asked once
# per case for the modes that read databases; offline: b.sql against itself).
#
# Environment: SCHEMAPLAN (the binary), PGHOST/PGPORT/PGUSER (the server; scripts/test sets them),
# RT_PREFIX (database name prefix, default rt: give each parallel run its own), RT_KEEP=1 keeps the work folder,
# RT_TIMEOUT (seconds one diff may take, default 120),
# SCHEMAPLAN_ARGS (extra words for every diff of the case), RT_OFFLINE_ARGS (extra words for offline mode's only).
# Prints "PASS MODE KIND/CASE" or "FAIL MODE KIND/CASE: why" per case and mode (a failure also gets an excerpt of the
# SQL that failed) and, per mode, a line "roundtrip MODE: N passed, M failed". Exit status 0 when all passed, 1 when any failed, 2 on bad usage,
# 1 when no server is set (a test that cannot reach its server fails; it is never skipped).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/load.sh"
usage() { echo "usage: roundtrip.sh db|sql|offline|simple[,MODE...] CASE_DIR..." >&2; exit 2; }
IFS=, read -r -a modes <<<"${1:-}"
((${#modes[@]})) || usage
for mode in "${modes[@]}"; do
  case $mode in db | sql | offline | simple) ;; *) usage ;; esac
done
shift
: "${SCHEMAPLAN:?set SCHEMAPLAN to the schemaplan binary}"
if [[ -z ${PGPORT:-} ]]; then
  echo "FAIL: no PostgreSQL server in the environment (PGHOST/PGPORT/PGUSER): run the tests through scripts/test, which starts one" >&2
  exit 1
fi
export PGUSER=${PGUSER:-postgres} PGHOST=${PGHOST:-127.0.0.1}
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
unset PGDATABASE
prefix=${RT_PREFIX:-rt}
db_a=${prefix}_a db_b=${prefix}_b db_a0=${prefix}_a0

work=$(mktemp -d "${TMPDIR:-/tmp}/roundtrip.XXXXXX")
cleanup() {
  local d
  admin "DROP DATABASE IF EXISTS \"$db_a\"" "DROP DATABASE IF EXISTS \"$db_b\"" "DROP DATABASE IF EXISTS \"$db_a0\"" >/dev/null 2>&1
  if [[ ${RT_KEEP:-} == 1 ]]; then echo "roundtrip: work folder kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# A URL for a database on the server from the environment (a socket directory goes in the host parameter).
# Sets the variable named VAR (no subshell: the oracle runs thousands of these).
url() { # VAR DB
  if [[ $PGHOST == /* ]]; then printf -v "$1" '%s' "postgresql://$PGUSER@/$2?host=$PGHOST&port=$PGPORT"
  else printf -v "$1" '%s' "postgresql://$PGUSER@$PGHOST:$PGPORT/$2"; fi
}
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
# Database statements, one psql for all of them (each -c runs on its own: CREATE DATABASE takes no transaction).
admin() { local c=(); for s in "$@"; do c+=(-c "$s"); done; psql_ -d postgres "${c[@]}"; }
# Makes each database NAME anew as a copy of TEMPLATE, all in one psql. FILE_COPY: a tiny database copied as
# files is three times faster to create than through the WAL (the test cluster runs without fsync, so the
# checkpoints it costs are cheap).
recreate() { # NAME TEMPLATE [NAME TEMPLATE]...
  local stmts=()
  while (($# >= 2)); do
    stmts+=("DROP DATABASE IF EXISTS \"$1\""
            "CREATE DATABASE \"$1\" TEMPLATE \"$2\" STRATEGY FILE_COPY$([[ $2 == template0 ]] && echo " ENCODING 'UTF8'")")
    shift 2
  done
  admin "${stmts[@]}"
}

# Lines holding SQL (not blank, not a -- comment, not a psql meta-command).
statements() { grep -vE '^[[:space:]]*(--.*)?$|^[[:space:]]*\\' "$1" 2>/dev/null; }

# The tables data.sql fills, as written after INSERT INTO (quoted, qualified names included).
# An unquoted name is taken byte by byte up to the first space, parenthesis, comma, semicolon, dot or quote: it
# may hold non-ASCII letters (café).
data_tables() {
  LC_ALL=C grep -oiE 'INSERT[[:space:]]+INTO[[:space:]]+(("([^"]|"")+"|[^[:space:]"(),;.]+)\.)?("([^"]|"")+"|[^[:space:]"(),;.]+)' "$1" \
    | LC_ALL=C sed -E 's/^[Ii][Nn][Ss][Ee][Rr][Tt][[:space:]]+[Ii][Nn][Tt][Oo][[:space:]]+//' | LC_ALL=C sort -u
}
# The queries that fingerprint the rows data.sql filled, one pair per table: "TABLE<TAB>COLUMN<TAB>fingerprint
# of its values as a multiset" per column, and "TABLE<TAB>*rows<TAB>count". Rows are compared as multisets per
# column (PostgreSQL keeps no row order), by their text (#>> '{}'), so a type change that keeps the value
# ('12' -> 12, integer -> bigint) is no loss. Run with unaligned, tuple-only, tab-separated output.
fingerprint_sql() { # DATA_SQL
  local t
  while IFS= read -r t; do
    cat <<SQL
SELECT '${t//\'/\'\'}', '*rows', count(*) FROM $t;
SELECT '${t//\'/\'\'}', j.key, md5(string_agg(coalesce(j.value #>> '{}', '<null>'), ',' ORDER BY coalesce(j.value #>> '{}', '<null>')))
FROM $t AS r, jsonb_each(to_jsonb(r)) AS j GROUP BY j.key ORDER BY j.key COLLATE "C";
SQL
  done < <(data_tables "$1")
}
# Rows lost or changed: every line of BEFORE whose table and column are still in AFTER must be in AFTER as is.
lost_rows() { # BEFORE AFTER
  awk -F '\t' 'NR == FNR { after[$1 FS $2] = $3; next }
               ($1 FS $2) in after && after[$1 FS $2] != $3 { print $1 "." $2 ": " $3 " -> " after[$1 FS $2] }
               $2 == "*rows" && !(($1 FS $2) in after) { print $1 ": table gone" }' "$2" "$1"
}

# Show where a psql run of FILE failed (psql prints psql:FILE:LINE: ERROR), or FILE's start if it cannot tell.
excerpt() { # FILE ERRFILE
  local line
  line=$(grep -F "psql:$1:" "$2" 2>/dev/null | grep -m1 -oE "^psql:.*:[0-9]+: ERROR" | sed -E 's/.*:([0-9]+): ERROR/\1/')
  echo "    --- $(basename "$1")${line:+ around line $line}:"
  if [[ -n $line ]]; then
    awk -v l="$line" 'NR >= l - 6 && NR <= l + 3 { printf "    %s%4d  %s\n", (NR == l ? ">" : " "), NR, $0 }' "$1"
  else
    statements "$1" | head -25 | sed 's/^/      /'
  fi
}
listing_diff() { # GOT WANT
  diff "$1" "$2" | grep '^[<>]' | head -12 | sed -e 's/^</    got: /' -e 's/^>/    want:/' | cut -c1-220
}

run_diff() { # FROM TO OUT -> status; stdout and stderr kept beside the outputs (OUT's parent must exist)
  local extra=()
  [[ $mode == simple ]] && extra=(--strategy simple)
  # shellcheck disable=SC2206 # RT_OFFLINE_ARGS is a list of words on purpose
  [[ $mode == offline ]] && extra=(${RT_OFFLINE_ARGS:-})
  # shellcheck disable=SC2086 # SCHEMAPLAN_ARGS is a list of words on purpose
  timeout "${RT_TIMEOUT:-120}" "$SCHEMAPLAN" diff --from "$1" --to "$2" --out "$3" "${extra[@]}" ${SCHEMAPLAN_ARGS:-} \
    >"$3.stdout" 2>"$3.stderr"
}

cases=()
for arg in "$@"; do
  if [[ -e $arg/b.sql || -e $arg/b ]]; then cases+=("$arg")
  elif [[ -f $arg ]]; then continue  # e.g. tests/cases/README.md from a glob
  elif [[ -d $arg ]]; then
    while IFS= read -r d; do cases+=("$d"); done < <(find "$arg" -mindepth 1 -maxdepth 1 -type d | LC_ALL=C sort)
  else echo "roundtrip: no such case folder: $arg" >&2; exit 2; fi
done

# A case's verdict so far: empty while every step passed; the first failure's reason and detail.
fail_with() { why=$1; detail=${2:-}; }

# psql script lines: run FILE with its output dropped, end what it left in the session (DISCARD ALL), list the
# database into LISTING, then create DONE. File names are quoted for psql's meta-commands (a quote doubled).
run_then_list() { # FILE LISTING DONE
  local sq="'" dq="''"
  printf "\\\\o /dev/null\n\\\\i '%s'\nDISCARD ALL;\n\\\\o '%s'\n\\\\i '%s'\n\\\\o '%s'\n" \
    "${1//$sq/$dq}" "${2//$sq/$dq}" "${here//$sq/$dq}/snapshot.sql" "${3//$sq/$dq}"
}
# psql script lines after a listing (snapshot.sql set unaligned, tuples-only output): the fingerprints of the rows
# data.sql filled ($w/rows.sql) into FILE, tab-separated. STOP 0: a query that fails (a table up.sql dropped) is
# a loss the comparison reports, not a stop.
fingerprint_rows() { # FILE STOP(0|1)
  local sq="'" dq="''"
  printf "\\\\pset fieldsep '\\\\t'\n\\\\o '%s'\n\\\\set ON_ERROR_STOP %s\n\\\\i '%s'\n\\\\set ON_ERROR_STOP 1\n" \
    "${1//$sq/$dq}" "$2" "${w//$sq/$dq}/rows.sql"
}

# Applies the mode's up.sql to A, lists A into a1 (and fingerprints its rows into rows1 when the case has data),
# applies down.sql and lists A into a2: one psql session (a listing in a session whose catalog caches are warm
# costs a third of one in a new session). Each file runs as `psql -f` would run it; DISCARD ALL after each ends
# what a session keeps (settings, roles, temporary objects) before the listing, and fails when the file leaves a
# transaction open. Then judges, in order: up.sql ran, A lists as B, the rows survived, down.sql ran, A lists as at
# the start; the first failure sets why (fail_with). Nothing when an earlier step failed.
apply_and_list() {
  local up=$m/plan/up.sql down=$m/plan/down.sql err=$m/apply.err lost
  [[ -z $why ]] || return 0
  # Each \o creates its file at once: a1 and a2 exist when the step before them went through, listed1 and
  # listed2 when the listing did. A fingerprint query may fail (a table up.sql dropped): that is a loss, not a stop.
  {
    run_then_list "$up" "$m/a1" "$m/listed1"
    [[ -f $case/data.sql ]] && fingerprint_rows "$m/rows1" 0
    run_then_list "$down" "$m/a2" "$m/listed2"
  } >"$m/session.sql"
  psql_ -d "$db_a" -f "$m/session.sql" >/dev/null 2>"$err"
  first_error() { grep -F "psql:$1:" "$err" | grep -m1 ERROR | cut -c1-300; }
  if [[ ! -f $m/a1 ]]; then
    if grep -qF "psql:$up:" "$err"; then fail_with "up.sql fails: $(first_error "$up")" "$(excerpt "$up" "$err")"
    else fail_with "up.sql leaves a transaction open: $(grep -m1 ERROR "$err" | cut -c1-300)" "$(excerpt "$up" /dev/null)"; fi
    return 0
  fi
  [[ -f $m/listed1 ]] || { fail_with "the listing of A after up.sql fails: $(grep -m1 ERROR "$err" | cut -c1-300)"; return 0; }
  cmp -s "$m/a1" "$w/b0" || { fail_with "after up.sql A differs from B" \
    "$(listing_diff "$m/a1" "$w/b0")"$'\n'"$(excerpt "$up" /dev/null)"; return 0; }
  if [[ -f $case/data.sql ]]; then
    lost=$(lost_rows "$w/rows0" "$m/rows1")
    [[ -z $lost ]] || { fail_with "rows lost or changed by up.sql" \
      "$(echo "$lost" | head -8 | sed 's/^/    /')"$'\n'"$(excerpt "$up" /dev/null)"; return 0; }
  fi
  if [[ ! -f $m/a2 ]]; then
    if grep -qF "psql:$down:" "$err"; then fail_with "down.sql fails: $(first_error "$down")" "$(excerpt "$down" "$err")"
    else fail_with "down.sql leaves a transaction open: $(grep ERROR "$err" | tail -1 | cut -c1-300)" "$(excerpt "$down" /dev/null)"; fi
    return 0
  fi
  [[ -f $m/listed2 ]] || { fail_with "the listing of A after down.sql fails: $(grep ERROR "$err" | tail -1 | cut -c1-300)"; return 0; }
  cmp -s "$m/a2" "$w/a0" || fail_with "after down.sql A differs from its start" \
    "$(listing_diff "$m/a2" "$w/a0")"$'\n'"$(excerpt "$down" /dev/null)"
}

declare -A pass fail
failed=()
for mode in "${modes[@]}"; do pass[$mode]=0 fail[$mode]=0; done
for case in "${cases[@]}"; do
  c=${case%/}; name=${c%/*}; name=${name##*/}/${c##*/}
  w=$work/${name//\//_}; mkdir -p "$w" "${modes[@]/#/$w/}"
  why="" detail=""

  # The case's two databases, loaded and listed once for every mode.
  recreate "$db_a" template0 "$db_b" template0 >/dev/null 2>"$w/create.err" \
    || fail_with "cannot create the case databases" "$(head -5 "$w/create.err")"
  src_a=$case/a.sql src_b=$case/b.sql
  [[ -d $case/a ]] && src_a=$case/a
  [[ -d $case/b ]] && src_b=$case/b
  # Each database is listed (a0, b0) in the session that loaded it, except A when data.sql fills it: then A is
  # listed after data.sql, and its rows fingerprinted (rows0), in one session of their own.
  for src in "$src_a" "$src_b"; do
    [[ -n $why ]] && break
    [[ -e $src ]] || { fail_with "case has no ${src##*/}"; break; }
    db=$db_a listing=$w/a0
    [[ $src == "$src_b" ]] && db=$db_b listing=$w/b0
    [[ $db == "$db_a" && -f $case/data.sql ]] && listing=""
    load_source "$db" "$src" "$w/load.err" "$listing" || fail_with "case ${src##*/} does not load" "$(head -5 "$w/load.err")"
  done
  if [[ -z $why && -f $case/data.sql ]]; then
    fingerprint_sql "$case/data.sql" >"$w/rows.sql"
    { run_then_list "$case/data.sql" "$w/a0" "$w/listed0"; fingerprint_rows "$w/rows0" 1; } >"$w/setup.sql"
    if ! psql_ -d "$db_a" -f "$w/setup.sql" >/dev/null 2>"$w/load.err"; then
      if [[ ! -f $w/a0 ]]; then fail_with "data.sql does not load" "$(head -5 "$w/load.err")"
      elif [[ ! -f $w/listed0 ]]; then fail_with "the listing of A after data.sql fails" "$(head -5 "$w/load.err")"
      else fail_with "the rows data.sql filled cannot be read" "$(head -5 "$w/load.err")"; fi
    fi
  fi
  # A as loaded, for the modes after the first (a file copy of the database, not a second load).
  if [[ -z $why ]] && ((${#modes[@]} > 1)); then
    recreate "$db_a0" "$db_a" >/dev/null 2>"$w/create.err" \
      || fail_with "cannot copy database A" "$(head -5 "$w/create.err")"
  fi
  setup_why=$why setup_detail=$detail
  same_start=false  # A and B list the same from the start
  [[ -z $why ]] && cmp -s "$w/a0" "$w/b0" && same_start=true

  # b.source (optional): the desired side as schemaplan reads it in sql mode when it is not b.sql itself, e.g.
  # migrations:DIR@NAME for a migration history whose state b.sql is a dump of (tests/realworld/pairs.sh).
  to_source=$src_b
  [[ -f $case/b.source ]] && read -r to_source <"$case/b.source"

  first=true
  declare -A idem_verdict=() idem_detail=()
  for mode in "${modes[@]}"; do
    why=$setup_why detail=$setup_detail
    m=$w/$mode
    if [[ -z $why ]] && ! $first; then
      recreate "$db_a" "$db_a0" >/dev/null 2>"$m/create.err" \
        || fail_with "cannot copy database A back" "$(head -5 "$m/create.err")"
    fi
    first=false
    case $mode in
      db | simple) url from "$db_a"; url to "$db_b" ;;
      sql) url from "$db_a"; to=$to_source ;;
      offline) from=$src_a to=$src_b ;;
    esac
    if [[ -z $why ]]; then
      run_diff "$from" "$to" "$m/plan"; st=$?
      ((st == 0)) || fail_with "diff exited with status $st" "$(head -c 1500 "$m/plan.stderr")"
    fi
    if [[ -z $why ]]; then
      for f in up.sql down.sql plan.md plan.json; do
        [[ -f $m/plan/$f ]] || { fail_with "diff --out wrote no $f"; break; }
      done
    fi
    # Equal listings from the start (the cases differ in spelling only): nothing may be planned.
    if [[ -z $why ]] && $same_start; then
      left=$(statements "$m/plan/up.sql")
      [[ -z $left ]] || fail_with "A and B are the same schema but the plan is not empty" "$(echo "$left" | head -8 | sed 's/^/      /')"
    fi
    # Determinism: the same question asked twice gets the same bytes back. Asked in modes sql and offline; in db
    # mode only when the run has no sql mode: sql mode reads the starting database as db mode does, beside a
    # desired side whose objects get new OIDs at every load, so any order that leaks from the threads or the
    # OIDs shows there, and db mode's second run would ask the same question with less to vary. Not in mode
    # simple: its reading is db mode's, and the planner's determinism does not depend on the strategy.
    again=true
    case $mode in
      simple) again=false ;;
      db) [[ " ${modes[*]} " == *" sql "* ]] && again=false ;;
    esac
    if [[ -z $why ]] && $again; then
      run_diff "$from" "$to" "$m/again"; st=$?
      if ((st != 0)); then fail_with "second identical diff exited with status $st" "$(head -c 800 "$m/again.stderr")"
      elif ! diff -rq "$m/plan" "$m/again" >/dev/null; then  # one process for the four files; which one, if not
        fail_with "not deterministic: the outputs differ between two identical runs" "$(diff -rq "$m/plan" "$m/again")"
        for f in up.sql down.sql plan.md plan.json; do
          cmp -s "$m/plan/$f" "$m/again/$f" || { fail_with "not deterministic: $f differs between two identical runs" \
            "$(diff "$m/plan/$f" "$m/again/$f" | head -8 | cut -c1-200)"; break; }
        done
      fi
    fi
    apply_and_list
    # Idempotence: the desired state compared with its own source has nothing to do. The question is the same
    # in db, sql and simple modes (database B against b.sql, which no mode writes to): asked once per case.
    if [[ -z $why ]]; then
      kind=database; [[ $mode == offline ]] && kind=offline
      if [[ -z ${idem_verdict[$kind]+set} ]]; then
        if [[ $kind == offline ]]; then ifrom=$src_b ito=$src_b; else url ifrom "$db_b"; ito=$to_source; fi
        run_diff "$ifrom" "$ito" "$m/idem"; st=$?
        if ((st == 0)); then
          left=$(statements "$m/idem/up.sql")
          [[ -z $left ]] || fail_with "B against b.sql is not an empty plan" "$(echo "$left" | head -8 | sed 's/^/      /')"
        else
          fail_with "diff of B against b.sql exited with status $st" "$(head -c 800 "$m/idem.stderr")"
        fi
        idem_verdict[$kind]=$why idem_detail[$kind]=$detail
      else
        why=${idem_verdict[$kind]} detail=${idem_detail[$kind]}
      fi
    fi

    if [[ -z $why ]]; then
      pass[$mode]=$((pass[$mode] + 1)); echo "PASS $mode $name"
    else
      fail[$mode]=$((fail[$mode] + 1)); failed+=("$mode:$name"); echo "FAIL $mode $name: $why"
      [[ -n $detail ]] && echo "$detail" | sed 's/^\([^ ]\)/    \1/'
    fi
  done
done
((${#failed[@]} > 0)) && echo "failed: ${failed[*]}"
for mode in "${modes[@]}"; do echo "roundtrip $mode: ${pass[$mode]} passed, ${fail[$mode]} failed"; done
((${#failed[@]} == 0))
