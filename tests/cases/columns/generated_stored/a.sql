-- Stored generated columns: one added, one whose expression changes (PostgreSQL 15 cannot alter it in place),
-- one that becomes a plain column (DROP EXPRESSION keeps its values; the rollback adds it again as generated).
CREATE TABLE order_lines (
  id integer PRIMARY KEY,
  unit_cents integer NOT NULL,
  qty integer NOT NULL,
  total_cents integer GENERATED ALWAYS AS (unit_cents * qty) STORED,
  label text GENERATED ALWAYS AS ('line ' || id::text) STORED
);
