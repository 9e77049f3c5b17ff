CREATE TABLE items (
  id integer PRIMARY KEY,
  qty bigint NOT NULL DEFAULT 1,
  code character varying(20),
  label text,
  price numeric(12,2),
  at timestamp(6) without time zone,
  legacy_ref integer,
  score bigint
);
CREATE INDEX items_score_idx ON items (score);
COMMENT ON COLUMN items.qty IS 'units';
