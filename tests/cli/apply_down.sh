#!/bin/bash
# `schemaplan apply --plan DIR --down` undoes only the steps the journal says ran, last first, with their
# rollback statements (down.sql's), each undo journaled (a step's row turns `undone` in the transaction of its
# rollback): after a complete run the database is back at the plan's from-state; after a run stopped by a
# failing step, only the steps before it are undone; one phase can be undone alone. The database is compared
# with v1 by `diff --exit-code` (the differ, independently of apply's fingerprint check).
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

v1=$(v1_template)
plan_to_v2 "$v1" "$tmp/plan"
total=$(plan_steps "$tmp/plan")
allow=(--allow-hazards deletes-data,unreversible-rollback)
journal() { psql -X -At -d "$1" -c "SELECT count(*) FROM schemaplan.journal WHERE status = '$2'"; }

# 1. A complete run undone: the hazard gate first (the enum rebuilds cannot restore the state exactly).
a=$(copy_db "$v1" full)
sp apply --db "$(url "$a")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "the forward run"
sp apply --db "$(url "$a")" --plan "$tmp/plan" --down
expect_status 1 "undoing an unreversible rollback needs --allow-hazards"
expect_stderr "pass --allow-hazards unreversible-rollback" "the refusal names the flag"
[[ $(journal "$a" undone) == 0 ]] || fail "a refused --down undoes nothing"
sp apply --db "$(url "$a")" --plan "$tmp/plan" --down --allow-hazards unreversible-rollback
expect_status 0 "the plan undone"
expect_stderr "undoing plan [0-9a-f]{12}: $total steps that ran, last first" "every step that ran is undone"
expect_stderr "the database matches its from-state" "the result is verified against the from-state"
first=$(grep -nE '^step [0-9]+ .*: undoing' "$tmp/stderr" | head -1 | grep -oE 'step [0-9]+' | grep -oE '[0-9]+')
[[ $first == "$total" ]] || fail "the last step is undone first (first undone: $first)"
# An enum value added outside a transaction is undone by rebuilding the type in several statements: in one
# transaction, so an interruption leaves it whole; a concurrent build's DROP INDEX CONCURRENTLY cannot be.
grep -qE '^step [0-9]+ \(alter type public\."OrderStatus"\): undoing$' "$tmp/stderr" || fail "the enum rebuild runs in one transaction"
grep -qE '^step [0-9]+ \(create index public\.[a-z_]+\): undoing \(outside a transaction block\)$' "$tmp/stderr" ||
  fail "a concurrent index is dropped outside a transaction"
sp diff --from "$(url "$a")" --to "$payments/v1" --exit-code
expect_status 0 "the database equals v1 again"
[[ $(journal "$a" undone) == "$total" ]] || fail "every journal row says undone"
sp status --db "$(url "$a")"
grep -qE "^plan [0-9a-f]{12}: 0/$total steps done, undone \(apply --down\)" "$tmp/stdout" || fail "status shows the plan undone"
sp apply --db "$(url "$a")" --plan "$tmp/plan" --down --allow-hazards unreversible-rollback
expect_status 0 "nothing left to undo"
expect_stderr "has no step to undo" "a second --down does nothing"
# Forward again: the from-state check applies again, and the plan runs from its first step.
sp apply --db "$(url "$a")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "the plan applies again after --down"
expect_stderr "applying plan [0-9a-f]{12}: $total steps" "from the first step"
pass "complete run undone, applied again"

# 2. A run stopped by a failing step: --down undoes only the steps before it.
b=$(copy_db "$v1" stopped)
psql_ -d "$b" -c "CREATE TABLE public.refunds (x int)" || fail "cannot create the obstacle"
sp apply --db "$(url "$b")" --plan "$tmp/plan" "${allow[@]}" --force
expect_status 1 "the failing step stops apply"
failed_step=$(grep -oE 'step [0-9]+ \(create table public.refunds\) failed' "$tmp/stderr" | grep -oE '[0-9]+')
ran=$(journal "$b" done)
((ran == failed_step - 1)) || fail "the steps before the failing one ran ($ran, failed at $failed_step)"
psql_ -d "$b" -c "DROP TABLE public.refunds" || fail "cannot drop the obstacle"
sp apply --db "$(url "$b")" --plan "$tmp/plan" --down --allow-hazards unreversible-rollback
expect_status 0 "the partial run undone"
expect_stderr "undoing plan [0-9a-f]{12}: $ran steps that ran" "only the steps that ran are undone"
grep -qE "^step $failed_step .*undoing" "$tmp/stderr" && fail "the failed step committed nothing and is not undone"
expect_stderr "the database matches its from-state" "the result is verified against the from-state"
sp diff --from "$(url "$b")" --to "$payments/v1" --exit-code
expect_status 0 "the database equals v1 after undoing the partial run"
pass "stopped run undone up to where it stopped"

# 3. One phase undone: contract before expand, not the other way round (the refusal names the latest phase).
c=$(copy_db "$v1" phase)
sp apply --db "$(url "$c")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "the forward run"
sp apply --db "$(url "$c")" --plan "$tmp/plan" --down --phase expand --allow-hazards unreversible-rollback
expect_status 1 "expand cannot be undone while contract's effects are there"
expect_stderr "undo it first \(apply --down --phase contract\)" "the refusal names the phase to undo first"
sp apply --db "$(url "$c")" --plan "$tmp/plan" --down --phase contract --allow-hazards unreversible-rollback
expect_status 0 "the contract phase undone"
expect_stderr "others still have effects" "expand's steps stay"
sp status --db "$(url "$c")"
grep -qE "^  phases: expand done \([0-9]+ steps\), backfill done \([0-9]+ steps\), contract undone" "$tmp/stdout" ||
  fail "status shows contract undone, expand and backfill done"
# Then the earlier phases, last first (the key swap's rollback, unreversible-rollback, is an in-place type change
# that does not rebuild the backfill phase's concurrent unique index: contract cannot simply run again on top).
sp apply --db "$(url "$c")" --plan "$tmp/plan" --down --phase backfill --allow-hazards unreversible-rollback
expect_status 0 "the backfill phase undone"
sp apply --db "$(url "$c")" --plan "$tmp/plan" --down --phase expand --allow-hazards unreversible-rollback
expect_status 0 "the expand phase undone"
sp diff --from "$(url "$c")" --to "$payments/v1" --exit-code
expect_status 0 "the database equals v1 once every phase is undone"
sp apply --db "$(url "$c")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "the plan applied again"
sp diff --from "$(url "$c")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2 again"
pass "phases undone one at a time, last first, and the plan applied again"
