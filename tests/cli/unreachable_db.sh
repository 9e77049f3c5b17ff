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
pass "unreachable databases exit 2 without showing the password"
