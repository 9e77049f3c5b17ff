#!/bin/bash
# A statement of a kind not supported (a temporary view: temporary objects are not part of a schema) is an error
# naming the kind and its location,
# never a silent skip.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/schema.sql" <<'SQL'
CREATE TABLE users (id integer PRIMARY KEY, email text);

-- temporary objects belong to a session, not to the schema
CREATE TEMPORARY VIEW active_users AS SELECT id, email FROM users;
SQL
sp diff --from empty --to "$tmp/schema.sql"
((status != 0)) || fail "an unsupported statement must not be skipped silently"
expect_status 2 "unsupported CREATE TEMPORARY VIEW"
expect_stderr "schema\.sql:4:1: error: " "the location of the CREATE TEMPORARY VIEW statement (line 4, column 1)"
expect_stderr "TEMPORARY VIEW" "the message names the unsupported kind (CREATE TEMPORARY VIEW)"

sp diff --from empty --to "$tmp/schema.sql" --out "$tmp/out"
expect_status 2 "unsupported CREATE TEMPORARY VIEW with --out"
[[ ! -e $tmp/out ]] || [[ -z $(ls -A "$tmp/out") ]] || fail "--out must stay empty after an input error"
pass "unsupported statements are errors with their location"
