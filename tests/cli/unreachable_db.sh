#!/bin/bash
# An unreachable database: exit status 2, a clear message, and never the password in any output.
source "$(dirname "$0")/lib.sh"

echo 'CREATE TABLE t (id integer);' >"$tmp/schema.sql"
secret=s3cret
check() { # DESCRIPTION ARGS...
  local what=$1; shift
  sp "$@"
  expect_status 2 "$what"
  [[ -s $tmp/stderr ]] || fail "$what: an error message is expected on stderr"
  ! grep -q "$secret" "$tmp/stdout" "$tmp/stderr" || fail "$what: the password appears in the output"
}
check "diff --from URL" diff --from "postgres://u:$secret@127.0.0.1:1/x" --to "$tmp/schema.sql"
check "diff --to URL" diff --from "$tmp/schema.sql" --to "postgresql://u:$secret@127.0.0.1:1/x"
check "diff --from conninfo" diff --from "host=127.0.0.1 port=1 user=u password=$secret dbname=x" --to empty
check "diff --out" diff --from "postgres://u:$secret@127.0.0.1:1/x" --to "$tmp/schema.sql" --out "$tmp/out"
[[ ! -e $tmp/out ]] || [[ -z $(ls -A "$tmp/out") ]] || fail "a connection error must leave no files in --out"
check "inspect" inspect --db "postgres://u:$secret@127.0.0.1:1/x"
check "drift" drift --db "postgres://u:$secret@127.0.0.1:1/x" --schema "$tmp/schema.sql"
# A reachable server with a wrong password must not echo it either (trust auth accepts it, so use a bad database).
check "missing database" diff --from "postgresql://$PGUSER:$secret@$PGHOST:$PGPORT/${prefix}_does_not_exist" --to empty
# env:VAR names the variable holding the URL (kept off the command line): the same rules, and an unset variable is
# a usage error naming it.
export SP_TEST_URL="postgres://u:$secret@127.0.0.1:1/x"
check "diff --from env:VAR" diff --from env:SP_TEST_URL --to "$tmp/schema.sql"
grep -q "could not connect to postgresql://u@127.0.0.1:1/x" "$tmp/stderr" || fail "env:VAR is connected to as the URL it holds"
check "drift --db env:VAR" drift --db env:SP_TEST_URL --schema "$tmp/schema.sql"
unset SP_TEST_URL
check "unset env:VAR" inspect --db env:SP_TEST_URL
grep -q "environment variable SP_TEST_URL is not set" "$tmp/stderr" || fail "an unset env:VAR names the variable"
pass "unreachable databases exit 2 without showing the password"
