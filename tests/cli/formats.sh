#!/bin/bash
# diff without --out prints the forward SQL on stdout; --format markdown|json print the plan instead
# (plan.md / plan.json's content); --format sql is the default; an unknown format is a usage error.
source "$(dirname "$0")/lib.sh"

echo 'CREATE TABLE users (id integer PRIMARY KEY);' >"$tmp/a.sql"
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE TABLE "Audit Log" (id bigint PRIMARY KEY);
SQL

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql"
expect_status 0 "diff to stdout"
grep -qiE 'alter table.*users' "$tmp/stdout" || fail "stdout should hold the forward SQL (ALTER TABLE users ...)"
grep -qE 'CREATE TABLE (public\.)?"Audit Log"' "$tmp/stdout" || fail "stdout should hold CREATE TABLE \"Audit Log\" with the name quoted"
! grep -qiE 'drop table' "$tmp/stdout" || fail "stdout should hold the forward SQL only, not the rollback"
cp "$tmp/stdout" "$tmp/default.out"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format sql
expect_status 0 "--format sql"
cmp -s "$tmp/stdout" "$tmp/default.out" || fail "--format sql should print what the default prints"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --out "$tmp/out"
expect_status 0 "diff --out"
cmp -s "$tmp/out/up.sql" "$tmp/default.out" || fail "stdout without --out should be up.sql's content"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format markdown
expect_status 0 "--format markdown"
grep -q '^#' "$tmp/stdout" || fail "--format markdown should print a markdown document with headings"
grep -q 'Audit Log' "$tmp/stdout" || fail "the markdown plan should name the objects it changes"
cmp -s "$tmp/stdout" "$tmp/out/plan.md" || fail "--format markdown should print what plan.md holds"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format json
expect_status 0 "--format json"
is_json "$tmp/stdout" || fail "--format json should print valid JSON"
grep -q '"version"' "$tmp/stdout" || fail "plan.json should carry a version field"
cmp -s "$tmp/stdout" "$tmp/out/plan.json" || fail "--format json should print what plan.json holds"
is_json "$tmp/out/plan.json" || fail "plan.json should be valid JSON"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --format yaml
expect_status 2 "an unknown --format"
pass "stdout and --format print the plan"
