#!/bin/bash
# diff --fail-on HAZARD[,HAZARD...]: exit 1 when the plan holds a listed hazard (the plan is still written), naming
# the steps on stderr; 0 when it holds none of them; an unknown code is a usage error (2) naming it and the valid
# codes. Also: --lock-timeout / --statement-timeout reach up.sql, and a malformed duration is a usage error.
source "$(dirname "$0")/lib.sh"

printf 'CREATE TABLE t (id integer PRIMARY KEY, note text);\nCREATE TABLE gone (id integer);\n' >"$tmp/a.sql"
printf 'CREATE TABLE t (id integer PRIMARY KEY, note text NOT NULL);\nCREATE INDEX t_note_idx ON t (note);\n' >"$tmp/b.sql"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --out "$tmp/out" --fail-on deletes-data
expect_status 1 "--fail-on with a dropped table"
grep -q 'drop table public.gone' "$tmp/stderr" || fail "--fail-on names the offending step"
grep -q 'deletes-data' "$tmp/stderr" || fail "--fail-on names the hazard"
grep -qi 'DROP TABLE public.gone' "$tmp/out/up.sql" || fail "--fail-on still writes the plan"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --fail-on table-rewrite,full-table-scan
expect_status 0 "--fail-on with hazards the plan does not hold (online: SET NOT NULL does not scan under lock)"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --strategy simple --fail-on table-rewrite,full-table-scan
expect_status 1 "--fail-on full-table-scan with a plain SET NOT NULL"
grep -q 'full-table-scan' "$tmp/stderr" || fail "--fail-on names full-table-scan"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --fail-on deletes-data,no-such-hazard
expect_status 2 "--fail-on with an unknown code"
grep -q "no-such-hazard" "$tmp/stderr" || fail "the usage error names the unknown code"
grep -q "index-build" "$tmp/stderr" || fail "the usage error lists the valid codes"

sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --lock-timeout 2s --statement-timeout 1min
expect_status 0 "custom timeouts"
grep -q "SET lock_timeout = '2s';" "$tmp/stdout" || fail "--lock-timeout reaches up.sql"
grep -q "SET statement_timeout = '1min';" "$tmp/stdout" || fail "--statement-timeout reaches up.sql"
grep -q "SET statement_timeout = '0';" "$tmp/stdout" || fail "long steps keep no statement limit"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --strategy simple
grep -q "^SET " "$tmp/stdout" && fail "--strategy simple sets no timeouts"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql" --lock-timeout five
expect_status 2 "a malformed --lock-timeout"
grep -q -- "--lock-timeout" "$tmp/stderr" || fail "the usage error names the option"
pass "--fail-on gives 1 on listed hazards, 2 on unknown codes; timeouts reach up.sql"
