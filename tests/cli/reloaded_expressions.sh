#!/bin/bash
# PostgreSQL does not read its own print of an IN list over a varchar column back into the same expression
# (`x = ANY ((ARRAY['a'::character varying])::text[])` loads as `x = ANY (ARRAY[('a'::character varying)::text])`).
# A database made from people's SQL and the same schema loaded from its pg_dump must still compare equal, in CHECKs,
# index predicates, views and policies alike.
source "$(dirname "$0")/lib.sh"

cat >"$tmp/people.sql" <<'SQL'
CREATE TABLE job (id int PRIMARY KEY, status varchar(20) CHECK (status IN ('queued', 'running')), kind varchar(20));
CREATE INDEX job_active ON job (id) WHERE kind IN ('build', 'test');
CREATE VIEW active_jobs AS SELECT id FROM job WHERE kind IN ('build', 'deploy');
ALTER TABLE job ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON job USING (kind IN ('build', 'test'));
SQL
a=$(db people) b=$(db dumped)
load "$a" "$tmp/people.sql"
pg_dump -s -d "$a" >"$tmp/dump.sql"
load "$b" "$tmp/dump.sql"
psql_ -d "$b" -Atc "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'job_status_check'" | grep -q "ARRAY\[('queued'" \
  || fail "fixture: the dump is expected to load into the read-back form"

sp diff --from "$(url "$a")" --to "$(url "$b")"
expect_status 0 "database from people's SQL -> the same schema loaded from its dump"
[[ -z $(statements "$tmp/stdout" | grep -v '^--') ]] || fail "the two databases hold one schema: nothing to plan"
sp drift --db "$(url "$a")" --schema "$tmp/dump.sql"
expect_status 0 "drift of a database against its own pg_dump"
sp inspect --db "$(url "$a")"
expect_status 0 "inspect"
grep -q "ARRAY\[('queued'::character varying)::text" "$tmp/stdout" || fail "inspect writes the expression in the form PostgreSQL reads back"
pass "expressions compare in the form PostgreSQL reads back"
