#!/bin/bash
# drift --db URL --schema PATH: exit 0 when the database matches, 1 when it drifted (saying what differs, in
# text, json or markdown), 2 on any error.
source "$(dirname "$0")/lib.sh"

schema=$repo/tests/cases/enums/add_value_before_after/b.sql
d=$(db d)
load "$d" "$schema"

sp drift --db "$(url "$d")" --schema "$schema"
expect_status 0 "drift on a matching database"
for fmt in text json markdown; do
  sp drift --db "$(url "$d")" --schema "$schema" --format "$fmt"
  expect_status 0 "drift --format $fmt on a matching database"
done

psql_ -d "$d" -c 'ALTER TABLE plans ADD COLUMN sneaky_column integer' -c "ALTER TYPE priority ADD VALUE 'hotfix'"
sp drift --db "$(url "$d")" --schema "$schema"
expect_status 1 "drift after a column was added by hand"
grep -q sneaky_column "$tmp/stdout" "$tmp/stderr" || fail "drift should name what differs (sneaky_column)"
sp drift --db "$(url "$d")" --schema "$schema" --format json
expect_status 1 "drift --format json after drift"
is_json "$tmp/stdout" || fail "drift --format json should print valid JSON"
grep -q sneaky_column "$tmp/stdout" || fail "drift --format json should name sneaky_column"
sp drift --db "$(url "$d")" --schema "$schema" --format markdown
expect_status 1 "drift --format markdown after drift"
grep -q sneaky_column "$tmp/stdout" || fail "drift --format markdown should name sneaky_column"

sp drift --db "$(url "$d")" --schema "$tmp/missing.sql"
expect_status 2 "drift with a missing schema file"
echo 'CREATE TABLE (' >"$tmp/bad.sql"
sp drift --db "$(url "$d")" --schema "$tmp/bad.sql"
expect_status 2 "drift with a malformed schema file"
sp drift --db "postgresql://$PGUSER@127.0.0.1:1/x" --schema "$schema"
expect_status 2 "drift against an unreachable database"
sp drift --db "$(url "$d")" --schema "$schema" --format yaml
expect_status 2 "drift with an unknown format"
pass "drift exits 0 / 1 / 2"
