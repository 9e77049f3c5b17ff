#!/bin/bash
# Seed inputs for the fuzz targets (docs/fuzzing.md), from the round-trip cases and the documented examples.
#
#   make_seeds.sh OUT_DIR [--all]
#
# Writes OUT_DIR/sql/ (a case's a.sql and b.sql joined by the line `-- schemaplan-fuzz: to`, as fuzz_sql.cpp
# reads them), OUT_DIR/config/ (schemaplan.yaml files) and OUT_DIR/plan_json/ (plan.json files written by
# `schemaplan diff --out` offline, for every fourth kind's case (online strategy), or with --all for every case
# (and the simple strategy for every fourth); needs SCHEMAPLAN, the binary). Without --all, one case per
# kind folder (the largest under 6 kB, so the set covers every kind and stays small): that is the set checked in
# under tests/fuzz/seeds/ and replayed by ctest. With --all, every case: what scripts/fuzz starts from.
set -euo pipefail
out=${1:?usage: make_seeds.sh OUT_DIR [--all]}
all=false
[[ ${2:-} == --all ]] && all=true
repo=$(cd "$(dirname "$0")/../.." && pwd)
cases=$repo/tests/cases
mkdir -p "$out/sql" "$out/config" "$out/plan_json"

# The text of a case side: X.sql, or the .sql files of folder X/ in sorted path order (as schemaplan reads it).
side() {
  if [[ -f $1.sql ]]; then cat "$1.sql"
  elif [[ -d $1 ]]; then find -L "$1" -name '*.sql' -type f | LC_ALL=C sort | while IFS= read -r f; do cat "$f"; echo; done
  fi
}
joined() { side "$1/a"; printf '\n-- schemaplan-fuzz: to\n'; side "$1/b"; }

chosen=()
for kind_dir in "$cases"/*/; do
  kind=$(basename "$kind_dir")
  best= best_size=0
  for case_dir in "$kind_dir"*/; do
    [[ -e $case_dir/b.sql || -d $case_dir/b ]] || continue
    name=${kind}_$(basename "$case_dir")
    if $all; then chosen+=("$case_dir"); joined "$case_dir" >"$out/sql/$name.sql"; continue; fi
    size=$(joined "$case_dir" | wc -c)
    if ((size < 6000 && size > best_size)); then best=$case_dir best_size=$size; fi
  done
  if ! $all && [[ -n $best ]]; then
    chosen+=("$best")
    joined "$best" >"$out/sql/${kind}_$(basename "$best").sql"
  fi
done

# Cases whose every name is hostile (tests/hostile/generate.py), four of them.
hostile=$(mktemp -d)
python3 "$repo/tests/hostile/generate.py" "$hostile" 4 12
for case_dir in "$hostile"/*/; do joined "$case_dir" >"$out/sql/hostile_$(basename "$case_dir").sql"; done
rm -rf "$hostile"

# schemaplan.yaml: the documented example (cli/config.h) and a few shapes the reader distinguishes.
cat >"$out/config/full.yaml" <<'YAML'
schema: db/schema
database_url_env: FUZZ_SET
dev_database_url: postgresql://localhost/scratch
include_schemas: [public, billing]
exclude_schemas: [pgboss]
exclude: [_prisma_migrations, "audit.tmp_*"]
strategy: online
lock_timeout: 5s
statement_timeout: "0"
concurrently: true
fail_on: [deletes-data, table-rewrite]
renames: [{from: public.users.email_address, to: public.users.email}]
migrations: {dir: prisma/migrations, layout: prisma}
YAML
cat >"$out/config/block_style.yaml" <<'YAML'
# comments, block style, one string for a list
schema: "schema/"
dev_database_url_env: UNSET_VARIABLE
include_schemas: public
strategy: simple
concurrently: no
renames:
  - from: a.b
    to: a.c
migrations:
  dir: migrations
YAML
printf '' >"$out/config/empty.yaml"
printf 'strategy: [online]\nunknown_key: 1\n' >"$out/config/wrong_types.yaml"

# plan.json: written by the binary, offline (no server), for the same cases, both strategies.
if [[ -n ${SCHEMAPLAN:-} ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  n=0
  for case_dir in "${chosen[@]}"; do
    $all || ((n++ % 4 == 0)) || continue  # every fourth kind is enough for the small set
    name=$(basename "$(dirname "$case_dir")")_$(basename "$case_dir")
    strategies=(online)
    # The simple strategy's plans differ little in shape: every fourth case is enough (each diff costs time).
    $all && ((n++ % 4 == 0)) && strategies+=(simple)
    for strategy in "${strategies[@]}"; do
      a=$case_dir/a.sql b=$case_dir/b.sql
      [[ -f $a ]] || a=$case_dir/a
      [[ -f $b ]] || b=$case_dir/b
      [[ -s $a || -d $a ]] || a=empty
      [[ -s $b || -d $b ]] || b=empty
      rm -rf "$work/plan"
      "$SCHEMAPLAN" diff --from "$a" --to "$b" --strategy "$strategy" --out "$work/plan" >/dev/null 2>&1 || true
      [[ ! -f $work/plan/plan.json ]] || cp "$work/plan/plan.json" "$out/plan_json/${name}_$strategy.json"
    done
  done
fi
echo "make_seeds: $(ls "$out/sql" | wc -l) sql, $(ls "$out/config" | wc -l) config, $(ls "$out/plan_json" | wc -l) plan_json seeds in $out" >&2
