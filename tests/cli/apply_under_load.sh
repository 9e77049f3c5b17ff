#!/bin/bash
# `schemaplan apply` under write load: four connections (pgbench clients) insert into and update the table the
# plan changes for the whole run: a concurrent index build, an integer -> bigint change (expand/contract, its
# batched backfill and sync trigger), a CHECK added NOT VALID and validated. Every writer's worst wait, from
# pgbench's per-transaction log, stays under the plan's lock timeout plus a margin (a step queued for its lock
# holds writers behind it at most that long); no write fails (no client aborts); every inserted row is there
# with the value it was written with; the result is the desired schema.
source "$(dirname "$0")/lib.sh"

lock_timeout_ms=1500 margin_ms=2500 rows=100000 clients=4 load_seconds=12
cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE readings (id bigserial PRIMARY KEY, sensor integer NOT NULL, value integer NOT NULL, note text);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE readings (id bigserial PRIMARY KEY, sensor integer NOT NULL, value bigint NOT NULL, note text,
  CONSTRAINT readings_sensor_check CHECK (sensor >= 0));
CREATE INDEX readings_sensor_idx ON readings (sensor, id);
SQL
d=$(db load)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "INSERT INTO readings (sensor, value, note) SELECT g % 97, g * 2, 'seed' FROM generate_series(1, $rows) g" \
  -c "ANALYZE readings" >/dev/null
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --lock-timeout "${lock_timeout_ms}ms" --batch-size 5000 --out "$tmp/plan"
expect_status 0 "diff"
grep -q 'CREATE INDEX CONCURRENTLY readings_sensor_idx' "$tmp/plan/up.sql" || fail "the index should be built concurrently"
grep -q 'ADD COLUMN value_sp_new bigint' "$tmp/plan/up.sql" || fail "integer -> bigint should be expand/contract"

# Each transaction: one update of a seeded row (value stays id * 2) and one insert (value = sensor * 2).
cat >"$tmp/write.sql" <<SQL
\set id random(1, $rows)
\set s random(0, 96)
UPDATE readings SET value = id * 2, note = 'updated' WHERE id = :id;
INSERT INTO readings (sensor, value, note) VALUES (:s, :s * 2, 'writer');
SQL
(cd "$tmp" && pgbench -n -c "$clients" -j 2 -T "$load_seconds" -f write.sql -l --log-prefix=writes "$d" \
  >"$tmp/pgbench.out" 2>"$tmp/pgbench.err")&
bench_pid=$!
sleep 2
start=$(date +%s%N)
sp apply --db "$(url "$d")" --plan "$tmp/plan" --allow-hazards deletes-data,unreversible-rollback
elapsed=$((($(date +%s%N) - start) / 1000000))
apply_status=$status
kill -0 "$bench_pid" 2>/dev/null || fail "the write load ended before apply did (apply took ${elapsed} ms): raise load_seconds"
wait "$bench_pid"
bench_status=$?
status=$apply_status
expect_status 0 "apply under write load"
expect_stderr "the database matches its to-state" "the result is verified"
((bench_status == 0)) || fail "pgbench failed (exit $bench_status): $(tail -5 "$tmp/pgbench.err")"
grep -q "aborted" "$tmp/pgbench.err" && fail "a writer aborted: $(grep aborted "$tmp/pgbench.err" | head -3)"
grep -q "number of failed transactions: 0 " "$tmp/pgbench.out" || fail "a write failed: $(grep failed "$tmp/pgbench.out")"
done_tx=$(grep -oE 'number of transactions actually processed: [0-9]+' "$tmp/pgbench.out" | grep -oE '[0-9]+$')
((done_tx > 20)) || fail "the writers ran only '$done_tx' transactions: too few to judge"

# Per client, the worst transaction latency (pgbench's log: client_id transaction_no latency_us ...).
cat "$tmp"/writes.* >"$tmp/writes.log" 2>/dev/null || fail "pgbench wrote no transaction log"
worst=$(awk '{ if ($3 > w[$1]) w[$1] = $3 } END { for (c in w) print c, int(w[c] / 1000) }' "$tmp/writes.log" | sort -n)
[[ $(echo "$worst" | grep -c .) == "$clients" ]] || fail "expected a worst wait for each of $clients writers: $worst"
while read -r client ms; do
  ((ms <= lock_timeout_ms + margin_ms)) ||
    fail "writer $client waited ${ms} ms, more than lock_timeout ${lock_timeout_ms} ms + ${margin_ms} ms"
done <<<"$worst"
inserted=$(psql_ -At -d "$d" -c "SELECT count(*) FROM readings WHERE note = 'writer'")
((inserted == done_tx)) || fail "the writers inserted $done_tx rows, $inserted are there"
wrong=$(psql_ -At -d "$d" -c "SELECT count(*) FROM readings WHERE value IS DISTINCT FROM CASE WHEN note = 'writer' THEN sensor * 2 ELSE id * 2 END")
((wrong == 0)) || fail "$wrong rows lost their value through the type change"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --exit-code
expect_status 0 "the database equals the desired schema"
pass "apply under write load (${elapsed} ms): $done_tx writer transactions by $clients clients, worst waits (client ms): $(echo $worst | tr '\n' ' '), none failed, every row there"
