#!/bin/bash
# `rollback migrations:DIR@NAME` for every migration of the payments example's history (Prisma layout, which
# has no down migrations of its own): applied after the migration, the printed SQL restores exactly the schema
# before it (compared with tests/oracle/snapshot.sql, independently of schemaplan), and the migration then runs
# again on the restored database. The history replays to v2.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/runners.sh"

history=$repo/schemas/examples/payments/migrations
dev=$(db dev)
dev_url=$(url "$dev")

sp diff --from "migrations:$history" --to "$repo/schemas/examples/payments/v2" --dev-db "$dev_url" --exit-code
expect_status 0 "the payments history replays to v2"

x=$(db x)
count=0
for file in $(migration_up_files prisma "$history"); do
  name=$(basename "$(dirname "$file")")
  snap "$x" >"$tmp/before.snap" || fail "snapshot before $name"
  run_migration_file prisma "$file" up "$x" || fail "migration $name does not apply"
  sp rollback "migrations:$history@$name" --dev-db "$dev_url"
  expect_status 0 "rollback of $name"
  cp "$tmp/stdout" "$tmp/down_$name.sql"
  psql_ -d "$x" -f "$tmp/down_$name.sql" >/dev/null 2>"$tmp/psql.err" || fail "the rollback of $name does not apply: $(cat "$tmp/psql.err")"
  snap "$x" >"$tmp/after.snap" || fail "snapshot after the rollback of $name"
  diff -u "$tmp/before.snap" "$tmp/after.snap" >"$tmp/snap.diff" || fail "the rollback of $name does not restore the schema: $(head -40 "$tmp/snap.diff")"
  run_migration_file prisma "$file" up "$x" || fail "migration $name does not apply again after its rollback"
  count=$((count + 1))
done
((count >= 2)) || fail "the payments history should hold several migrations, found $count"
pass "rollback restores the schema before each of the $count payments migrations"

# The latest migration is the default; rollback needs a scratch database and a migration source.
sp rollback "migrations:$history" --dev-db "$dev_url"
expect_status 0 "rollback of the latest migration"
cmp -s "$tmp/stdout" "$tmp/down_$name.sql" || fail "rollback without @NAME should undo the latest migration ($name)"
sp rollback "migrations:$history@$name" --dev-db "$dev_url" --out "$tmp/rb"
expect_status 0 "rollback --out"
[[ -s $tmp/rb/down.sql && -s $tmp/rb/plan.md && -s $tmp/rb/plan.json ]] || fail "rollback --out writes down.sql, plan.md, plan.json"
is_json "$tmp/rb/plan.json" || fail "rollback's plan.json should be JSON"
sp rollback "migrations:$history"
expect_status 2 "rollback without --dev-db"
expect_stderr "--dev-db" "the error says what is missing"
sp rollback "$history" --dev-db "$dev_url"
expect_status 2 "rollback of something that is not a migration directory"
pass "rollback defaults and errors"
