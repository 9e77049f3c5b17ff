-- Rule 2: a PRIMARY KEY and a UNIQUE added to a table with rows: unique indexes built CONCURRENTLY, then
-- attached with ADD CONSTRAINT ... USING INDEX; the key's column gets NOT NULL first (rule 4).
CREATE TABLE members (
  id integer,
  email text,
  team integer
);
