-- Rule 7: declared renames of columns of a table with rows. `mail` -> `email` is a plain column: online it is
-- expand/contract (new column, two-way sync trigger, backfill, old column dropped in contract), simple a RENAME.
-- `nick` -> `handle` carries an index, so it is a RENAME in both strategies (hazard breaks-running-code).
-- `note` has no hint: a drop plus an add, and the drop's hazard says how to declare the rename.
CREATE TABLE people (
  id integer PRIMARY KEY,
  mail text,
  nick character varying(30),
  note text
);
CREATE INDEX people_nick_idx ON people (nick);
