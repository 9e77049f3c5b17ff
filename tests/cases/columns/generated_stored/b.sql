CREATE TABLE order_lines (
  id integer PRIMARY KEY,
  unit_cents integer NOT NULL,
  qty integer NOT NULL,
  total_cents bigint GENERATED ALWAYS AS (unit_cents::bigint * qty) STORED,
  is_bulk boolean GENERATED ALWAYS AS (qty >= 10) STORED,
  label text
);
