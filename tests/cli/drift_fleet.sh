#!/bin/bash
# drift over a fleet: --db repeated and --targets FILE check one schema against 50 databases in parallel (--jobs),
# one line per database in the order given and a summary; exit 0 all match, 1 some drifted, 2 some could not be
# checked. The databases are made from one template, then three drift in different ways and one is unreachable.
source "$(dirname "$0")/lib.sh"

schema=$repo/tests/cases/enums/add_value_before_after/b.sql
template=$(db tpl)
load "$template" "$schema"
targets=$tmp/targets.txt
: >"$targets"
echo "# the tenants" >>"$targets"
for i in $(seq -w 1 50); do
  name=${prefix}_t$i
  dropdb --if-exists "$name" >/dev/null 2>&1
  createdb -T "$template" -S file_copy "$name" || fail "cannot create $name"
  echo "$name" >>"$tmp/created_dbs"
  echo "$(url "$name")" >>"$targets"
  [[ $i == 25 ]] && echo "" >>"$targets"
done

sp drift --targets "$targets" --schema "$schema" --jobs 4
expect_status 0 "50 matching databases"
[[ $(grep -c '^match ' "$tmp/stdout") == 50 ]] || fail "one match line per database"
grep -q '^50 databases: 50 match, 0 drifted, 0 could not be checked$' "$tmp/stdout" || fail "the summary counts 50 matches"

psql_ -d "${prefix}_t07" -c 'ALTER TABLE plans ADD COLUMN sneaky integer'
psql_ -d "${prefix}_t19" -c "ALTER TYPE priority ADD VALUE 'hotfix'"
psql_ -d "${prefix}_t42" -c 'DROP TABLE plans CASCADE'
sp drift --targets "$targets" --schema "$schema" --jobs 4
expect_status 1 "three drifted databases"
cp "$tmp/stdout" "$tmp/first"
grep -q "^drifted .*_t07: 1 change to match (first: drop column public.plans.sneaky" "$tmp/stdout" || fail "t07's line names its extra column"
grep -qE "^drifted .*_t19: " "$tmp/stdout" || fail "t19 drifted (an enum value)"
grep -qE "^drifted .*_t42: .*create table public.plans" "$tmp/stdout" || fail "t42's line names the missing table"
[[ $(grep -c '^match ' "$tmp/stdout") == 47 ]] || fail "47 databases still match"
grep -q '^50 databases: 47 match, 3 drifted, 0 could not be checked$' "$tmp/stdout" || fail "the summary"
# Lines in the order of the targets, whatever finished first.
grep -oE '_t[0-9]+' "$tmp/stdout" | sort -c || fail "lines come in the order of the targets file"
sp drift --targets "$targets" --schema "$schema" --jobs 1
expect_status 1 "the same with one job"
cmp -s "$tmp/stdout" "$tmp/first" || fail "the report does not depend on --jobs"
pass "fleet drift: match, drifted, one line per database in order"

# --db repeated, an unreachable database among them (with a password, never printed), and the formats.
sp drift --db "$(url "${prefix}_t01")" --db "postgresql://$PGUSER:s3cret@127.0.0.1:1/gone" --db "$(url "${prefix}_t07")" --schema "$schema"
expect_status 2 "an unreachable database"
grep -qE '^error +postgresql://.*127\.0\.0\.1:1/gone: ' "$tmp/stdout" || fail "the unreachable database has an error line"
grep -q 's3cret' "$tmp/stdout" "$tmp/stderr" && fail "the password is printed"
grep -q '^3 databases: 1 match, 1 drifted, 1 could not be checked$' "$tmp/stdout" || fail "the summary counts the error"
sp drift --db "$(url "${prefix}_t01")" --db "$(url "${prefix}_t42")" --schema "$schema" --format json
expect_status 1 "json"
is_json "$tmp/stdout" || fail "--format json is valid JSON"
grep -q '"drifted": 1' "$tmp/stdout" || fail "json summary"
sp drift --db "$(url "${prefix}_t01")" --db "$(url "${prefix}_t42")" --schema "$schema" --format markdown
expect_status 1 "markdown"
grep -q '| drifted |' "$tmp/stdout" || fail "markdown table row"
sp drift --db "$(url "${prefix}_t01")" --db "$(url "${prefix}_t42")" --schema "$schema" --format github
expect_status 1 "github"
grep -q '^::error title=schemaplan drift::.*_t42 drifted' "$tmp/stdout" || fail "github annotation"
pass "fleet drift: errors, passwords, formats"

# Bad input: a line that is no database (file:line:col), an empty targets file, no --schema.
printf '%s\nnot a database\n' "$(url "${prefix}_t01")" >"$tmp/bad.txt"
sp drift --targets "$tmp/bad.txt" --schema "$schema"
expect_status 2 "a bad targets line"
expect_stderr "bad.txt:2:1: error" "the bad line is located"
echo "# nothing" >"$tmp/empty.txt"
sp drift --targets "$tmp/empty.txt" --schema "$schema"
expect_status 2 "an empty targets file"
sp drift --db "$(url "${prefix}_t01")" --db "$(url "${prefix}_t02")"
expect_status 2 "no --schema"
pass "fleet drift: bad input exits 2"
