#!/bin/bash
# CI use (issue 5): drift between a database and a migration history (the runner's bookkeeping table is not
# drift), include/exclude globs, the text / json / markdown / github / dot formats of drift and
# diff --exit-code, schemaplan.yaml (flags win; unknown keys and wrong types name the file, line and key), and no
# progress output when stderr is not a terminal.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/runners.sh"

history=$repo/schemas/examples/payments/migrations
v2=$repo/schemas/examples/payments/v2
init=$(migration_names prisma "$history" | head -1)

# A production database at the first migration, with Prisma's bookkeeping table.
p=$(db prod)
run_migration_file prisma "$history/$init/migration.sql" up "$p" || fail "the first migration does not apply"
psql_ -d "$p" -c 'CREATE TABLE "_prisma_migrations" (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
  finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz,
  started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)' >/dev/null

sp drift --db "$(url "$p")" --schema "migrations:$history@$init"
expect_status 0 "drift against the history up to the applied migration ($init)"
sp drift --db "$(url "$p")" --schema "migrations:$history"
expect_status 1 "drift against the whole history: the database is behind"
grep -q refunds "$tmp/stdout" || fail "drift should name what is missing (refunds)"
grep -q _prisma_migrations "$tmp/stdout" && fail "Prisma's bookkeeping table is not drift"
for fmt in json markdown; do
  sp drift --db "$(url "$p")" --schema "migrations:$history" --format "$fmt"
  expect_status 1 "drift --format $fmt"
  grep -q refunds "$tmp/stdout" || fail "drift --format $fmt should name refunds"
  [[ $fmt != json ]] || is_json "$tmp/stdout" || fail "drift --format json should print valid JSON"
done
pass "drift against a migration history"

# Globs: an extra table left out by --exclude; a schema left out by --exclude-schema.
psql_ -d "$p" -c 'CREATE TABLE scratch_import (x int); CREATE SCHEMA pgboss; CREATE TABLE pgboss.job (id int)' >/dev/null
sp drift --db "$(url "$p")" --schema "migrations:$history@$init"
expect_status 1 "extra tables are drift"
sp drift --db "$(url "$p")" --schema "migrations:$history@$init" --exclude 'scratch_*' --exclude-schema pgboss
expect_status 0 "excluded objects are not drift"
sp drift --db "$(url "$p")" --schema "migrations:$history@$init" --exclude 'public.scratch_*' --include-schema public
expect_status 0 "--include-schema leaves other schemas out; schema.name globs"

# GitHub annotations point at the desired object's file and line.
sp drift --db "$(url "$p")" --schema "$v2" --exclude 'scratch_*' --exclude-schema pgboss --exclude _prisma_migrations --format github
expect_status 1 "drift --format github"
line=$(grep -n 'CREATE TABLE refunds' "$v2/60_refunds.sql" | head -1 | cut -d: -f1)
grep -qE "^::error file=[^,]*60_refunds\.sql,line=$line,col=1,title=[^:]*::step [0-9]+: create table public\.refunds" "$tmp/stdout" \
  || fail "the refunds annotation should point at 60_refunds.sql line $line"
[[ $(grep -c '^::error ' "$tmp/stdout") == $(wc -l <"$tmp/stdout") ]] || fail "every line should be an annotation"
sp diff --from "$(url "$p")" --to "$v2" --exclude 'scratch_*' --exclude-schema pgboss --exclude _prisma_migrations --exit-code --format github
expect_status 1 "diff --exit-code --format github"
grep -q "^::warning file=[^,]*60_refunds\.sql,line=$line," "$tmp/stdout" || fail "diff annotations should point at the files too"
sp diff --from "$(url "$p")" --to "$v2" --exclude 'scratch_*' --exclude-schema pgboss --exclude _prisma_migrations --exit-code --format text
expect_status 1 "diff --exit-code --format text"
grep -q '^+ create table public.refunds' "$tmp/stdout" || fail "text lists the steps"
pass "github and text formats"

# DOT: a digraph with one node per step, edges between declared nodes, phase colours and hazard marks.
sp diff --from "$repo/schemas/examples/payments/v1" --to "$v2" --format dot
expect_status 0 "diff --format dot"
cp "$tmp/stdout" "$tmp/plan.dot"
sp diff --from "$repo/schemas/examples/payments/v1" --to "$v2" --format text
steps=$(wc -l <"$tmp/stdout")
[[ $(head -1 "$tmp/plan.dot") == "digraph G {" && $(tail -1 "$tmp/plan.dot") == "}" ]] || fail "DOT should be one digraph"
nodes=$(grep -cE '^[0-9]+\[label=' "$tmp/plan.dot")
((nodes == steps)) || fail "DOT should have one node per step ($nodes nodes, $steps steps)"
grep -qE '^[0-9]+->[0-9]+' "$tmp/plan.dot" || fail "DOT should hold dependency edges"
while read -r a b; do
  ((a < nodes && b < nodes && a < b)) || fail "edge $a->$b should join declared nodes, earlier step first"
done < <(grep -oE '^[0-9]+->[0-9]+' "$tmp/plan.dot" | tr -- '->' '  ')
grep -q 'fillcolor="#d4e8ff"' "$tmp/plan.dot" || fail "nodes should be coloured by phase"
grep -q 'deletes-data", fillcolor=.*color="#c62828"' "$tmp/plan.dot" || fail "hazards should be marked"
# Quotes balance on every line (labels hold quoted identifiers, escaped).
while IFS= read -r l; do
  q=$(sed 's/\\"//g' <<<"$l" | tr -cd '"' | wc -c)
  ((q % 2 == 0)) || fail "unbalanced quotes in DOT line: $l"
done <"$tmp/plan.dot"
pass "dot format"

# Progress goes to terminals only: nothing on stderr here.
dev=$(db dev)
sp diff --from "migrations:$history" --to "$v2" --exit-code --dev-db "$(url "$dev")"
expect_status 0 "the history replays to v2"
[[ ! -s $tmp/stderr || $(cat "$tmp/stderr") == "no changes" ]] || fail "no progress output when stderr is not a terminal"
if command -v script >/dev/null; then
  script -qec "$SCHEMAPLAN diff --from migrations:$history --to $v2 --dev-db $(url "$dev")" /dev/null >"$tmp/tty.out" 2>&1 || true
  n=$(find "$history" -mindepth 1 -maxdepth 1 -type d | wc -l)  # one folder per Prisma migration
  grep -q "replaying .*\[$n/$n\]" "$tmp/tty.out" || fail "progress should show on a terminal (replaying ... [$n/$n])"
fi
pass "progress only on terminals"

# schemaplan.yaml: read from the working directory; flags override it.
proj=$tmp/proj
mkdir -p "$proj"
cat >"$proj/schemaplan.yaml" <<EOF
schema: migrations:$history
database_url_env: SP_TEST_DATABASE_URL
exclude: [scratch_*]
exclude_schemas: [pgboss]
EOF
cd "$proj" || fail "cannot enter $proj"
export SP_TEST_DATABASE_URL
SP_TEST_DATABASE_URL=$(url "$p")
sp drift
expect_status 1 "drift from the config: the database is behind the history"
sp drift --schema "migrations:$history@$init"
expect_status 0 "a flag overrides the config's schema"
unset SP_TEST_DATABASE_URL
sp drift --schema "migrations:$history@$init"
expect_status 2 "the config names an unset environment variable"
cd "$repo" || fail "cannot go back to $repo"
expect_stderr "schemaplan.yaml:2:.*SP_TEST_DATABASE_URL" "the error names the file, line and variable"
printf 'schema: x\nexclude_tables: [a]\n' >"$tmp/bad.yaml"
sp drift --config "$tmp/bad.yaml" --db "$(url "$p")"
expect_status 2 "an unknown key"
expect_stderr "bad.yaml:2:1: error: unknown key 'exclude_tables'" "the error names the file, line and key"
printf 'strategy: [online]\n' >"$tmp/bad.yaml"
sp diff --config "$tmp/bad.yaml" --from empty --to "$v2"
expect_status 2 "a wrong type"
expect_stderr "bad.yaml:1:.*'strategy' expects a string" "the error names the file, line and key"
sp drift --config "$tmp/missing.yaml" --db "$(url "$p")" --schema "$v2"
expect_status 2 "a missing --config file"
pass "schemaplan.yaml"
