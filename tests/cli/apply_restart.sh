#!/bin/bash
# The server restarted (`pg_ctl restart -m fast`) while `schemaplan apply` runs a step: apply exits 2 saying it
# lost the connection and that a rerun resumes; the rerun resumes at the step whose transaction the restart
# rolled back and ends equal to v2. On a throwaway cluster this test starts for itself (scripts/pg-cluster), never
# the shared one the other tests use.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_owner() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }
cluster=$(mktemp -d /dev/shm/schemaplan-restart.XXXXXX)
stop_cluster() {
  [[ -f $cluster/data/PG_VERSION ]] && as_owner "$pgbin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$cluster"
}
trap 'stop_cluster; cleanup' EXIT  # the databases go with the cluster
# A free port below the kernel's ephemeral range (32768 and up on Linux), where the suite's own client
# connections take their local ports: a port nothing answers on can still be taken by the time the server binds
# it, so a failed start tries another.
started=0
for ((i = 0; i < 5 && !started; i++)); do
  port=$((20000 + RANDOM % 12000))
  (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
  if bash "$repo/scripts/pg-cluster" start "$cluster" "$port" 2>"$tmp/cluster.err"; then started=1
  else stop_cluster; mkdir -p "$cluster"; fi
done
((started)) || { cat "$tmp/cluster.err" >&2; fail "cannot start a cluster of its own (last port tried: $port)"; }
export PGPORT=$port
for r in app_user readonly_user admin_role; do psql_ -d postgres -c "CREATE ROLE $r" || fail "cannot create role $r"; done

v1=$(v1_template)
plan_to_v2 "$v1" "$tmp/plan" --lock-timeout 30s
total=$(plan_steps "$tmp/plan")
allow=(--allow-hazards deletes-data,unreversible-rollback)
a=$(copy_db "$v1" restart)
# A session holding a lock a step needs: the applier waits there, mid-plan, when the server restarts.
hold "$a" sp_holder "LOCK TABLE public.products IN ACCESS SHARE MODE"
"$SCHEMAPLAN" apply --db "$(url "$a")" --plan "$tmp/plan" "${allow[@]}" >"$tmp/bg.out" 2>"$tmp/bg.err" &
bg_pid=$!
[[ -n $(applier_waiting "$a") ]] || { kill -9 "$bg_pid"; cat "$tmp/bg.err" >&2; fail "apply should block on the lock on products"; }
before=$(psql -X -At -d "$a" -c "SELECT count(*) FROM schemaplan.journal WHERE status = 'done'")
((before > 0 && before < total)) || fail "apply should be mid-plan when the server restarts ($before of $total steps done)"
as_owner "$pgbin/pg_ctl" -D "$cluster/data" -m fast -w restart >/dev/null 2>&1 || fail "pg_ctl restart failed"
for ((i = 0; i < 100; i++)); do kill -0 "$bg_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$bg_pid" 2>/dev/null && { kill -9 "$bg_pid"; fail "apply did not stop within 10 s of the restart"; }
wait "$bg_pid"
status=$?
cp "$tmp/bg.err" "$tmp/stderr"
expect_status 2 "apply exits 2 when the server goes away mid-plan"
expect_stderr "error: lost the connection to the database during step [0-9]+ \(.*\) \(its transaction did not commit\)" "the message names the step and what happened to it"
expect_stderr "rerun apply to resume" "the message says how to go on"
grep -qi "password" "$tmp/stderr" && fail "no password in the message"
sp status --db "$(url "$a")"
grep -qE "^plan [0-9a-f]{12}: $before/$total steps done, stopped after step $before \(interrupted between steps\)" "$tmp/stdout" ||
  fail "status shows the plan stopped where the restart left it"
sp apply --db "$(url "$a")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "the rerun after the restart finishes"
expect_stderr "resuming plan [0-9a-f]{12} at step $((before + 1)) of $total" "the rerun resumes at the step the restart rolled back"
sp diff --from "$(url "$a")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2 after the resumed run"
pass "server restarted mid-apply: exit 2 ($(grep -m1 "lost the connection" "$tmp/bg.err")), resumed"
