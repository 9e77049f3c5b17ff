#!/bin/bash
# Real release pairs of a project's migration history, judged by the round-trip oracle in every mode:
#   pairs.sh PROJECT_DIR [MODE...]        (modes: db sql offline; default all three)
# For each line "FROM TO" of PROJECT_DIR/pairs.txt the history is replayed with psql (replay.sh) up to FROM and
# up to TO, and each state is dumped with pg_dump -s: a.sql and b.sql of a round-trip case. db mode plans between
# the two databases, offline between the two dumps, and sql mode from the FROM database to
# migrations:PROJECT_DIR/migrations@TO, the history replayed by schemaplan itself in its own layout.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

dir=$(cd "${1:?usage: pairs.sh PROJECT_DIR [MODE...]}" && pwd)
shift
modes=("$@")
((${#modes[@]})) || modes=(db sql offline)
name=$(basename "$dir")
rw_setup "${RW_PREFIX:-rwp_${name//-/_}}"
[[ -f $dir/pgoptions ]] && export PGOPTIONS="${PGOPTIONS:-} $(cat "$dir/pgoptions")"

cases=$work/cases/$name
n=0
while read -r from to; do
  [[ -z $from || $from == \#* ]] && continue
  n=$((n + 1))
  c=$cases/$(printf '%02d' $n)
  mkdir -p "$c"
  for side in a:$from b:$to; do
    # A release that ends several pairs is replayed once (a long history takes minutes to replay).
    state=$work/states/${side#*:}.sql
    if [[ ! -f $state ]]; then
      mkdir -p "$work/states"
      db=${prefix}_s; fresh "$db" || exit 1
      if [[ -f $dir/roles.sql ]]; then psql_ -d "$db" -f "$dir/roles.sql" >/dev/null 2>&1 || exit 1; fi
      bash "$here/replay.sh" "$dir" "$db" "${side#*:}" >/dev/null 2>"$work/replay.err" \
        || { echo "FAIL $name: the history does not replay up to ${side#*:}"; head -5 "$work/replay.err"; exit 1; }
      dump "$db" "$state" || exit 1
    fi
    cp "$state" "$c/${side%%:*}.sql"
  done
  echo "migrations:$dir/migrations@$to" >"$c/b.source"
  echo "pair $n: $from -> $to"
done <"$dir/pairs.txt"

# PROJECT_DIR/known-failures may name pairs known to fail, one per line: "pair NN MODE why". A listed pair that
# fails is reported XFAIL and does not fail the run; one that passes fails it (take it off the list).
known_pair() { [[ -f $dir/known-failures ]] && grep -qE "^pair $1 $2([[:space:]]|$)" "$dir/known-failures"; }
status=0
# Between two dumps the role that will run the plan is unknown to schemaplan; the oracle runs up.sql as
# PGUSER, and pg_dump states every default privilege FOR ROLE (the dumping role among them): say so (offline mode).
# All modes run in one oracle call, so each pair is loaded and listed once.
RT_OFFLINE_ARGS="--role $PGUSER" RT_PREFIX=${prefix}_rt RT_TIMEOUT=${RT_TIMEOUT:-600} \
  bash "$here/../oracle/roundtrip.sh" "$(IFS=,; echo "${modes[*]}")" "$cases" >"$work/rt.out" 2>&1
cat "$work/rt.out"
for mode in "${modes[@]}"; do
  for c in "$cases"/*/; do
    id=$(basename "$c")
    if grep -q "^FAIL $mode $name/$id:" "$work/rt.out"; then
      if known_pair "$id" "$mode"; then echo "XFAIL $name pair $id $mode (listed in known-failures)"
      else status=1; fi
    elif grep -q "^PASS $mode $name/$id\$" "$work/rt.out"; then
      if known_pair "$id" "$mode"; then echo "XPASS $name pair $id $mode: passes but known-failures lists it"; status=1; fi
    else
      known_pair "$id" "$mode" || status=1  # neither PASS nor FAIL: the run broke off
    fi
  done
done
exit $status
