#!/bin/bash
# kill -9 of `schemaplan apply` at every step of the payments v1 -> v2 plan (issue 12): for each step, the
# applier is stopped while it writes that step's journal row (for a transactional step: its statements ran, its
# transaction has not committed; for a step outside a transaction block: just before it starts), and, for each
# step outside a transaction block, also after its statements ran but before the journal says so. There it is
# killed with SIGKILL and its server session terminated (as the server would on finding the client gone). The
# rerun must finish, the database must equal v2 (the uninterrupted run's database, by the round-trip oracle's
# catalog listing, tests/oracle/snapshot.sql: PostgreSQL's own, independent of apply's verification and of
# schemaplan's reading), and every table's rows must equal those of the uninterrupted run.
#
# How it stops at an exact point without a hook in apply: triggers on schemaplan.journal (in schema schemaplan,
# which schemaplan never reads as part of a schema) sleep in the statement that writes step K's row, once: a
# sequence, which no rollback resets, makes the second visit (the rerun's) go through.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/apply.sh"

hazards=(--allow-hazards deletes-data,unreversible-rollback)
v1=$(v1_template)
load "$v1" "$repo/tests/cases/examples/payments/data.sql"
# The journal exists once apply ran on the database (an empty plan is enough); then the kill-point triggers.
sp diff --from "$(url "$v1")" --to "$payments/v1" --out "$tmp/noop"
expect_status 0 "plan of v1 to itself"
sp apply --db "$(url "$v1")" --plan "$tmp/noop"
expect_status 0 "an empty plan applies"
psql_ -d "$v1" >/dev/null <<'SQL' || fail "cannot install the kill-point triggers"
CREATE TABLE schemaplan.kill_at (step integer NOT NULL, on_update boolean NOT NULL);
CREATE SEQUENCE schemaplan.kill_visits;
CREATE FUNCTION schemaplan.kill_point() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT FROM schemaplan.kill_at k WHERE k.step = NEW.step AND k.on_update = (TG_OP = 'UPDATE'))
     AND nextval('schemaplan.kill_visits') = 1 THEN
    PERFORM pg_sleep(60);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER kill_point_insert BEFORE INSERT ON schemaplan.journal FOR EACH ROW EXECUTE FUNCTION schemaplan.kill_point();
CREATE TRIGGER kill_point_update BEFORE UPDATE ON schemaplan.journal FOR EACH ROW EXECUTE FUNCTION schemaplan.kill_point();
-- The applier's server session once it sleeps in a kill point (within 30 s), else NULL: one client call, not a
-- psql per poll. A transaction per poll (COMMIT): a step such as CREATE INDEX CONCURRENTLY waits for every older
-- transaction, so one long transaction would hold the applier back from its kill point. pg_stat_clear_snapshot():
-- pg_stat_activity is otherwise read once per transaction.
CREATE PROCEDURE schemaplan.sleeping_applier(INOUT found_pid integer) LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN 1..600 LOOP
    PERFORM pg_stat_clear_snapshot();
    SELECT pid INTO found_pid FROM pg_stat_activity
    WHERE datname = current_database() AND application_name LIKE 'schemaplan apply %' AND wait_event = 'PgSleep';
    EXIT WHEN found_pid IS NOT NULL;
    COMMIT;
    PERFORM pg_sleep(0.05);
  END LOOP;
END $$;
SQL

plan_to_v2 "$v1" "$tmp/plan" --lock-timeout 30s
total=$(plan_steps "$tmp/plan")
# Steps outside a transaction block (plan.json lists "transactional" per step, in step order).
mapfile -t transactional < <(grep -o '"transactional": [a-z]*' "$tmp/plan/plan.json" | awk '{print $2}')
((${#transactional[@]} == total)) || fail "plan.json: $total steps but ${#transactional[@]} transactional flags"

# Every table's rows, as one checksum per table (independent of physical order).
rows_of() {
  psql -X -At -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT format('SELECT %L, count(*), md5(coalesce(string_agg(t::text, %L ORDER BY t::text), %L)) FROM %I.%I t',
              c.relname, '|', '', n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname
\gexec
SQL
}

ref=$(copy_db "$v1" ref)
sp apply --db "$(url "$ref")" --plan "$tmp/plan" "${hazards[@]}"
expect_status 0 "the uninterrupted run"
sp diff --from "$(url "$ref")" --to "$payments/v2" --exit-code
expect_status 0 "the uninterrupted run gives v2"
rows_of "$ref" >"$tmp/rows.ref" || fail "cannot read the reference rows"
listing_of() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$repo/tests/oracle/snapshot.sql"; }
listing_of "$ref" >"$tmp/listing.ref" || fail "cannot list the reference database"
[[ $(wc -l <"$tmp/rows.ref") -ge 8 ]] || fail "the reference should list the payments tables"

kill_and_resume() {  # STEP ON_UPDATE LABEL
  local step=$1 on_update=$2 label=$3 d pid
  d=$(copy_db "$v1" "k$step$on_update")
  psql_ -d "$d" -c "INSERT INTO schemaplan.kill_at VALUES ($step, $on_update)" >/dev/null || fail "kill point $label"
  "$SCHEMAPLAN" apply --db "$(url "$d")" --plan "$tmp/plan" "${hazards[@]}" >"$tmp/bg.out" 2>"$tmp/bg.err" &
  bg_pid=$!
  pid=$(psql -X -At -d "$d" -c "CALL schemaplan.sleeping_applier(NULL)" 2>/dev/null)
  if [[ -z $pid ]]; then
    wait "$bg_pid" 2>/dev/null
    cat "$tmp/bg.err" >&2
    fail "$label: apply never reached the kill point"
  fi
  { kill -9 "$bg_pid" && wait "$bg_pid"; } 2>/dev/null
  # The steps journalled done, then the session ended (pg_terminate_backend with a timeout waits until it is gone).
  local done_before
  done_before=$(psql -X -At -d "$d" -c "SELECT count(*) FROM schemaplan.journal WHERE status = 'done' AND steps_total = $total" \
    -c "SELECT pg_terminate_backend($pid, 30000)")
  [[ $done_before == *$'\n't ]] || fail "$label: the applier's session did not end: $done_before"
  done_before=${done_before%%$'\n'*}
  ((done_before < step)) || fail "$label: $done_before steps journalled done when killed at step $step"
  sp apply --db "$(url "$d")" --plan "$tmp/plan" "${hazards[@]}" --wait 20s
  expect_status 0 "$label: the rerun after kill -9 finishes"
  listing_of "$d" >"$tmp/listing.got" || fail "$label: cannot list the database"
  diff "$tmp/listing.ref" "$tmp/listing.got" >&2 ||
    fail "$label: after the resumed run the database differs from the uninterrupted run's (v2)"
  rows_of "$d" >"$tmp/rows.got" || fail "$label: cannot read the rows"
  diff "$tmp/rows.ref" "$tmp/rows.got" >&2 || fail "$label: rows differ from the uninterrupted run's"
  dropdb --force "$d" >/dev/null 2>&1
  kills=$((kills + 1))
}

kills=0
for ((k = 1; k <= total; k++)); do
  kill_and_resume "$k" false "step $k of $total ($([[ ${transactional[k - 1]} == true ]] && echo "before its commit" || echo "before it starts"))"
  if [[ ${transactional[k - 1]} == false ]]; then
    kill_and_resume "$k" true "step $k of $total (ran, not yet journalled done)"
  fi
done
pass "kill -9 at $kills points of the $total-step payments plan: every rerun finished at v2 with the uninterrupted run's rows"
