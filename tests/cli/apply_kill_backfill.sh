#!/bin/bash
# kill -9 of `schemaplan apply` in the middle of a batched backfill (issue 12): integer -> bigint on a plain
# column of a 200,000-row table is planned expand/contract, its backfill a loop committing batch by batch. The
# applier is killed once some batches have committed and others not, its server session terminated; the rerun
# finishes the backfill (rows done already are skipped by the backfill's own condition), the schema is the
# desired one and every row holds the value it had.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

rows=200000
cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE public.readings (id bigint PRIMARY KEY, sensor integer NOT NULL, value integer NOT NULL);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE public.readings (id bigint PRIMARY KEY, sensor integer NOT NULL, value bigint NOT NULL);
SQL
d=$(db backfill)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO readings SELECT g, g % 97, g * 3 FROM generate_series(1, $rows) g" -c "ANALYZE readings" >/dev/null
checksum() { psql -X -At -d "$d" -c "SELECT count(*), sum(value::numeric * id), md5(string_agg(id || ':' || value, ',' ORDER BY id)) FROM readings"; }
before=$(checksum)
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --batch-size 2000 --out "$tmp/plan"
expect_status 0 "plan"
grep -q 'COMMIT;' "$tmp/plan/up.sql" || fail "the backfill should commit batch by batch"
grep -q 'ADD COLUMN value_sp_new bigint' "$tmp/plan/up.sql" || fail "integer -> bigint should be expand/contract"

"$SCHEMAPLAN" apply --db "$(url "$d")" --plan "$tmp/plan" --allow-hazards unreversible-rollback >"$tmp/bg.out" 2>"$tmp/bg.err" &
bg_pid=$!
# Some batches committed, not all: the new column is filled for part of the table.
filled=0
for ((i = 0; i < 600; i++)); do
  filled=$(psql -X -At -d "$d" -c "SELECT count(value_sp_new) FROM readings" 2>/dev/null || echo 0)
  ((filled > 0 && filled < rows)) && break
  kill -0 "$bg_pid" 2>/dev/null || break
  sleep 0.05
done
((filled > 0 && filled < rows)) || { kill -9 "$bg_pid" 2>/dev/null; cat "$tmp/bg.err" >&2; fail "could not catch the backfill halfway ($filled of $rows filled)"; }
{ kill -9 "$bg_pid" && wait "$bg_pid"; } 2>/dev/null
psql -X -At -d "$d" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'schemaplan apply %'" >/dev/null
for ((i = 0; i < 300; i++)); do
  [[ $(psql -X -At -d "$d" -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'schemaplan apply %'") == 0 ]] && break
  sleep 0.1
done
at_kill=$(psql -X -At -d "$d" -c "SELECT count(value_sp_new) FROM readings")
((at_kill < rows)) || fail "the backfill should be unfinished when killed ($at_kill of $rows)"
sp status --db "$(url "$d")"
grep -q "in progress\|interrupted" "$tmp/stdout" || fail "status should show the interrupted plan"

sp apply --db "$(url "$d")" --plan "$tmp/plan" --allow-hazards unreversible-rollback --wait 20s
expect_status 0 "the rerun after kill -9 mid-backfill finishes"
expect_stderr "resuming plan" "the rerun resumes"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --exit-code
expect_status 0 "the database equals the desired schema"
after=$(checksum)
[[ $before == "$after" ]] || fail "rows changed: before $before, after $after"
pass "kill -9 with $at_kill of $rows rows backfilled: resumed, every row kept its value"
