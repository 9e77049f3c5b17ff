-- Stored generated columns: one added, one whose expression changes (PostgreSQL 15 cannot alter it in place).
CREATE TABLE order_lines (
  id integer PRIMARY KEY,
  unit_cents integer NOT NULL,
  qty integer NOT NULL,
  total_cents integer GENERATED ALWAYS AS (unit_cents * qty) STORED
);
