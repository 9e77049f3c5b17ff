#!/bin/bash
# diff --exit-code: 0 when there is nothing to change, 1 when there is (the plan is still printed or written);
# errors stay 2.
source "$(dirname "$0")/lib.sh"

echo 'CREATE TABLE t (id integer PRIMARY KEY);' >"$tmp/a.sql"
printf 'CREATE TABLE t (id integer PRIMARY KEY);\nCREATE INDEX t_id_idx ON t (id);\n' >"$tmp/b.sql"

sp diff --exit-code --from "$tmp/a.sql" --to "$tmp/a.sql"
expect_status 0 "--exit-code without changes"
sp diff --exit-code --from "$tmp/a.sql" --to "$tmp/b.sql"
expect_status 1 "--exit-code with changes"
grep -qi 'create index' "$tmp/stdout" || fail "--exit-code with changes still prints the SQL"
sp diff --exit-code --from "$tmp/a.sql" --to "$tmp/b.sql" --out "$tmp/out"
expect_status 1 "--exit-code with changes and --out"
grep -qi 'create index' "$tmp/out/up.sql" || fail "--exit-code with --out still writes up.sql"
sp diff --from "$tmp/a.sql" --to "$tmp/b.sql"
expect_status 0 "changes without --exit-code"
sp diff --exit-code --from "$tmp/a.sql" --to "$tmp/missing.sql"
expect_status 2 "--exit-code with a missing input file"
sp no-such-command
expect_status 2 "an unknown command"
sp diff --from "$tmp/a.sql"
expect_status 2 "diff without --to"
pass "--exit-code gives 0/1, errors 2"
