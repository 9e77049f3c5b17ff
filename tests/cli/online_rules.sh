#!/bin/bash
# The online rules do what they promise on a real server, not just in the text of up.sql: with rows in the table,
# SET NOT NULL (rule 4) skips its scan because the validated helper CHECK proves there is no NULL, and the only
# full scans (PostgreSQL's DEBUG1 "verifying table", "validating foreign key constraint") happen in the VALIDATE steps, which run outside transaction
# blocks (rules 3 and 4). The simple strategy, for contrast, scans in SET NOT NULL itself.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE accounts (id integer PRIMARY KEY, email text, score integer);
CREATE TABLE logins (id integer PRIMARY KEY, account_id integer);
SQL
cat >"$tmp/b.sql" <<'SQL'
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, score integer CHECK (score >= 0));
CREATE TABLE logins (id integer PRIMARY KEY, account_id integer REFERENCES accounts (id));
SQL
rows="INSERT INTO accounts VALUES (1, 'a@example.com', 3), (2, 'b@example.com', 0); INSERT INTO logins VALUES (1, 1), (2, 2);"

apply_debug() { # DB FILE -> the server's DEBUG1 lines in $tmp/debug
  PGOPTIONS="$PGOPTIONS -c client_min_messages=debug1" psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null 2>"$tmp/debug" \
    || fail "$(basename "$2") does not apply: $(grep -m1 ERROR "$tmp/debug")"
}

d=$(db online)
load "$d" "$tmp/a.sql"
psql_ -d "$d" -c "$rows" >/dev/null || fail "cannot load rows"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --out "$tmp/out"
expect_status 0 "diff --strategy online"
apply_debug "$d" "$tmp/out/up.sql"
grep -q 'existing constraints on column "accounts.email" are sufficient to prove that it does not contain nulls' "$tmp/debug" \
  || fail "SET NOT NULL should skip its scan; server said: $(grep DEBUG "$tmp/debug" | head -5)"
# Every scan is a VALIDATE statement (psql names the line of the statement it ran).
scans=$(grep -oE '^psql:[^:]*:[0-9]+: DEBUG:  (verifying table|validating foreign key constraint)' "$tmp/debug" \
  | sed -E 's/^psql:[^:]*:([0-9]+):.*/\1/')
[[ $(echo "$scans" | grep -c .) -ge 3 ]] || fail "expected a scan per VALIDATE (check, foreign key, helper): $(cat "$tmp/debug")"
for line in $scans; do
  sed -n "${line}p" "$tmp/out/up.sql" | grep -q 'VALIDATE CONSTRAINT' \
    || fail "a full scan outside a VALIDATE step, at up.sql line $line: $(sed -n "${line}p" "$tmp/out/up.sql")"
  # The statement stands outside any transaction block: the last BEGIN before it was closed by a COMMIT.
  last=$(head -n "$line" "$tmp/out/up.sql" | grep -E '^(BEGIN|COMMIT);' | tail -1)
  [[ $last == "COMMIT;" ]] || fail "VALIDATE at up.sql line $line runs inside a transaction block"
done
apply_debug "$d" "$tmp/out/down.sql"
[[ -z $(psql_ -At -d "$d" -c "SELECT conname FROM pg_constraint WHERE conname LIKE '%not_null_sp'") ]] \
  || fail "down.sql leaves a not-null helper behind"

s=$(db simple)
load "$s" "$tmp/a.sql"
psql_ -d "$s" -c "$rows" >/dev/null || fail "cannot load rows"
sp diff --from "$(url "$s")" --to "$tmp/b.sql" --strategy simple --out "$tmp/simple"
expect_status 0 "diff --strategy simple"
apply_debug "$s" "$tmp/simple/up.sql"
grep -q 'sufficient to prove' "$tmp/debug" && fail "the simple strategy has no helper CHECK to skip the scan with"
pass "online: SET NOT NULL skips its scan; scans happen only in VALIDATE steps outside transactions"
