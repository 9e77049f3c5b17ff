#!/bin/bash
# The growth curve (a script a developer runs, not a test; it takes long at 20,000 tables): bench/run.sh's
# tables layout once at each size, one table of medians and ratios at the end, so that a phase that grows
# faster than O(n log n) shows as a ratio that climbs with N. Each size is measured in its own rounds, so the
# ratios (ours over the references measured beside them) are what compare across rows, not the seconds.
#
# Usage: bench/curve.sh [--runs R] [--keep DIR] [N ...]
#                                              (default: 1 round at 1000 2000 5000 10000 20000 tables)
#   --keep DIR: each size's pair kept in DIR/N and reused by the next run (bench/run.sh --keep).
# Needs what bench/run.sh needs (a built binary, PGHOST/PGPORT/PGUSER).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=1 keep=
sizes=()
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    [0-9]*) sizes+=("$1"); shift ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
((${#sizes[@]})) || sizes=(1000 2000 5000 10000 20000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for n in "${sizes[@]}"; do
  echo "curve: $n tables" >&2
  bash "$here/run.sh" tables "$n" --runs "$runs" --no-load --summary "$work/$n" ${keep:+--keep "$keep/$n"} >/dev/null
done

get() { awk -v m="$2" -v f="$3" '$1 == m { print $f }' "$work/$1"; }
ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2f", $1 / $2; else print "-" }'; }
printf '\n%7s %8s %8s | %8s %6s %7s | %8s %6s %7s | %8s %6s %7s\n' tables listing pg_dump \
  "db->db" MiB "x list" "files" MiB "x dump" inspect MiB "x dump"
for n in "${sizes[@]}"; do
  L=$(get "$n" listing 2) D=$(get "$n" pg_dump 2)
  printf '%7s %8.2f %8.2f | %8.2f %6s %7s | %8.2f %6s %7s | %8.2f %6s %7s\n' "$n" "$L" "$D" \
    "$(get "$n" db_db 2)" "$(get "$n" db_db 3)" "$(ratio "$(get "$n" db_db 2)" "$L")" \
    "$(get "$n" files_files 2)" "$(get "$n" files_files 3)" "$(ratio "$(get "$n" files_files 2)" "$D")" \
    "$(get "$n" inspect 2)" "$(get "$n" inspect 3)" "$(ratio "$(get "$n" inspect 2)" "$D")"
done
