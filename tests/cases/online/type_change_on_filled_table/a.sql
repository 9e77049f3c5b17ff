-- Rule 6: type changes on a table with rows. Binary-coercible ones stay in place (varchar longer or
-- unlimited, varchar -> text, numeric wider, timestamp precision up); integer -> bigint and text -> integer
-- are expand/contract (new column, sync trigger, batched backfill, NOT NULL, swap); a column with an index
-- too, its index built again concurrently on the new column (planner/rules/key_column_type.cpp).
CREATE TABLE items (
  id integer PRIMARY KEY,
  qty integer NOT NULL DEFAULT 1,
  code character varying(10),
  label character varying(40),
  price numeric(8,2),
  at timestamp(3) without time zone,
  legacy_ref text,
  score integer
);
CREATE INDEX items_score_idx ON items (score);
COMMENT ON COLUMN items.qty IS 'units';
