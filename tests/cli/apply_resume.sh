#!/bin/bash
# An applier killed with kill -9 is resumed by the next run:
# 1. at a step boundary: a step of the payments plan blocks on a lock another session holds, the applier is
#    killed, the lock released; the rerun (waiting for the dead applier's session to go) starts at the first
#    step whose effects are missing and ends equal to v2;
# 2. during CREATE INDEX CONCURRENTLY: the build waits for a writer, the applier and its server session are
#    killed, leaving an INVALID index; the rerun drops it and builds it again;
# 3. a concurrent unique index build that fails on duplicate rows stops apply and leaves an INVALID index; once
#    the duplicates are gone, the rerun drops it and builds it again.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

apply_bg() {
  "$SCHEMAPLAN" apply "$@" >"$tmp/bg.out" 2>"$tmp/bg.err" &
  bg_pid=$!
}
done_steps() { psql -X -At -d "$1" -c "SELECT count(*) FROM schemaplan.journal WHERE status = 'done'"; }

# 1. kill -9 at a step boundary.
v1=$(v1_template)
plan_to_v2 "$v1" "$tmp/plan" --lock-timeout 30s
total=$(plan_steps "$tmp/plan")
a=$(copy_db "$v1" boundary)
hold "$a" sp_holder "LOCK TABLE public.products IN ACCESS SHARE MODE"
apply_bg --db "$(url "$a")" --plan "$tmp/plan" --allow-hazards deletes-data,unreversible-rollback
pid=$(applier_waiting "$a")
[[ -n $pid ]] || { kill -9 "$bg_pid"; cat "$tmp/bg.err" >&2; fail "apply should block on the lock on products"; }
before=$(done_steps "$a")
((before > 0 && before < total)) || fail "apply should have done some steps before blocking, did $before of $total"
sp status --db "$(url "$a")"
grep -qE "^plan [0-9a-f]{12}: $before/$total steps done, in progress" "$tmp/stdout" || fail "status should show the plan in progress"
{ kill -9 "$bg_pid" && wait "$bg_pid"; } 2>/dev/null  # bash reports the killed job on stderr: not news here
# The killed applier's server session still waits for its step's lock (and holds the applier lock) until the
# holder is gone; then it finds its client dead, rolls the step back and ends.
sp status --db "$(url "$a")"
grep -qE "^plan [0-9a-f]{12}: $before/$total steps done, in progress" "$tmp/stdout" ||
  fail "status should show the plan in progress while the dead applier's session lives"
release "$a" sp_holder
for ((i = 0; i < 300; i++)); do
  [[ $(psql -X -At -d "$a" -c "SELECT count(*) FROM pg_stat_activity WHERE pid = $pid") == 0 ]] && break
  sleep 0.1
done
sp status --db "$(url "$a")"
grep -qE "^plan [0-9a-f]{12}: $before/$total steps done, stopped after step $before \(interrupted between steps\)" "$tmp/stdout" ||
  fail "status should show the interrupted plan"
# --wait: were the dead applier's session still there, the rerun would queue behind it for the applier lock.
sp apply --db "$(url "$a")" --plan "$tmp/plan" --allow-hazards deletes-data,unreversible-rollback --wait 20s
expect_status 0 "the rerun after kill -9 finishes"
expect_stderr "resuming plan [0-9a-f]{12} at step $((before + 1)) of $total" "the rerun resumes at the first step not done"
sp diff --from "$(url "$a")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2 after the resumed run"
pass "kill -9 at a step boundary, resumed"

# 2. kill -9 during a concurrent index build.
b=$(db cic)
psql_ -d "$b" -c "CREATE TABLE public.t (id int PRIMARY KEY, a int); INSERT INTO public.t SELECT g, g FROM generate_series(1, 1000) g" || fail "cannot create t"
cat >"$tmp/v2.sql" <<'SQL'
CREATE TABLE public.t (id int PRIMARY KEY, a int);
CREATE INDEX t_a_idx ON public.t (a);
SQL
sp diff --from "$(url "$b")" --to "$tmp/v2.sql" --out "$tmp/cic"
expect_status 0 "plan of the index"
grep -q "CREATE INDEX CONCURRENTLY t_a_idx" "$tmp/cic/up.sql" || fail "the plan should build the index concurrently"
# A writer with the table open: the build has created its (INVALID) index and waits for it.
hold "$b" sp_writer "LOCK TABLE public.t IN ROW EXCLUSIVE MODE"
apply_bg --db "$(url "$b")" --plan "$tmp/cic"
server_pid=$(applier_waiting "$b")
[[ -n $server_pid ]] || { kill -9 "$bg_pid"; cat "$tmp/bg.err" >&2; fail "the index build should wait for the writer"; }
{ kill -9 "$bg_pid" && wait "$bg_pid"; } 2>/dev/null  # bash reports the killed job on stderr: not news here
psql -X -q -At -d "$b" -c "SELECT pg_terminate_backend($server_pid)" >/dev/null
release "$b" sp_writer
for ((i = 0; i < 50; i++)); do
  [[ $(psql -X -At -d "$b" -c "SELECT count(*) FROM pg_stat_activity WHERE pid = $server_pid") == 0 ]] && break
  sleep 0.1
done
valid=$(psql -X -At -d "$b" -c "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_idx'::regclass")
[[ $valid == f ]] || fail "the killed build should leave an INVALID index (indisvalid: '$valid')"
sp status --db "$(url "$b")"
grep -qE "^plan [0-9a-f]{12}: 0/1 steps done, stopped at step 1 \(create index public.t_a_idx\), started .* never finished" "$tmp/stdout" ||
  fail "status should show the interrupted build"
sp apply --db "$(url "$b")" --plan "$tmp/cic"
expect_status 0 "the rerun rebuilds the index"
expect_stderr "dropping the INVALID index public.t_a_idx" "the rerun drops the invalid index first"
valid=$(psql -X -At -d "$b" -c "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_idx'::regclass")
[[ $valid == t ]] || fail "the rebuilt index should be valid"
sp diff --from "$(url "$b")" --to "$tmp/v2.sql" --exit-code
expect_status 0 "the database equals the desired schema"
pass "kill -9 during CREATE INDEX CONCURRENTLY, INVALID index rebuilt"

# 3. A failed concurrent unique build.
c=$(db unique)
psql_ -d "$c" -c "CREATE TABLE public.u (id int PRIMARY KEY, code text); INSERT INTO public.u VALUES (1, 'a'), (2, 'a'), (3, 'b')" || fail "cannot create u"
cat >"$tmp/u.sql" <<'SQL'
CREATE TABLE public.u (id int PRIMARY KEY, code text);
CREATE UNIQUE INDEX u_code_key ON public.u (code);
SQL
sp diff --from "$(url "$c")" --to "$tmp/u.sql" --out "$tmp/unique"
expect_status 0 "plan of the unique index"
sp apply --db "$(url "$c")" --plan "$tmp/unique"
expect_status 1 "the build fails on the duplicates"
expect_stderr 'step 1 \(create index public.u_code_key\) failed: could not create unique index "u_code_key"' "the failure names the step and the server's message"
valid=$(psql -X -At -d "$c" -c "SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.u_code_key'::regclass")
[[ $valid == f ]] || fail "the failed build should leave an INVALID index (indisvalid: '$valid')"
psql_ -d "$c" -c "DELETE FROM public.u WHERE id = 2" || fail "cannot remove the duplicate"
sp apply --db "$(url "$c")" --plan "$tmp/unique"
expect_status 0 "the rerun builds the index"
expect_stderr "dropping the INVALID index public.u_code_key" "the rerun drops the invalid index first"
sp diff --from "$(url "$c")" --to "$tmp/u.sql" --exit-code
expect_status 0 "the database equals the desired schema"
pass "failed unique build, INVALID index rebuilt after the duplicates are gone"
