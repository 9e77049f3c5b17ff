#!/bin/bash
# Rules 1 and 6 under load: while up.sql builds an index and changes a column's type (integer -> bigint,
# expand/contract) on a table with rows, a second connection keeps inserting and updating. No statement of that
# writer may wait longer than the lock timeout plus a margin (a DDL statement queued for its lock holds the writer
# behind it at most that long, and holds its lock only for a catalog change), and every row it wrote must be
# there, with the value it wrote, after the type change. Wall-clock speed of the whole is not asserted.
# Also: plan.md shows the table's estimated rows and size beside the steps that scan it.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/writer.sh"

lock_timeout_ms=2000 margin_ms=2500 rows=200000
cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE readings (id bigint PRIMARY KEY, sensor integer NOT NULL, value integer NOT NULL, note text);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE readings (id bigint PRIMARY KEY, sensor integer NOT NULL, value bigint NOT NULL, note text);
CREATE INDEX readings_sensor_idx ON readings (sensor, id);
SQL
d=$(db load)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO readings SELECT g, g % 97, g * 2, 'seed' FROM generate_series(1, $rows) g" -c "ANALYZE readings" >/dev/null
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --lock-timeout "${lock_timeout_ms}ms" --batch-size 5000 --out "$tmp/plan"
expect_status 0 "diff"
grep -q 'CREATE INDEX CONCURRENTLY readings_sensor_idx' "$tmp/plan/up.sql" || fail "rule 1: the index should be built concurrently"
grep -q 'ADD COLUMN value_sp_new bigint' "$tmp/plan/up.sql" || fail "rule 6: integer -> bigint should be expand/contract"
grep -q 'ALTER COLUMN value TYPE' "$tmp/plan/up.sql" && fail "rule 6: no in-place type change"
# From a live database, plan.md weighs each scan by the table's estimated rows and size, and its duration class.
grep -qE '\| scan \(~[0-9]+ rows, [0-9.]+ (kB|MB), seconds\) \|' "$tmp/plan/plan.md" || fail "plan.md should show the table's rows, size and duration class beside scans"

# The writer (fixtures/writer.sh): inserted ids start above the seeded rows; updates touch seeded rows; every
# value is id * 2.
round() {
  echo "INSERT INTO readings (id, sensor, value, note) VALUES ($1, $(($1 % 97)), $(($1 * 2)), 'writer');"
  echo "UPDATE readings SET value = id * 2, note = 'updated' WHERE id = $(($2 * 37 % rows + 1));"
}
up_under_writer "$d" $((rows + 1)) 10 round
check_writer_waits 40 "$lock_timeout_ms" "$margin_ms"

inserted=$(($(cat "$tmp/next_id") - rows - 1))
got=$(psql_ -At -d "$d" -c "SELECT count(*) FROM readings WHERE note = 'writer' OR (id > $rows AND note = 'updated')")
((got == inserted)) || fail "the writer inserted $inserted rows, $got are there"
wrong=$(psql_ -At -d "$d" -c "SELECT count(*) FROM readings WHERE value IS DISTINCT FROM id * 2")
((wrong == 0)) || fail "$wrong rows lost their value through the type change"
[[ $(psql_ -At -d "$d" -c "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'readings'::regclass AND attname = 'value'") == bigint ]] \
  || fail "value should be bigint after up.sql"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --exit-code
expect_status 0 "nothing left to do after up.sql"
elapsed=$((($(date +%s%N) - start) / 1000000))
pass "concurrent writes: $count writer statements during up.sql (${elapsed} ms), worst ${worst} ms, all $inserted inserted rows landed with their values"
