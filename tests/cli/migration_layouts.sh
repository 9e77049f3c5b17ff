#!/bin/bash
# Migration directories in both directions, for every layout (issue 5):
# - written by `diff --write-migration` (an initial migration, then a change with steps that cannot run in a
#   transaction block), then run the way that runner runs files (in order; one query, one transaction, or
#   statement by statement), and the round trip holds: after the ups the database matches the desired schema,
#   after the downs of the change it matches the schema before;
# - replayed by `migrations:DIR[@NAME]`: the introspected state equals applying the files by hand.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/runners.sh"

cat >"$tmp/a.sql" <<'EOF'
CREATE TABLE t (id integer PRIMARY KEY, name text);
EOF
cat >"$tmp/b.sql" <<'EOF'
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL DEFAULT 'x', m mood);
CREATE INDEX t_name_idx ON t (name);
CREATE TABLE u (id bigint PRIMARY KEY, t_id integer REFERENCES t);
EOF
dev=$(db dev)

for layout in prisma golang-migrate flyway dbmate plain; do
  dir=$tmp/m_$layout
  sp diff --from empty --to "$tmp/a.sql" --write-migration "$dir" --name init --layout "$layout" --timestamp 20250101000000
  expect_status 0 "$layout: writing the initial migration"
  # The layout is recognised from the files already there.
  sp diff --from "migrations:$dir" --to "$tmp/b.sql" --dev-db "$(url "$dev")" --write-migration "$dir" --name change \
    --timestamp 20250102000000
  expect_status 0 "$layout: writing the change from the replayed history"
  n_change=$(migration_names "$layout" "$dir" | grep -c change)
  if [[ $layout == plain ]]; then
    ((n_change == 1)) || fail "$layout: psql runs one file with the whole plan, got $n_change"
  else
    # The index build and the VALIDATE cannot share a transaction with other steps.
    ((n_change > 1)) || fail "$layout: steps outside transaction blocks should get migrations of their own"
  fi

  # Run it as the runner would: the ups, then the database is the desired schema.
  x=$(db "x_${layout//-/_}")
  runner_up "$layout" "$dir" "$x" || fail "$layout: the written migrations do not run with the runner's rules"
  sp drift --db "$(url "$x")" --schema "$tmp/b.sql"
  expect_status 0 "$layout: after the ups the database matches b.sql"

  # Replay equals applying by hand, whole and up to a named migration.
  sp diff --from "migrations:$dir" --to "$(url "$x")" --exit-code
  expect_status 0 "$layout: replaying the directory gives the state the runner produced"
  first=$(migration_names "$layout" "$dir" | head -1)
  y=$(db "y_${layout//-/_}")
  load "$y" "$tmp/a.sql"
  sp diff --from "migrations:$dir@$first" --to "$(url "$y")" --exit-code
  expect_status 0 "$layout: replaying up to $first gives a.sql"

  # The downs of the change, newest first: back to a.sql.
  runner_down "$layout" "$dir" "$x" change || fail "$layout: the down migrations do not run with the runner's rules"
  sp drift --db "$(url "$x")" --schema "$tmp/a.sql"
  expect_status 0 "$layout: after the downs the database matches a.sql again"
  pass "$layout: written, run, replayed and rolled back"
done

# Hand-written histories with statements schemaplan's parser does not model (a DO block, a function with
# semicolons in its body, a rename, data, a view): replayed as written, they give the state the runner gives.
m1=$'CREATE TABLE acct (id bigint PRIMARY KEY, nm text);\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nDO $$ BEGIN EXECUTE \'CREATE TABLE made_by_do (x int)\'; END $$;'
m2=$'ALTER TABLE acct RENAME COLUMN nm TO name;\nINSERT INTO acct VALUES (1, \'a;b\');\nCREATE VIEW acct_names AS SELECT name FROM acct;'
m3=$'CREATE INDEX CONCURRENTLY acct_name_idx ON acct (name);'
write_history() {  # LAYOUT DIR: three migrations in the layout's own files
  local layout=$1 dir=$2 i=1 body
  mkdir -p "$dir"
  for body in "$m1" "$m2" "$m3"; do
    case $layout in
      prisma) mkdir -p "$dir/2025010100000${i}_m$i"; printf '%s\n' "$body" >"$dir/2025010100000${i}_m$i/migration.sql" ;;
      golang-migrate) printf '%s\n' "$body" >"$dir/${i}_m$i.up.sql" ;;
      flyway) printf '%s\n' "$body" >"$dir/V${i}__m$i.sql" ;;
      dbmate)
        local opt=""
        [[ $body == *CONCURRENTLY* ]] && opt=" transaction:false"
        printf -- '-- migrate:up%s\n%s\n\n-- migrate:down\n' "$opt" "$body" >"$dir/2025010100000${i}_m$i.sql" ;;
      plain) printf '%s\n' "$body" >"$dir/00${i}_m$i.sql" ;;
    esac
    i=$((i + 1))
  done
}
for layout in prisma golang-migrate flyway dbmate plain; do
  dir=$tmp/h_$layout
  write_history "$layout" "$dir"
  h=$(db "h_${layout//-/_}")
  runner_up "$layout" "$dir" "$h" || fail "$layout: the hand-written history does not run with the runner's rules"
  sp diff --from "migrations:$dir" --to "$(url "$h")" --exit-code
  expect_status 0 "$layout: replaying the hand-written history gives the state applying it by hand gives"
  grep -q 'made_by_do\|acct_names' "$tmp/stdout" && fail "$layout: the replay should hold what the DO block and view made"
  second=$(migration_names "$layout" "$dir" | sed -n 2p)
  sp diff --from "migrations:$dir@$second" --to "$(url "$h")" --exit-code
  expect_status 1 "$layout: up to $second the index is still missing"
  grep -q acct_name_idx "$tmp/stdout" || fail "$layout: the plan from $second should add the index"
done
pass "hand-written histories replay like their runners run them"

# A name that is not in the directory, and a folder of no known layout.
sp diff --from "migrations:$tmp/m_prisma@nope" --to "$tmp/b.sql" --dev-db "$(url "$dev")"
expect_status 2 "an unknown migration name"
expect_stderr "no migration named 'nope'" "the error names the migration"
sp diff --from "migrations:$tmp" --to "$tmp/b.sql" --dev-db "$(url "$dev")"
expect_status 2 "a folder of no known layout"
expect_stderr "--layout" "the error says how to name the layout"
# Replaying needs a server.
sp diff --from "migrations:$tmp/m_prisma" --to "$tmp/b.sql"
expect_status 2 "replaying without a server"
expect_stderr "--dev-db" "the error says how to give one"
# A written migration is never overwritten.
sp diff --from empty --to "$tmp/a.sql" --write-migration "$tmp/m_prisma" --name init --timestamp 20250101000000
expect_status 2 "writing over an existing migration"
pass "migration directory errors"
