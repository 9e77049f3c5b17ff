#!/bin/bash
# The CI ratio gate: runs bench/run.sh's 2,000-table case once and fails (exit 1) when one of schemaplan's
# ratios to its reference, measured in the same round, is over twice the ratio stored in bench/baseline.json.
# Ratios, never seconds: they hold on a busy or slower machine where absolute times do not. Twice, because one
# round on a shared machine swings by about half either way; a real regression (a query per table, a quadratic
# loop) costs far more than that.
#
# Usage: bench/gate.sh [--write-baseline] [--tables N]
#   --write-baseline: measure and store the ratios as the new baseline instead of checking them (after a change
#                     that makes schemaplan faster, or a slower one that is worth it: say why in the commit).
# Needs what bench/run.sh needs (a built binary, PGHOST/PGPORT/PGUSER); ctest runs it as bench.gate on the
# suite's server.
# Takes about two minutes on 2 cores, most of it loading the generated schemas with psql.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
baseline=$here/baseline.json
write=0; n=2000
while (($#)); do
  case $1 in
    --write-baseline) write=1; shift ;;
    --tables) n=$2; shift 2 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BENCH_PREFIX=${BENCH_PREFIX:-sp_gate} bash "$here/run.sh" tables "$n" --runs 1 --summary "$work/summary" >&2

# The ratios, as JSON: what the baseline stores and what is compared with it.
python3 - "$work/summary" "$baseline" "$write" "$n" <<'PY'
import json, sys
summary, baseline, write, n = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
m = {}
for line in open(summary):
    name, wall, rss = line.split()
    m[name] = float(wall)
ratios = {
    "db_db_to_pg_dump": m["db_db"] / m["pg_dump"],
    "db_files_to_psql_f_and_listing": m["db_files"] / (m["psql_f"] + m["listing"]),
    "files_files_to_pg_dump": m["files_files"] / m["pg_dump"],
    "inspect_to_pg_dump": m["inspect"] / m["pg_dump"],
}
if write:
    with open(baseline, "w") as f:
        json.dump({"tables": n, "ratios": {k: round(v, 2) for k, v in sorted(ratios.items())}}, f, indent=2)
        f.write("\n")
    print(f"gate: baseline written to {baseline}")
    sys.exit(0)
base = json.load(open(baseline))
if base["tables"] != n:
    sys.exit(f"gate: the baseline is for {base['tables']} tables, not {n}")
bad = 0
for k, v in sorted(ratios.items()):
    limit = 2 * base["ratios"][k]
    ok = v <= limit
    bad += not ok
    print(f"gate: {k:34s} {v:6.2f}  (baseline {base['ratios'][k]:.2f}, limit {limit:.2f})  {'ok' if ok else 'OVER'}")
sys.exit(1 if bad else 0)
PY
