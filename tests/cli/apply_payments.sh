#!/bin/bash
# `schemaplan apply` of the payments example's v1 -> v2 plan, and the checks it makes before running anything:
# the hazard gate, an edited up.sql, a database that moved since the plan was made; a step that fails stops
# the run, `status` says where and why, and the rerun resumes there; the result equals v2 by `diff --exit-code`
# (the differ, independently of apply's own fingerprint check).
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

v1=$(v1_template)
plan_to_v2 "$v1" "$tmp/plan"
total=$(plan_steps "$tmp/plan")
((total > 20)) || fail "the payments plan should have many steps, has $total"
allow=(--allow-hazards deletes-data,unreversible-rollback)
journal_absent() { [[ $(psql -X -At -d "$1" -c "SELECT to_regclass('schemaplan.journal') IS NULL") == t ]]; }

# 1. The hazard gate: the plan drops a column and adds enum values; each gated code must be named.
a=$(copy_db "$v1" gate)
sp apply --db "$(url "$a")" --plan "$tmp/plan"
expect_status 1 "a plan deleting data is refused"
expect_stderr "without --allow-hazards deletes-data,unreversible-rollback" "the refusal names the flag to pass"
expect_stderr 'step [0-9]+ \(drop column public.users."legacyPasswordHash"\): deletes-data' "the refusal names the step"
sp apply --db "$(url "$a")" --plan "$tmp/plan" --allow-hazards deletes-data
expect_status 1 "unreversible-rollback is still refused"
expect_stderr "without --allow-hazards unreversible-rollback:" "only the hazard not allowed is named"
journal_absent "$a" || fail "a refused plan must not touch the database (schemaplan.journal exists)"
sp apply --db "$(url "$a")" --plan "$tmp/plan" --allow-hazards deletes-data,no-such-hazard
expect_status 2 "an unknown hazard code is a usage error"
pass "hazard gate"

# 2. An edited up.sql is refused, unless --allow-edited.
cp -r "$tmp/plan" "$tmp/edited"
echo "DROP TABLE public.orders;" >>"$tmp/edited/up.sql"
sp apply --db "$(url "$a")" --plan "$tmp/edited" "${allow[@]}"
expect_status 1 "an edited up.sql is refused"
expect_stderr "up.sql was edited" "the refusal says up.sql was edited"
journal_absent "$a" || fail "a refused plan must not touch the database"
pass "edited up.sql refused"

# 3. The database moved after planning: refused before any step; --force runs the steps, and the check after
# the last one finds the result is not the plan's to-state.
psql_ -d "$a" -c "ALTER TABLE public.users ADD COLUMN nickname text" || fail "cannot change $a"
sp apply --db "$(url "$a")" --plan "$tmp/plan" "${allow[@]}"
expect_status 1 "a database that moved is refused"
expect_stderr "the database moved" "the refusal says the database moved"
sp status --db "$(url "$a")"
expect_status 0 "status"
grep -q "no plan has been applied" "$tmp/stdout" || fail "no step may run on a moved database"
journal_absent "$a" || fail "a refused plan must not touch the database (schemaplan.journal exists)"
sp apply --db "$(url "$a")" --plan "$tmp/plan" "${allow[@]}" --force
expect_status 1 "the result of a forced plan on a moved database is not its to-state"
expect_stderr "does not match the plan's to-state" "the verification after the last step says so"
pass "moved database refused; verification catches the forced run"

# 4. A step fails (its table exists already): the run stops there with the step, its SQL and the server's
# message, status shows it, and the rerun resumes at that step once the cause is gone.
b=$(copy_db "$v1" apply)
psql_ -d "$b" -c "CREATE TABLE public.refunds (x int)" || fail "cannot create the obstacle"
sp apply --db "$(url "$b")" --plan "$tmp/plan" "${allow[@]}" --force
expect_status 1 "a failing step stops apply"
expect_stderr 'step ([0-9]+) \(create table public.refunds\) failed: relation "refunds" already exists' "the failure names the step and the server's message"
expect_stderr "SQL: CREATE TABLE public.refunds" "the failure shows the step's SQL"
failed_step=$(grep -oE 'step [0-9]+ \(create table public.refunds\) failed' "$tmp/stderr" | grep -oE '[0-9]+')
sp status --db "$(url "$b")"
grep -qE "^plan [0-9a-f]{12}: $((failed_step - 1))/$total steps done, stopped at step $failed_step \(create table public.refunds\): failed: relation \"refunds\" already exists" "$tmp/stdout" ||
  fail "status should show the stopped step and its error"
psql_ -d "$b" -c "DROP TABLE public.refunds" || fail "cannot drop the obstacle"
sp apply --db "$(url "$b")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "the rerun finishes the plan"
expect_stderr "resuming plan [0-9a-f]{12} at step $failed_step of $total" "the rerun resumes at the failed step"
expect_stderr "the database matches its to-state" "the rerun verifies the result"
pass "failed step, status, resume"

# 5. The result is v2, by the differ; status shows the plan complete; a third run does nothing.
sp diff --from "$(url "$b")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2 after apply"
sp status --db "$(url "$b")"
grep -qE "^plan [0-9a-f]{12}: $total/$total steps done, finished " "$tmp/stdout" || fail "status should show the plan complete"
sp apply --db "$(url "$b")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "applying a finished plan again"
expect_stderr "applied already" "a finished plan is not run again"
# Rolled back with down.sql: the journal says applied, the database says otherwise.
psql_ -d "$b" -f "$tmp/plan/down.sql" >/dev/null || fail "down.sql does not apply"
sp apply --db "$(url "$b")" --plan "$tmp/plan" "${allow[@]}"
expect_status 1 "a journaled plan whose effects were rolled back is not taken as applied"
expect_stderr "journaled as applied, but the database is back at the plan's from-state" "the refusal says why"
pass "payments v1 -> v2 applied, equals v2"

# 6. Straight through on a fresh copy.
c=$(copy_db "$v1" straight)
sp apply --db "$(url "$c")" --plan "$tmp/plan" "${allow[@]}"
expect_status 0 "apply of the payments plan"
sp diff --from "$(url "$c")" --to "$payments/v2" --exit-code
expect_status 0 "the database equals v2"
pass "apply in one run"

# 7. --format json: every progress line is one JSON object with the time since the start; each step's unit ends
# with a "done in" line naming its step; the last line carries the exit code.
j=$(copy_db "$v1" json)
sp apply --db "$(url "$j")" --plan "$tmp/plan" "${allow[@]}" --format json
expect_status 0 "apply --format json"
while IFS= read -r line; do
  psql -X -At -d postgres -v "j=$line" <<<"SELECT ((:'j')::jsonb ? 'elapsed_ms') AND ((:'j')::jsonb ? 'message')" | grep -qx t ||
    fail "not a JSON progress line: $line"
done <"$tmp/stderr"
grep -qE '^\{"elapsed_ms": [0-9]+, "step": [0-9]+, "message": "step [0-9]+ \(.*\): done in [0-9.]+ (ms|s)"\}$' "$tmp/stderr" ||
  fail "json progress should hold steps' done lines with their step number"
tail -1 "$tmp/stderr" | grep -qE '"exit_code": 0\}$' || fail "the last json line should carry the exit code"
sp apply --db "$(url "$j")" --plan "$tmp/plan" --format yaml
expect_status 2 "an unknown --format is a usage error"
pass "apply --format json progress lines"
