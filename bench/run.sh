#!/bin/bash
# The benchmark harness (a script a developer runs; speed is never asserted in timed tests). Generates a pair of
# schemas (bench/gen.py), loads them with psql into two databases, and measures the wall time and maximum
# resident memory of schemaplan's four ways of reading schemas beside three references measured in the same
# rounds, so that the printed ratios hold on a busy machine even when the absolute times do not:
#
#   schemaplan diff db -> db          vs  one independent catalog listing of the larger side (bench/listing.sql)
#   schemaplan diff db -> SQL files   vs  psql -f of the files into an empty database + one listing
#   schemaplan diff files -> files    vs  pg_dump -s
#   schemaplan inspect                vs  pg_dump -s
#
# Usage: bench/run.sh [tables N | tenants SCHEMAS TABLES | views N V] [--runs R] [--baseline BIN] [--check]
#                     [--summary FILE]
#   tables N (default 2000): N tables in public; tenants 200 50: the schema-per-tenant layout; views 2000 1500:
#            N tables and V views over them (some on views) and V/10 functions (bench/gen.py).
#   --runs R (default 3): rounds; every command runs once per round, in the same order, and the median is shown.
#   --baseline BIN: also run another schemaplan binary (e.g. one built from main) in the same rounds, for a
#            before/after ratio that does not depend on the machine's load.
#   --no-load: skip the two measurements that load SQL into a fresh database (psql -f and db -> files), the
#            slowest by far at 10,000 tables and more (bench/curve.sh uses it).
#   --summary FILE: also write each measurement's median wall seconds and max RSS (MiB) there, one
#            "name wall rss" line each (bench/curve.sh and bench/gate.sh read it).
#   --check: also verify that each plan names the tables the generator changed, added and dropped (the ctest
#            smoke test runs this at a tiny size to prove the harness works).
#   --keep DIR: keep the generated files in DIR and the two databases (named after the layout, e.g.
#            sp_bench_tables_10000_a) after the run, and reuse both on the next run given the same DIR and layout
#            instead of generating and loading again (loading 10,000 tables and more takes minutes). Reused only
#            when DIR's stamp names the same layout and the same files' hashes and both databases exist.
# Needs a built binary (SCHEMAPLAN, default build/schemaplan) and a server (PGHOST, PGPORT, PGUSER) on which it
# may create and drop databases named BENCH_PREFIX* (default sp_bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${SCHEMAPLAN:-$here/../build/schemaplan}
[[ -x $bin ]] || { echo "bench: no schemaplan binary at $bin (set SCHEMAPLAN)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
prefix=${BENCH_PREFIX:-sp_bench}
layout=(tables 2000); runs=3; check=0; base=; summary=; noload=0; keep=
while (($#)); do
  case $1 in
    tables) layout=(tables "$2"); shift 2 ;;
    tenants) layout=(tenants "$2" "$3"); shift 3 ;;
    views) layout=(views "$2" "$3"); shift 3 ;;
    --summary) summary=$2; shift 2 ;;
    --no-load) noload=1; shift ;;
    --keep) keep=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --check) check=1; shift ;;
    --baseline) base=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432}
url() { echo "postgresql://$PGUSER@$PGHOST:$PGPORT/$1"; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

work=$(mktemp -d)
[[ -n $keep ]] && { mkdir -p "$keep"; keep=$(cd "$keep" && pwd); prefix=${prefix}_$(IFS=_; echo "${layout[*]}"); }
cleanup() {
  local db
  for db in load $([[ -n $keep ]] || echo a b); do dropdb --if-exists "${prefix}_$db" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The stamp of a kept pair: the layout, the databases and the files' hashes, written once both are loaded.
stamp() { echo "${layout[*]} ${prefix}"; (cd "$keep" && sha256sum a.sql b.sql); }
db_exists() { [[ $(psql -X -At -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$1'") == 1 ]]; }
s=$(date +%s.%N)
if [[ -n $keep && -f $keep/stamp && $(stamp 2>/dev/null) == "$(cat "$keep/stamp")" ]] &&
   db_exists "${prefix}_a" && db_exists "${prefix}_b"; then
  cp "$keep/a.sql" "$keep/b.sql" "$work/"
  what="reused from $keep"
else
  [[ -n $keep ]] && rm -f "$keep/stamp"
  python3 "$here/gen.py" "${layout[@]}" "$work"
  for side in a b; do
    dropdb --if-exists "${prefix}_$side" >/dev/null 2>&1; createdb "${prefix}_$side"
    psql_ -d "${prefix}_$side" -f "$work/$side.sql" >/dev/null
  done
  [[ -n $keep ]] && { cp "$work/a.sql" "$work/b.sql" "$keep/"; stamp >"$keep/stamp"; }
  what="generated and loaded"
fi
printf 'bench: %s, a.sql %s bytes, b.sql %s bytes; %s in %.1f s; %s rounds\n' "${layout[*]}" \
  "$(wc -c <"$work/a.sql")" "$(wc -c <"$work/b.sql")" "$what" "$(echo "$(date +%s.%N) - $s" | bc)" "$runs" >&2

# One measurement: wall seconds and max RSS (KiB) of a command, appended to $work/m.<name>. Its output goes to
# $work/out.<name> (the last round's is kept for --check).
measure() {
  local name=$1; shift
  if ! /usr/bin/time -f '%e %M' -o "$work/t" "$@" >"$work/out.$name" 2>"$work/err.$name"; then
    echo "bench: $name failed: $*" >&2; tail -20 "$work/err.$name" >&2; exit 1
  fi
  cat "$work/t" >>"$work/m.$name"
}
load_fresh() {
  dropdb --if-exists "${prefix}_load" >/dev/null 2>&1; createdb "${prefix}_load"
  measure psql_f psql -X -q -v ON_ERROR_STOP=1 -d "${prefix}_load" -f "$work/b.sql"
}

for ((r = 1; r <= runs; r++)); do
  measure listing psql -X -q -At -d "${prefix}_b" -f "$here/listing.sql"
  measure pg_dump pg_dump -s -d "${prefix}_b"
  ((noload)) || load_fresh
  for b in "$bin" ${base:+"$base"}; do
    tag=$([[ $b == "$bin" ]] && echo "" || echo "base_")
    measure ${tag}db_db "$b" diff --from "$(url "${prefix}_a")" --to "$(url "${prefix}_b")"
    ((noload)) || measure ${tag}db_files "$b" diff --from "$(url "${prefix}_a")" --to "$work/b.sql"
    measure ${tag}files_files "$b" diff --from "$work/a.sql" --to "$work/b.sql"
    measure ${tag}inspect "$b" inspect --db "$(url "${prefix}_b")"
  done
  measure listing2 psql -X -q -At -d "${prefix}_b" -f "$here/listing.sql"
  echo "bench: round $r of $runs done" >&2
done

# Median wall time and the largest RSS over the rounds.
# (0 for what --no-load skipped.)
wall() { [[ -f $work/m.$1 ]] || { echo 0; return; }; awk '{print $1}' "$work/m.$1" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
rss() { [[ -f $work/m.$1 ]] || { echo 0; return; }; awk '{if ($2 > m) m = $2} END {printf "%.0f", m / 1024}' "$work/m.$1"; }
# The listing is measured at both ends of each round: its median over both is the reference.
cat "$work/m.listing2" >>"$work/m.listing"
ratio() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.2f", $1 / $2; else print "-" }'; }
L=$(wall listing); D=$(wall pg_dump); P=$(wall psql_f)
PL=$(echo "$P + $L" | bc)
printf '\n%-36s %8s %9s  %s\n' "${layout[*]}" "wall s" "max MiB" "ratio"
row() { printf '%-36s %8.2f %9s  %s\n' "$1" "$2" "$3" "$4"; }
row "catalog listing (psql, one query)" "$L" "-" "reference"
row "pg_dump -s" "$D" "-" "reference"
row "psql -f b.sql into an empty db" "$P" "-" "reference"
row "schemaplan diff db -> db" "$(wall db_db)" "$(rss db_db)" "$(ratio "$(wall db_db)" "$L") x listing (goal 1.5)"
row "schemaplan diff db -> files" "$(wall db_files)" "$(rss db_files)" \
  "$(ratio "$(wall db_files)" "$PL") x (psql -f + listing) (goal 1.2)"
row "schemaplan diff files -> files" "$(wall files_files)" "$(rss files_files)" "$(ratio "$(wall files_files)" "$D") x pg_dump -s"
row "schemaplan inspect" "$(wall inspect)" "$(rss inspect)" "$(ratio "$(wall inspect)" "$D") x pg_dump -s"
if [[ -n $base ]]; then
  for m in db_db db_files files_files inspect; do
    row "  baseline ${m//_/ }" "$(wall base_$m)" "$(rss base_$m)" \
      "this build: $(ratio "$(wall $m)" "$(wall base_$m)") x the baseline's wall time"
  done
  for m in db_db files_files $( ((noload)) || echo db_files); do
    cmp -s "$work/out.$m" "$work/out.base_$m" || echo "bench: note: the $m plans of the two binaries differ" >&2
  done
fi

if [[ -n $summary ]]; then
  for m in listing pg_dump psql_f db_db db_files files_files inspect ${base:+base_db_db base_db_files base_files_files base_inspect}; do
    echo "$m $(wall $m) $(rss $m)"
  done >"$summary"
fi

if ((check)); then
  # What gen.py changed, dropped and added, by its rules (global number g: changed when g % 20 == 7, dropped when
  # g % 400 == 13, plus added tables past the end); each plan must say so. Only the tables layout is checked.
  [[ ${layout[0]} == tables ]] || { echo "bench: --check needs the tables layout" >&2; exit 2; }
  n=${layout[1]}
  ((n > 13 && n <= 413)) || { echo "bench: --check needs 14 to 413 tables" >&2; exit 2; }
  for plan in db_db db_files files_files; do
    for want in "DROP TABLE public.t13" "ADD COLUMN extra text" "CREATE TABLE public.t$n "; do
      grep -qF "$want" "$work/out.$plan" || { echo "bench: the $plan plan lacks \"$want\"" >&2; exit 1; }
    done
  done
  grep -qF "t7_name_idx" "$work/out.inspect" || { echo "bench: inspect does not list t7_name_idx" >&2; exit 1; }
  [[ $(grep -c '^index ' "$work/out.listing") -eq $((3 * (n - 1) + 3 * (n / 100 > 0 ? n / 100 : 1))) ]] ||
    { echo "bench: the listing does not count 3 indexes per table on side b" >&2; exit 1; }
  echo "bench: check passed" >&2
fi
