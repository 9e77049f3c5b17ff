#!/bin/bash
# Rule 6 for keys under load: an integer primary key (serial) and the two foreign keys pointing at it become
# bigint, expand/contract (key_column_type.cpp), on tables with 200k rows, while a writer keeps inserting parents
# with children (the parent's id from its sequence) and updating all three tables. No writer statement may wait
# longer than the lock timeout plus a margin, none may fail, every row must be there with its values, the result
# must equal the desired schema, and down.sql must bring the starting schema back with the rows.
source "$(dirname "$0")/lib.sh"

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

# The writer: batches of statements through one psql each, every statement timed (\timing), until told to stop.
# Each round inserts a parent (id from its sequence: the default moves to the new column in the contract) with
# an order and a note that carry the parent's name, and updates a seeded row of each table.
writer() {
  local i=0 n=1000001
  while [[ ! -f $tmp/stop ]]; do
    local batch='\timing on'$'\n'
    for _ in 1 2 3 4 5; do
      batch+="WITH p AS (INSERT INTO parents (name) VALUES ('w$n') RETURNING id) INSERT INTO orders (id, parent_id, note) SELECT $n, id, 'w$n' FROM p;"$'\n'
      batch+="INSERT INTO notes (id, parent_id, body) SELECT $n, id, 'w$n' FROM parents WHERE name = 'w$n';"$'\n'
      batch+="UPDATE parents SET name = 'p' || id WHERE id = $((i * 37 % parents + 1));"$'\n'
      batch+="UPDATE orders SET note = 'updated' WHERE id = $((i * 41 % (2 * parents) + 1));"$'\n'
      batch+="UPDATE notes SET body = 'updated' WHERE id = $((i * 43 % parents + 1));"$'\n'
      n=$((n + 1)) i=$((i + 1))
    done
    psql -X -q -v ON_ERROR_STOP=1 -d "$d" <<<"$batch" >>"$tmp/writer.out" 2>>"$tmp/writer.err" \
      || { echo "writer failed" >>"$tmp/writer.err"; return; }
    echo "$n" >"$tmp/next_id"
  done
}
writer &
writer_pid=$!
sleep 1
start=$(date +%s%N)
psql_ -d "$d" -f "$tmp/plan/up.sql" >/dev/null 2>"$tmp/up.err"
up_status=$?
up_ms=$((($(date +%s%N) - start) / 1000000))
sleep 1
touch "$tmp/stop"
wait "$writer_pid"
((up_status == 0)) || fail "up.sql fails under load: $(cat "$tmp/up.err")"
[[ ! -s $tmp/writer.err ]] || fail "the writer failed: $(head -5 "$tmp/writer.err")"

times=$(grep -oE '^Time: [0-9.]+ ms' "$tmp/writer.out" | awk '{ print $2 }')
count=$(echo "$times" | grep -c .)
((count >= 50)) || fail "the writer ran only $count statements while up.sql ran: too few to judge"
worst=$(echo "$times" | sort -g | tail -1)
awk -v w="$worst" -v lim=$((lock_timeout_ms + margin_ms)) 'BEGIN { exit !(w <= lim) }' \
  || fail "a writer statement waited ${worst} ms, more than lock_timeout ${lock_timeout_ms} ms + ${margin_ms} ms"

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
