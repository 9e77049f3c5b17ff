#!/bin/bash
# Locks around apply:
# 1. one applier at a time: while one runs (blocked on a table lock), a second exits 2 naming the first
#    (application_name and the pid of its server session), also after --wait runs out; the first finishes;
# 2. a step that cannot get its lock within its lock_timeout is retried with backoff and succeeds once the
#    other session lets go;
# 3. when the retries run out, apply stops with the step, its SQL and the server's message, exit 1, and status
#    shows it.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

cat >"$tmp/v2.sql" <<'SQL'
CREATE TABLE public.t (id int PRIMARY KEY, a int, b text);
SQL
# plan_t DB DIR [diff options]: a database holding t without b, and the plan adding b.
plan_t() {
  local d=$1 dir=$2
  shift 2
  psql_ -d "$d" -c "CREATE TABLE public.t (id int PRIMARY KEY, a int)" || fail "cannot create t"
  sp diff --from "$(url "$d")" --to "$tmp/v2.sql" --out "$dir" "$@"
  expect_status 0 "plan adding t.b"
}

# 1. Two appliers at once.
a=$(db two)
plan_t "$a" "$tmp/two" --lock-timeout 30s
hold "$a" sp_holder "LOCK TABLE public.t IN ACCESS SHARE MODE"
"$SCHEMAPLAN" apply --db "$(url "$a")" --plan "$tmp/two" >"$tmp/first.out" 2>"$tmp/first.err" &
first=$!
first_server=$(applier_waiting "$a")
[[ -n $first_server ]] || { kill -9 "$first"; fail "the first applier should block on t"; }
sp apply --db "$(url "$a")" --plan "$tmp/two"
expect_status 2 "a second applier exits 2"
expect_stderr "another applier is running on database $a: 'schemaplan apply [0-9a-f]{12}' \(pid $first_server, role $PGUSER, from [^,]+, connected since [0-9-]+ [0-9:]+ UTC\)" "the refusal names the holder"
expect_stderr "--wait DURATION" "the refusal says how to wait"
sp apply --db "$(url "$a")" --plan "$tmp/two" --wait 300ms
expect_status 2 "a second applier whose --wait runs out exits 2"
expect_stderr "still held after --wait 300ms" "the refusal says the wait ran out"
sp apply --db "$(url "$a")" --plan "$tmp/two" --wait soon
expect_status 2 "a bad --wait is a usage error"
sp status --db "$(url "$a")"
grep -qE "^an applier is running now: 'schemaplan apply [0-9a-f]{12}' \(pid $first_server," "$tmp/stdout" ||
  fail "status should show the applier running now"
release "$a" sp_holder
wait "$first"
status=$?
((status == 0)) || { cat "$tmp/first.err" >&2; fail "the first applier should finish once the lock is released (exit $status)"; }
sp diff --from "$(url "$a")" --to "$tmp/v2.sql" --exit-code
expect_status 0 "the database equals the desired schema"
pass "one applier at a time"

# 2. A lock timeout retried until the other session lets go (after about 3 s; the step waits 200 ms each try,
# the backoff 1 s, then 2 s).
b=$(db retry)
plan_t "$b" "$tmp/retry" --lock-timeout 200ms
PGAPPNAME=sp_holder psql -X -q -d "$b" -c "BEGIN; LOCK TABLE public.t IN ACCESS SHARE MODE; SELECT pg_sleep(3); COMMIT" >/dev/null 2>&1 &
holder=$!
for ((i = 0; i < 300; i++)); do
  [[ $(psql -X -At -d "$b" -c "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'sp_holder' AND wait_event = 'PgSleep'") == 1 ]] && break
  sleep 0.1
done
sp apply --db "$(url "$b")" --plan "$tmp/retry"
wait "$holder"
expect_status 0 "apply succeeds once the lock is released"
expect_stderr "step 1 \(add column public.t.b\): canceling statement due to lock timeout; retry 1 of 5 in 1000 ms" "the lock timeout is retried with backoff"
sp diff --from "$(url "$b")" --to "$tmp/v2.sql" --exit-code
expect_status 0 "the database equals the desired schema"
pass "lock timeout retried"

# 3. Retries run out.
c=$(db giveup)
plan_t "$c" "$tmp/giveup" --lock-timeout 100ms
hold "$c" sp_holder "LOCK TABLE public.t IN ACCESS SHARE MODE"
sp apply --db "$(url "$c")" --plan "$tmp/giveup" --retries 1
expect_status 1 "apply stops when the retries run out"
expect_stderr "retry 1 of 1" "one retry"
expect_stderr "step 1 \(add column public.t.b\) failed: canceling statement due to lock timeout" "the failure names the step and the server's message"
expect_stderr "SQL: ALTER TABLE public.t ADD COLUMN b text" "the failure shows the SQL"
sp status --db "$(url "$c")"
grep -qE "^plan [0-9a-f]{12}: 0/1 steps done, stopped at step 1 \(add column public.t.b\): failed: canceling statement due to lock timeout" "$tmp/stdout" ||
  fail "status should show the failed step"
release "$c" sp_holder
sp apply --db "$(url "$c")" --plan "$tmp/giveup"
expect_status 0 "the rerun succeeds"
pass "retries exhausted, then resumed"
