-- Rule 5: new columns on a table with rows. Volatile defaults (gen_random_uuid(), clock_timestamp(), a
-- sequence) are added without a default, given it, then backfilled in batches and made NOT NULL through the
-- validated helper CHECK; a constant default stays one metadata-only ADD COLUMN ... DEFAULT.
CREATE TABLE tickets (
  id integer PRIMARY KEY,
  title text NOT NULL
);
CREATE SEQUENCE ticket_numbers;
