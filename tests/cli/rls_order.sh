#!/bin/bash
# Row-level security and policies in a plan that commits step by step (issue 11): ENABLE / FORCE ROW LEVEL
# SECURITY run only after the table's policies exist, DISABLE / NO FORCE before its policies are dropped, in
# up.sql and in down.sql. Judged by running: the plan is applied one transaction at a time, and after each
# commit a role that a policy lets read every row must still see them all (security on with the policy not yet
# there, or already gone, shows it none). The statement order is checked too, and the payments example's.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/off.sql" <<'SQL'
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, body text);
GRANT SELECT ON documents TO readonly_user, app_user;
SQL
cat >"$tmp/on.sql" <<'SQL'
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, body text);
GRANT SELECT ON documents TO readonly_user, app_user;
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR ALL TO app_user USING (owner_name = current_user);
CREATE POLICY documents_read ON documents FOR SELECT TO readonly_user USING (true);
SQL

# Line numbers of the lines of FILE matching REGEX, one a line.
lines_of() { grep -nE -- "$2" "$1" | cut -d: -f1; }
# Fails unless every line matching FIRST comes before every line matching THEN in FILE.
expect_before() {
  local file=$1 first=$2 then=$3 what=$4 a b
  a=$(lines_of "$file" "$first" | tail -1); b=$(lines_of "$file" "$then" | head -1)
  [[ -n $a && -n $b ]] || fail "$what: $(basename "$file") should hold both /$first/ and /$then/"
  ((a < b)) || fail "$what: in $(basename "$file"), /$first/ (line $a) should come before /$then/ (line $b)"
}
# Applies SCRIPT to DB one transaction at a time (the chunks between COMMITs) and fails when, after any of
# them, readonly_user sees fewer than WANT rows of documents.
apply_watching() {
  local script=$1 d=$2 want=$3 what=$4 n=0 seen
  rm -rf "$tmp/chunks" && mkdir "$tmp/chunks"
  awk -v dir="$tmp/chunks" '{ f = sprintf("%s/%04d.sql", dir, n); print > f } /^COMMIT;$/ { close(f); n++ }' "$script"
  for chunk in "$tmp/chunks"/*.sql; do
    psql_ -d "$d" -f "$chunk" >/dev/null || fail "$what: $(basename "$chunk") of $(basename "$script") does not apply"
    seen=$(psql -X -q -At -d "$d" -c "SET ROLE readonly_user; SELECT count(*) FROM documents")
    ((seen == want)) || fail "$what: after $(basename "$chunk") readonly_user sees $seen rows of documents, not $want"
    n=$((n + 1))
  done
  ((n > 2)) || fail "$what: the plan should commit step by step (got $n transactions)"
}

d=$(db enable)
load "$d" "$tmp/off.sql"
psql_ -d "$d" -c "INSERT INTO documents VALUES (1, 'app_user', 'a'), (2, 'someone', 'b')" >/dev/null
sp diff --from "$(url "$d")" --to "$tmp/on.sql" --out "$tmp/up"
expect_status 0 "a plan turning row-level security on"
expect_before "$tmp/up/up.sql" '^CREATE POLICY' '^ALTER TABLE .* ENABLE ROW LEVEL SECURITY' "enabling"
expect_before "$tmp/up/up.sql" '^CREATE POLICY' '^ALTER TABLE .* FORCE ROW LEVEL SECURITY' "forcing"
expect_before "$tmp/up/down.sql" 'DISABLE ROW LEVEL SECURITY' '^DROP POLICY' "down.sql of enabling"
expect_before "$tmp/up/down.sql" 'NO FORCE ROW LEVEL SECURITY' '^DROP POLICY' "down.sql of forcing"
apply_watching "$tmp/up/up.sql" "$d" 2 "up.sql turning security on"
[[ $(psql -X -q -At -d "$d" -c "SET ROLE app_user; SELECT count(*) FROM documents") == 1 ]] ||
  fail "after up.sql the policies apply (app_user sees its own row only)"
apply_watching "$tmp/up/down.sql" "$d" 2 "down.sql turning security off"
pass "turning row-level security on: policies first, in up.sql and down.sql, and no step hides the rows"

d=$(db disable)
load "$d" "$tmp/on.sql"
psql_ -d "$d" -c "INSERT INTO documents VALUES (1, 'app_user', 'a'), (2, 'someone', 'b')" >/dev/null
sp diff --from "$(url "$d")" --to "$tmp/off.sql" --out "$tmp/down"
expect_status 0 "a plan turning row-level security off"
expect_before "$tmp/down/up.sql" 'DISABLE ROW LEVEL SECURITY' '^DROP POLICY' "disabling"
expect_before "$tmp/down/up.sql" 'NO FORCE ROW LEVEL SECURITY' '^DROP POLICY' "no longer forcing"
expect_before "$tmp/down/down.sql" '^CREATE POLICY' 'ENABLE ROW LEVEL SECURITY' "down.sql of disabling"
apply_watching "$tmp/down/up.sql" "$d" 2 "up.sql turning security off"
[[ $(psql -X -At -d "$d" -c "SELECT relrowsecurity OR relforcerowsecurity FROM pg_class WHERE relname = 'documents'") == f ]] ||
  fail "after up.sql row-level security is off"
apply_watching "$tmp/down/down.sql" "$d" 2 "down.sql turning security on again"
pass "turning row-level security off: DISABLE first, in up.sql and down.sql, and no step hides the rows"

# The payments example (offline): each table's ENABLE comes after its policies.
sp diff --from "$repo/schemas/examples/payments/v1" --to "$repo/schemas/examples/payments/v2" --out "$tmp/payments"
expect_status 0 "the payments example"
for t in payment_methods subscriptions; do
  expect_before "$tmp/payments/up.sql" "^CREATE POLICY .* ON public\.$t " "^ALTER TABLE public\.$t ENABLE ROW LEVEL SECURITY" "payments: $t"
  expect_before "$tmp/payments/down.sql" "^ALTER TABLE public\.$t DISABLE ROW LEVEL SECURITY" "^DROP POLICY .* ON public\.$t;" "payments down.sql: $t"
done
pass "the payments example creates each table's policies before enabling row-level security"
