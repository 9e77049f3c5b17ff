#!/bin/bash
# SQL files compared with a database are loaded into a scratch database in batches of statements (one round
# trip and one implicit transaction each, cli/sources.cpp), not one statement at a time. A schema of several
# batches must load whole (the plan against the same schema loaded by psql is empty), and a statement the
# server rejects in the middle of a batch must still be reported at its own file, line and column, naming its
# object, with exit status 2, as when statements were sent one by one.
source "$(dirname "$0")/lib.sh"

n=250  # tables, each with an index: 500 statements, five batches
for ((i = 1; i <= n; i++)); do
  echo "CREATE TABLE t$i (id integer PRIMARY KEY, v text);"
  echo "CREATE INDEX t${i}_v ON t$i (v);"
done >"$tmp/ok.sql"
# The server, not the parser, rejects this one: the sequence does not exist when the default is stored.
sed "s/^CREATE TABLE t150 (id integer PRIMARY KEY, v text);/CREATE TABLE t150 (id integer PRIMARY KEY DEFAULT nextval('missing_seq'), v text);/" \
  "$tmp/ok.sql" >"$tmp/bad.sql"
cmp -s "$tmp/ok.sql" "$tmp/bad.sql" && fail "the fixture's faulty statement was not written"

d=$(db same)
load "$d" "$tmp/ok.sql"
sp diff --from "$(url "$d")" --to "$tmp/ok.sql"
expect_status 0 "the files against the same schema loaded by psql"
grep -q -- '-- no changes' "$tmp/stdout" || fail "every batch loaded: no changes expected, got: $(head -20 "$tmp/stdout")"

e=$(db empty)
sp diff --from "$(url "$e")" --to "$tmp/ok.sql"
expect_status 0 "an empty database to the files"
[[ $(grep -c '^CREATE TABLE ' "$tmp/stdout") -eq $(grep -c '^CREATE TABLE ' "$tmp/ok.sql") ]] ||
  fail "the plan creates every table of the files"
[[ $(grep -c '^CREATE INDEX ' "$tmp/stdout") -eq $(grep -c '^CREATE INDEX ' "$tmp/ok.sql") ]] ||
  fail "the plan creates every index of the files"

sp diff --from "$(url "$e")" --to "$tmp/bad.sql"
expect_status 2 "a statement the server rejects"
line=$(grep -n "missing_seq" "$tmp/bad.sql" | cut -d: -f1)
expect_stderr "bad\.sql:$line:1: error: PostgreSQL rejected table public\.t150 while loading the desired schema: relation \"public\.missing_seq\" does not exist"
[[ -s $tmp/stdout ]] && fail "nothing is written on an error, got: $(head -5 "$tmp/stdout")"
pass "SQL files load into the scratch database in batches; a rejected statement is reported at its line"
