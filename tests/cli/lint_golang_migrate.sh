#!/bin/bash
# schemaplan lint on a golang-migrate directory (<version>_<name>.up.sql, each file sent as one query, BEGIN/COMMIT
# written in the file): renames, drops, enum order, long identifiers, type advice, REINDEX, DETACH PARTITION,
# DROP INDEX, and CONCURRENTLY in a file of two statements. The safe forms of the statements that have one run on
# the server and give the same schema as the originals (schemaplan diff --exit-code). Last, a dbmate file (up and
# down sections in one file, the runner's own BEGIN/COMMIT).
source "$(dirname "$0")/lib.sh"

m="$tmp/migrations"
mkdir -p "$m"
cat >"$m/000001_init.up.sql" <<'EOF'
CREATE TYPE status AS ENUM ('active', 'closed');
CREATE TABLE accounts (
  id serial PRIMARY KEY,
  email varchar(255) NOT NULL,
  name text NOT NULL,
  nickname text,
  state status NOT NULL DEFAULT 'active',
  created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX accounts_email_idx ON accounts (email);
CREATE INDEX accounts_name_idx ON accounts (name);
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
EOF
echo 'DROP TABLE events; DROP TABLE accounts; DROP TYPE status;' >"$m/000001_init.down.sql"
cat >"$m/000002_changes.up.sql" <<'EOF'
BEGIN;
SET lock_timeout = '3s';
SET statement_timeout = '30s';
ALTER TABLE accounts RENAME COLUMN email TO email_address;
ALTER TABLE accounts DROP COLUMN nickname;
ALTER TYPE status ADD VALUE 'pending' BEFORE 'closed';
CREATE TABLE audit_entries_with_a_name_that_is_far_too_long_for_postgresql_identifiers (id bigint);
ALTER TABLE accounts ALTER COLUMN name DROP NOT NULL;
COMMIT;
EOF
echo 'REINDEX INDEX accounts_email_idx;' >"$m/000003_reindex.up.sql"
echo 'ALTER TABLE events DETACH PARTITION events_2024;' >"$m/000004_detach.up.sql"
echo 'DROP INDEX accounts_email_idx;' >"$m/000005_drop_index.up.sql"
printf "SET lock_timeout = '1s';\nDROP INDEX CONCURRENTLY accounts_name_idx;\n" >"$m/000006_two_statements.up.sql"

sp lint "migrations:$m" --format json
expect_status 1 "the concurrent drop in a two-statement file is an error"
python3 -m json.tool "$tmp/stdout" >/dev/null || fail "--format json is valid JSON"
cp "$tmp/stdout" "$tmp/report.json"
# `file statement` -> the codes found there, space-separated.
codes() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(sorted(f["code"] for f in r["files"][int(sys.argv[2])]["statements"][int(sys.argv[3])]["findings"])))' "$tmp/report.json" "$@"; }
[[ $(codes 0 1) == "prefer-bigint prefer-identity prefer-text prefer-timestamptz" ]] || fail "type advice on CREATE TABLE: $(codes 0 1)"
[[ $(codes 1 0) == "" ]] || fail "BEGIN in a file sent as one query is not nesting: $(codes 1 0)"
[[ $(codes 1 3) == "breaks-running-code" ]] || fail "a column rename: $(codes 1 3)"
[[ $(codes 1 4) == "deletes-data" ]] || fail "a dropped column: $(codes 1 4)"
[[ $(codes 1 5) == "enum-value-order" ]] || fail "ADD VALUE BEFORE: $(codes 1 5)"
[[ $(codes 1 6) == "identifier-too-long" ]] || fail "a 74-byte table name: $(codes 1 6)"
[[ $(codes 1 7) == "breaks-running-code" ]] || fail "DROP NOT NULL: $(codes 1 7)"
[[ $(codes 2 0) == "index-build missing-timeout" ]] || fail "REINDEX without CONCURRENTLY: $(codes 2 0)"
[[ $(codes 3 0) == "access-exclusive-lock missing-timeout" ]] || fail "DETACH PARTITION without CONCURRENTLY: $(codes 3 0)"
[[ $(codes 4 0) == "access-exclusive-lock missing-timeout" ]] || fail "DROP INDEX without CONCURRENTLY: $(codes 4 0)"
[[ $(codes 5 1) == "missing-timeout transaction-block" ]] || fail "DROP INDEX CONCURRENTLY after another statement of one query: $(codes 5 1)"
pass "findings on a golang-migrate directory"

# A single file of the directory: judged against the migrations before it, with golang-migrate's one-query rule.
sp lint "$m/000005_drop_index.up.sql"
expect_status 0 "warnings only"
grep -q '^    DROP INDEX CONCURRENTLY public.accounts_email_idx;' "$tmp/stdout" || fail "the safe form of DROP INDEX"
grep -q 'lock public.accounts: ACCESS EXCLUSIVE' "$tmp/stdout" || fail "the index's table comes from the earlier migrations"
pass "one file of the directory"

# The safe forms, each applied after the migrations before its file, against the original statement.
python3 - "$tmp/report.json" "$tmp" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
for k, f in enumerate(r["files"]):
    for i, s in enumerate(f["statements"]):
        if s["safe_form"]:
            open(f"{sys.argv[2]}/safe_{k}_{i}.sql", "w").write(s["safe_form"])
            open(f"{sys.argv[2]}/orig_{k}_{i}.sql", "w").write(s["text"] + ";\n")
            assert i == 0, "the safe forms of this test are for single-statement files"
EOF
ups=("$m"/*.up.sql)
checked=0
for safe_sql in "$tmp"/safe_*.sql; do
  name=$(basename "$safe_sql" .sql)
  k=${name#safe_}
  k=${k%_*}
  orig=$(db "o$k")
  safe=$(db "s$k")
  for d in "$orig" "$safe"; do
    for ((j = 0; j < k; j++)); do load "$d" "${ups[$j]}"; done
  done
  psql_ -d "$orig" -f "$tmp/orig_${k}_0.sql" >/dev/null || fail "original statement of file $k does not apply"
  psql_ -d "$safe" -f "$safe_sql" >/dev/null || fail "the safe form of file $k does not run: $(cat "$safe_sql")"
  sp diff --from "$(url "$safe")" --to "$(url "$orig")" --exit-code
  ((status == 0)) || fail "the safe form of $(cat "$tmp/orig_${k}_0.sql") gives another schema"
  checked=$((checked + 1))
done
((checked == 3)) || fail "expected safe forms for REINDEX, DETACH PARTITION and DROP INDEX, checked $checked"
pass "the $checked safe forms run and give the original statements' schema"

# dbmate keeps up and down in one file: findings point at the file's own lines, and the runner's BEGIN/COMMIT
# around the up section makes a concurrent build there an error.
d="$tmp/dbmate/db/migrations"
mkdir -p "$d"
printf -- '-- migrate:up\nCREATE TABLE t (id bigint PRIMARY KEY, a text);\n\n-- migrate:down\nDROP TABLE t;\n' >"$d/20250101000000_init.sql"
printf -- '-- the index\n-- migrate:up\nCREATE INDEX t_a ON t (a);\nCREATE INDEX CONCURRENTLY t_a2 ON t (a);\n\n-- migrate:down\nDROP INDEX t_a;\n' >"$d/20250102000000_idx.sql"
sp lint "$d/20250102000000_idx.sql"
expect_status 1 "CREATE INDEX CONCURRENTLY in dbmate's transaction"
grep -q '20250102000000_idx.sql:3:1: warning: index-build: ' "$tmp/stdout" || fail "dbmate: the finding points at line 3 of the file"
grep -q '20250102000000_idx.sql:4:1: error: transaction-block: .*dbmate' "$tmp/stdout" || fail "dbmate: transaction-block on line 4"
pass "dbmate: lines of the file, and its transaction"

# A file alone (no directory, no --db): the tables are unknown, so the safe forms are the statements' own online
# spellings. Those too must run and give the statements' schema.
alone=$(db alone)
psql_ -d "$alone" -c "CREATE TABLE parent (id bigint PRIMARY KEY);
  CREATE TABLE child (id bigint PRIMARY KEY, parent_id bigint, code text, qty integer);
  INSERT INTO parent SELECT generate_series(1, 100); INSERT INTO child SELECT g, 1 + g % 100, 'c' || g, g FROM generate_series(1, 500) g"
cat >"$tmp/alone.sql" <<'EOF2'
SET lock_timeout = '3s';
SET statement_timeout = '30s';
ALTER TABLE child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent (id);
ALTER TABLE child ADD CONSTRAINT child_qty_positive CHECK (qty > 0);
ALTER TABLE child ALTER COLUMN code SET NOT NULL;
ALTER TABLE child ADD CONSTRAINT child_code_key UNIQUE (code);
CREATE INDEX child_qty_idx ON child (qty);
EOF2
sp lint "$tmp/alone.sql" --format json
expect_status 0 "warnings only"
cp "$tmp/stdout" "$tmp/alone.json"
python3 - "$tmp" <<'EOF2' || fail "each of the 5 statements on unknown tables gets a safe form"
import json, sys
t = sys.argv[1]
r = json.load(open(f"{t}/alone.json"))["files"][0]["statements"]
assert all(s["safe_form"] for s in r[2:]), [s["safe_form"] for s in r]
open(f"{t}/alone_orig.sql", "w").write("".join(s["text"] + ";\n" for s in r))
open(f"{t}/alone_safe.sql", "w").write("".join(s["safe_form"] or s["text"] + ";\n" for s in r))
EOF2
for chain in orig safe; do
  d=${prefix}_alone_$chain
  dropdb --if-exists "$d" >/dev/null 2>&1
  createdb -S file_copy -T "$alone" "$d" || fail "cannot copy the database"
  created_dbs+=("$d")
  psql_ -d "$d" -f "$tmp/alone_$chain.sql" >"$tmp/chain.out" 2>&1 || { cat "$tmp/chain.out" >&2; fail "the $chain statements do not run"; }
done
sp diff --from "$(url "${prefix}_alone_safe")" --to "$(url "${prefix}_alone_orig")" --exit-code
((status == 0)) || fail "the statements' own online spellings give another schema"
pass "the safe forms written without the schema run and give the statements' schema"
