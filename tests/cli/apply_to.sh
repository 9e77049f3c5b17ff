#!/bin/bash
# `schemaplan apply --to`: plan from the database and apply in one go (the plan printed first), one phase at a
# time (`--phase`), with `status` naming the phases that ran and `drift` the plan whose contract phase is
# pending; a second `apply --to` of the same schema finds the unfinished plan kept in the database and resumes
# it rather than planning around its half-done steps. The result equals v2 by `diff --exit-code`.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

v1=$(v1_template)
allow=(--allow-hazards deletes-data,unreversible-rollback)

# 1. In one go: the plan is printed before any step runs, the database ends at v2.
a=$(copy_db "$v1" onego)
sp apply --db "$(url "$a")" --to "$payments/v2" "${allow[@]}"
expect_status 0 "apply --to payments v2"
steps=$(head -1 "$tmp/stdout" | grep -oE '^plan: [0-9]+ steps' | grep -oE '[0-9]+')
[[ -n $steps ]] || fail "stdout should start with the plan's summary"
grep -qE '^- drop column public.users."legacyPasswordHash"  \[deletes-data\]' "$tmp/stdout" || fail "the summary lists the steps with their hazards"
expect_stderr "applying plan [0-9a-f]{12}: $steps steps" "the plan runs through the executor"
expect_stderr "the database matches its to-state" "the result is verified"
sp diff --from "$(url "$a")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2"
sp status --db "$(url "$a")"
grep -qE "^plan [0-9a-f]{12}: $steps/$steps steps done, finished " "$tmp/stdout" || fail "status shows the plan finished"
grep -qF "  from --to $payments/v2" "$tmp/stdout" || fail "status says where the plan came from"
sp apply --db "$(url "$a")" --to "$payments/v2"
expect_status 0 "nothing left to do"
expect_stderr "no changes: the database is already at" "a second run plans nothing"
# The gate holds for a plan made on the spot too.
b=$(copy_db "$v1" gate)
sp apply --db "$(url "$b")" --to "$payments/v2"
expect_status 1 "the hazard gate refuses"
expect_stderr "without --allow-hazards" "the refusal names the flag"
[[ $(psql -X -At -d "$b" -c "SELECT to_regclass('schemaplan.journal') IS NULL") == t ]] || fail "a refused plan leaves no journal"
sp apply --db "$(url "$b")" --plan "$tmp/nothing" --to "$payments/v2"
expect_status 2 "--plan and --to together are a usage error"
# Planning flags plan: with --plan there is nothing to plan, and a flag that would be ignored is an error.
for f in "--strategy simple" "--lock-timeout 1s" "--no-counts" "--layout prisma"; do
  sp apply --db "$(url "$b")" --plan "$tmp/nothing" $f
  expect_status 2 "apply --plan with $f"
  expect_stderr "${f%% *} requires --to" "the error names the flag and what it needs"
done
pass "apply --to in one go"

# 2. Phases: contract before expand is refused; expand, then status and drift say contract is pending; a
# second apply --to resumes the kept plan for its contract phase.
c=$(copy_db "$v1" phases)
sp apply --db "$(url "$c")" --to "$payments/v2" --phase contract "${allow[@]}"
expect_status 1 "contract cannot run before expand"
expect_stderr "comes after its expand phase, of which 0 of [0-9]+ steps ran: apply --phase expand first" "the refusal names the phase to run first"
sp apply --db "$(url "$c")" --to "$payments/v2" --phase expand "${allow[@]}"
expect_status 0 "the expand phase"
expect_stderr "applied phase expand of plan [0-9a-f]{12} \([0-9]+ steps\); next: apply --phase backfill" "the run names the next phase"
id=$(grep -oE 'applied phase expand of plan [0-9a-f]{12}' "$tmp/stderr" | grep -oE '[0-9a-f]{12}$')
expand=$(psql -X -At -d "$c" -c "SELECT count(*) FROM schemaplan.journal WHERE plan_id LIKE '$id%' AND status = 'done'")
sp status --db "$(url "$c")"
grep -qE "^plan $id: $expand/[0-9]+ steps done, between phases" "$tmp/stdout" || fail "status shows the plan between phases"
grep -qE "^  phases: expand done \($expand steps\), backfill not run \(0/[0-9]+\), contract not run \(0/[0-9]+\)" "$tmp/stdout" ||
  fail "status names the phases that ran"
sp drift --db "$(url "$c")" --schema "$payments/v2"
expect_status 1 "the database differs from v2 until contract runs"
expect_stderr "plan $id \(--to .*\) ran its expand phase and its backfill phase is pending: apply --phase backfill" "drift names the plan whose next phase is pending"
sp apply --db "$(url "$c")" --to "$payments/v2" --phase expand "${allow[@]}"
expect_status 0 "expand again"
grep -q "resuming the unfinished plan $id" "$tmp/stdout" || fail "apply --to finds its kept plan"
expect_stderr "phase expand of plan $id was applied already" "a phase that ran is not run again"
sp apply --db "$(url "$c")" --to "$payments/v2" --phase backfill "${allow[@]}"
expect_status 0 "the backfill phase"
grep -q "resuming the unfinished plan $id" "$tmp/stdout" || fail "the backfill phase runs the same plan"
expect_stderr "applied phase backfill of plan $id \([0-9]+ steps\); next: apply --phase contract" "then contract"
sp drift --db "$(url "$c")" --schema "$payments/v2"
expect_status 1 "the database differs from v2 until contract runs"
expect_stderr "plan $id \(--to .*\) ran its backfill phase and its contract phase is pending: apply --phase contract" "drift names the plan whose contract phase is pending"
sp apply --db "$(url "$c")" --to "$payments/v2" --phase contract "${allow[@]}"
expect_status 0 "the contract phase"
grep -q "resuming the unfinished plan $id" "$tmp/stdout" || fail "the contract phase runs the same plan"
expect_stderr "applying phase contract of plan $id" "only the contract phase runs"
expect_stderr "the database matches its to-state" "the last phase verifies the result"
sp diff --from "$(url "$c")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2 after both phases"
sp drift --db "$(url "$c")" --schema "$payments/v2"
expect_status 0 "no drift once contract ran"
pass "phases one at a time, status, drift, resumed --to plan"

# 3. kill -9 of an `apply --to` mid-plan: the rerun of the same command resumes the kept plan at its first step
# not done, instead of planning again from the half-migrated database.
e=$(copy_db "$v1" killed)
hold "$e" sp_holder "LOCK TABLE public.products IN ACCESS SHARE MODE"
"$SCHEMAPLAN" apply --db "$(url "$e")" --to "$payments/v2" --lock-timeout 30s "${allow[@]}" >"$tmp/bg.out" 2>"$tmp/bg.err" &
bg_pid=$!
pid=$(applier_waiting "$e")
[[ -n $pid ]] || { kill -9 "$bg_pid"; cat "$tmp/bg.err" >&2; fail "apply --to should block on the lock on products"; }
before=$(psql -X -At -d "$e" -c "SELECT count(*) FROM schemaplan.journal WHERE status = 'done'")
{ kill -9 "$bg_pid" && wait "$bg_pid"; } 2>/dev/null  # bash reports the killed job on stderr: not news here
release "$e" sp_holder
for ((i = 0; i < 300; i++)); do
  [[ $(psql -X -At -d "$e" -c "SELECT count(*) FROM pg_stat_activity WHERE pid = $pid") == 0 ]] && break
  sleep 0.1
done
id=$(grep -oE 'applying plan [0-9a-f]{12}' "$tmp/bg.err" | grep -oE '[0-9a-f]{12}$')
[[ -n $id ]] || fail "the killed run should have started its plan: $(cat "$tmp/bg.err")"
sp apply --db "$(url "$e")" --to "$payments/v2" --lock-timeout 30s "${allow[@]}" --wait 20s
expect_status 0 "the rerun of apply --to after kill -9"
grep -q "resuming the unfinished plan $id" "$tmp/stdout" || fail "the rerun resumes the killed run's plan $id"
expect_stderr "resuming plan $id at step $((before + 1)) of " "at the first step not done"
sp diff --from "$(url "$e")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2"
pass "apply --to killed with kill -9, its plan resumed by the rerun"
