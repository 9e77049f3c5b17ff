#!/bin/bash
# Data statements in schema files (a Rails structure.sql ends with INSERT INTO schema_migrations; psql scripts
# COPY rows from stdin) are not part of a desired schema: skipped with one warning that counts them and points at
# the first, or an error with --strict.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/schema.sql" <<'SQL'
CREATE TABLE schema_migrations (version varchar PRIMARY KEY);
CREATE TABLE settings (name text PRIMARY KEY, value text);

INSERT INTO schema_migrations (version) VALUES ('20240101000000');
COPY settings (name, value) FROM stdin;
theme	dark
lang	en; DROP TABLE settings;
\.
UPDATE settings SET value = 'x';
SELECT pg_catalog.setval('public.seq', 1, false);
SQL
sp diff --from empty --to "$tmp/schema.sql"
expect_status 0 "a schema file with data statements plans its DDL"
expect_stderr "schema\.sql:4:1: warning: skipped 4 data statements \(the first is this INSERT\)" \
  "one warning counting the data statements (the COPY rows are no statements) at the first one"
expect_stderr "^INSERT INTO schema_migrations" "the warning shows the first data statement's line"
grep -q "CREATE TABLE public.settings" "$tmp/stdout" || fail "the DDL is planned"
grep -qi "INSERT\|theme" "$tmp/stdout" && fail "no data reaches the plan"

sp diff --from empty --to "$tmp/schema.sql" --strict --out "$tmp/out"
expect_status 2 "--strict makes a data statement an error"
expect_stderr "schema\.sql:4:1: error: INSERT changes data, not the schema" "the error names the first data statement"
[[ ! -e $tmp/out ]] || fail "--out must not be written after an input error"

# A database compared with such files (they are loaded into a temporary database without their data).
d=$(db target)
sp diff --from "$(url "$d")" --to "$tmp/schema.sql"
expect_status 0 "database -> files with data statements"
expect_stderr "warning: skipped 4 data statements" "the same warning when the files are loaded into a database"
pass "data statements are skipped with one warning, errors with --strict"
