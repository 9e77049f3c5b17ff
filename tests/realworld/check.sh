#!/bin/bash
# The six checks of a real project's schema, judged by PostgreSQL's own catalog listing (tests/oracle/snapshot.sql),
# never by reading schemaplan's SQL:
#
#   check.sh PROJECT_DIR [CHECK...]
#
# PROJECT_DIR holds schema.sql, a schema/ folder (loaded as the concatenation of its .sql files in sorted path
# order), or migrations/ (a migration history, replayed to its end the way its runner runs it), plus optionally
# roles.sql (cluster-wide roles the schema needs, idempotent). The schema is loaded into database X as written
# (psql, ON_ERROR_STOP); D = `pg_dump -s X`. Then:
#   inspect   `schemaplan inspect --db X` loads into an empty database, which then lists exactly as X
#   dbdump    `diff --from X --to D` (D loaded into a temporary database) plans nothing
#   offline   `diff --from D --to D` (both parsed, no server) plans nothing
#   drift     `drift --db X --schema D` exits 0
#   build-sql `diff --from empty --to D` (offline): its up.sql builds, in an empty database, what X lists
#   build-db  `diff --from E --to X` with E an empty database: its up.sql builds in E what X lists
#   history   (migration histories only) `drift --db X --schema migrations:PROJECT_DIR/migrations` exits 0: the
#             history replayed by schemaplan in its runner's layout is X (the runner's bookkeeping left out)
# With no CHECK named, all of them run. Prints PASS/FAIL per check and a last line "realworld NAME: N passed, M failed".
# PROJECT_DIR/known-failures (optional) names checks known to fail and why (see result below).
# Environment as tests/oracle/roundtrip.sh: SCHEMAPLAN, PGHOST/PGPORT/PGUSER, RW_PREFIX (database name prefix),
# RW_KEEP=1 keeps the work folder.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
oracle=$here/../oracle
source "$here/lib.sh"

dir=${1:?usage: check.sh PROJECT_DIR [CHECK...]}
shift
checks=("$@")
((${#checks[@]})) || checks=(inspect dbdump offline drift build-sql build-db)
[[ ${#checks[@]} == 6 && -d $dir/migrations ]] && checks+=(history)
name=$(basename "$dir")
[[ -f $dir/pgoptions ]] && export PGOPTIONS="${PGOPTIONS:-} $(cat "$dir/pgoptions")"
rw_setup "${RW_PREFIX:-rw_$name}"

x=${prefix}_x y=${prefix}_y
fresh "$x" || { echo "FAIL $name: cannot create database $x"; exit 1; }
load_project "$dir" "$x" "$work/load.err" || { echo "FAIL $name: the project's schema does not load"; head -20 "$work/load.err"; exit 1; }
snap "$x" >"$work/x.snap" || { echo "FAIL $name: the oracle's listing fails"; head -5 "$work/x.snap"; exit 1; }
dump "$x" "$work/dump.sql" || { echo "FAIL $name: pg_dump -s fails"; exit 1; }
# pg_dump -s writes every materialized view WITH NO DATA (its data section would refresh them). When X's are all
# populated, D states them so: whether a materialized view is populated is part of what the checks compare.
if [[ $(psql_ -At -d "$x" -c "SELECT count(*) FROM pg_matviews WHERE NOT ispopulated") == 0 ]]; then
  sed -i 's/^  WITH NO DATA;$/  WITH DATA;/' "$work/dump.sql"
fi

# PROJECT_DIR/known-failures lists checks known to fail, one per line: "CHECK why (the missing feature)". Such a
# check that fails is reported XFAIL and does not fail the run; one that passes fails it (XPASS: take it off the
# list), so the list cannot go stale.
known() { [[ -f $dir/known-failures ]] && grep -E "^$1([[:space:]]|$)" "$dir/known-failures" | head -1; }
pass=0 fail=0 xfail=0
result() { # CHECK WHY DETAIL
  local k; k=$(known "$1")
  if [[ -z $2 && -n $k ]]; then fail=$((fail + 1)); echo "XPASS $name $1: passes but known-failures lists it; take it off the list"
  elif [[ -z $2 ]]; then pass=$((pass + 1)); echo "PASS $name $1"
  elif [[ -n $k ]]; then xfail=$((xfail + 1)); echo "XFAIL $name $1: $2 (known: ${k#* })"
  else fail=$((fail + 1)); echo "FAIL $name $1: $2"; fi
  [[ -n $2 && -n ${3:-} ]] && echo "$3" | sed 's/^/    /'
  return 0
}
# Builds Y from the SQL file $1 and compares its listing with X's: prints the reason when they differ.
builds_x() { # SQL_FILE WHAT
  fresh "$y" || { echo "cannot create database $y"; return; }
  if ! psql_ -d "$y" -f "$1" >/dev/null 2>"$work/apply.err"; then
    echo "$2 fails: $(grep -m1 ERROR "$work/apply.err" | cut -c1-300)"
    excerpt "$1" "$work/apply.err" >"$work/detail"
    return
  fi
  snap "$y" >"$work/y.snap"
  cmp -s "$work/y.snap" "$work/x.snap" || { echo "the database $2 builds differs from X"; listing_diff "$work/y.snap" "$work/x.snap" >"$work/detail"; }
}

for check in "${checks[@]}"; do
  : >"$work/detail"
  why=""
  case $check in
    inspect)
      timeout 600 "$SCHEMAPLAN" inspect --db "$(url "$x")" >"$work/inspect.sql" 2>"$work/inspect.err"; st=$?
      if ((st != 0)); then
        why="inspect exited with status $st"; head -c 1500 "$work/inspect.err" >"$work/detail"
      else why=$(builds_x "$work/inspect.sql" "inspect's output"); fi ;;
    dbdump | offline)
      from=$(url "$x"); [[ $check == offline ]] && from=$work/dump.sql
      rm -rf "$work/$check"
      timeout 600 "$SCHEMAPLAN" diff --from "$from" --to "$work/dump.sql" --out "$work/$check" >/dev/null 2>"$work/$check.err"; st=$?
      if ((st != 0)); then
        why="diff exited with status $st"; head -c 1500 "$work/$check.err" >"$work/detail"
      else
        left=$(statements "$work/$check/up.sql")
        [[ -z $left ]] || { why="the plan is not empty"; echo "$left" | head -10 | cut -c1-240 >"$work/detail"; }
      fi ;;
    drift)
      timeout 600 "$SCHEMAPLAN" drift --db "$(url "$x")" --schema "$work/dump.sql" >"$work/drift.out" 2>"$work/drift.err"
      st=$?
      ((st == 0)) || { why="drift exited with status $st"; { head -20 "$work/drift.out"; head -c 1500 "$work/drift.err"; } >"$work/detail"; } ;;
    build-sql | build-db)
      if [[ $check == build-sql ]]; then from=empty to=$work/dump.sql
      else fresh "$y" || true; from=$(url "$y") to=$(url "$x"); fi
      rm -rf "$work/$check"
      timeout 600 "$SCHEMAPLAN" diff --from "$from" --to "$to" --out "$work/$check" >/dev/null 2>"$work/$check.err"; st=$?
      if ((st != 0)); then
        why="diff exited with status $st"; head -c 1500 "$work/$check.err" >"$work/detail"
      else why=$(builds_x "$work/$check/up.sql" "up.sql"); fi ;;
    history)
      timeout 900 "$SCHEMAPLAN" drift --db "$(url "$x")" --schema "migrations:$(cd "$dir" && pwd)/migrations" \
        --layout "$(cat "$dir/layout")" >"$work/history.out" 2>"$work/history.err"
      st=$?
      ((st == 0)) || { why="drift against the replayed history exited with status $st"; { head -20 "$work/history.out"; head -c 1500 "$work/history.err"; } >"$work/detail"; } ;;
    *) echo "check.sh: unknown check $check" >&2; exit 2 ;;
  esac
  result "$check" "$why" "$(cat "$work/detail")"
done
echo "realworld $name: $pass passed, $fail failed$( ((xfail)) && echo ", $xfail known failures")"
((fail == 0))
