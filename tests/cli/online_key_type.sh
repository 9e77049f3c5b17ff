#!/bin/bash
# Rule 6 for keys under load: an integer primary key (serial) and the two foreign keys pointing at it become
# bigint, expand/contract (key_column_type.cpp), on tables with 200k rows, while a writer keeps inserting parents
# with children (the parent's id from its sequence) and updating all three tables. No writer statement may wait
# longer than the lock timeout plus a margin, none may fail, every row must be there with its values, the result
# must equal the desired schema, and down.sql must bring the starting schema back with the rows.
source "$(dirname "$0")/lib.sh"
source "$cli_dir/fixtures/writer.sh"

lock_timeout_ms=2000 margin_ms=2500 parents=50000
cat >"$tmp/a.sql" <<'SQL'
CREATE TABLE parents (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parents (id), note text);
CREATE INDEX orders_parent_id_idx ON orders (parent_id);
CREATE TABLE notes (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id) ON DELETE CASCADE, body text);
SQL
sed -e 's/id serial/id bigserial/' -e 's/parent_id integer/parent_id bigint/' "$tmp/a.sql" >"$tmp/b.sql"
d=$(db load)
load "$d" "$tmp/a.sql"
# 50k parents, 100k orders, 50k notes: orders.parent_id = id % 50000 + 1, notes.parent_id = id.
psql_ -d "$d" -c "INSERT INTO parents (name) SELECT 'p' || g FROM generate_series(1, $parents) g" \
  -c "INSERT INTO orders SELECT g, g % $parents + 1, 'seed' FROM generate_series(1, 2 * $parents) g" \
  -c "INSERT INTO notes SELECT g, g, 'seed' FROM generate_series(1, $parents) g" \
  -c "ANALYZE parents" -c "ANALYZE orders" -c "ANALYZE notes" >/dev/null
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --lock-timeout "${lock_timeout_ms}ms" --batch-size 5000 --out "$tmp/plan"
expect_status 0 "diff"
grep -q 'ALTER COLUMN [a-z_]* TYPE' "$tmp/plan/up.sql" && fail "rule 6: no in-place type change of a key column"
for c in 'parents ADD COLUMN id_sp_new bigint' 'orders ADD COLUMN parent_id_sp_new bigint' 'notes ADD COLUMN parent_id_sp_new bigint' \
  'CREATE UNIQUE INDEX CONCURRENTLY parents_pkey_sp_new' 'CREATE INDEX CONCURRENTLY orders_parent_id_idx_sp_new' \
  'PRIMARY KEY USING INDEX parents_pkey_sp_new' 'VALIDATE CONSTRAINT orders_parent_id_fkey' 'VALIDATE CONSTRAINT notes_parent_id_fkey'; do
  grep -q "$c" "$tmp/plan/up.sql" || fail "up.sql should hold: $c"
done

# The writer (fixtures/writer.sh): each round inserts a parent (id from its sequence: the default moves to the
# new column in the contract) with an order and a note that carry the parent's name, and updates a seeded row of
# each table.
round() {
  echo "WITH p AS (INSERT INTO parents (name) VALUES ('w$1') RETURNING id) INSERT INTO orders (id, parent_id, note) SELECT $1, id, 'w$1' FROM p;"
  echo "INSERT INTO notes (id, parent_id, body) SELECT $1, id, 'w$1' FROM parents WHERE name = 'w$1';"
  echo "UPDATE parents SET name = 'p' || id WHERE id = $(($2 * 37 % parents + 1));"
  echo "UPDATE orders SET note = 'updated' WHERE id = $(($2 * 41 % (2 * parents) + 1));"
  echo "UPDATE notes SET body = 'updated' WHERE id = $(($2 * 43 % parents + 1));"
}
up_under_writer "$d" 1000001 5 round
check_writer_waits 50 "$lock_timeout_ms" "$margin_ms"

q() { psql_ -At -d "$d" -c "$1"; }
inserted=$(($(cat "$tmp/next_id") - 1000001))
for t in orders notes; do
  got=$(q "SELECT count(*) FROM $t c JOIN parents p ON p.id = c.parent_id AND p.name = 'w' || c.id WHERE c.id > 1000000")
  ((got == inserted)) || fail "the writer inserted $inserted $t rows with their parents, $got are there and point at them"
done
[[ $(q "SELECT count(*) FROM parents") == $((parents + inserted)) ]] || fail "parents lost or gained rows"
[[ $(q "SELECT count(*) FROM orders WHERE id <= 1000000 AND parent_id = id % $parents + 1") == $((2 * parents)) ]] \
  || fail "seeded orders lost their parent_id"
[[ $(q "SELECT count(*) FROM notes WHERE id <= 1000000 AND parent_id = id") == "$parents" ]] || fail "seeded notes lost their parent_id"
[[ $(q "SELECT count(*) FROM parents WHERE id <= $parents AND name <> 'p' || id") == 0 ]] || fail "seeded parents lost their name"
for c in parents.id orders.parent_id notes.parent_id; do
  [[ $(q "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '${c%.*}'::regclass AND attname = '${c#*.}'") == bigint ]] \
    || fail "$c should be bigint after up.sql"
done
[[ $(q "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated") == 2 ]] || fail "both foreign keys should be valid"
# The sequence moved to the new column: a new parent still gets the next id, and the sequence is still owned.
[[ $(q "SELECT pg_get_serial_sequence('parents', 'id')") == public.parents_id_seq ]] || fail "the sequence should be owned by the new id"
sp diff --from "$(url "$d")" --to "$tmp/b.sql" --exit-code
expect_status 0 "nothing left to do after up.sql"

psql_ -d "$d" -f "$tmp/plan/down.sql" >/dev/null 2>"$tmp/down.err" || fail "down.sql fails: $(cat "$tmp/down.err")"
sp diff --from "$(url "$d")" --to "$tmp/a.sql" --exit-code
expect_status 0 "down.sql brings the starting schema back"
[[ $(q "SELECT count(*) FROM orders c JOIN parents p ON p.id = c.parent_id") == $((2 * parents + inserted)) ]] \
  || fail "orders lost rows or their parents through down.sql"
pass "key type change under writes: $count writer statements during up.sql (${up_ms} ms), worst ${worst} ms, all $inserted parents with their children landed; down.sql restores"
