-- Rule 3: CHECK constraints added to a table that already holds rows: ADD ... NOT VALID, then VALIDATE in its
-- own step. A NO INHERIT check and a commented one go the same way.
CREATE TABLE payments (
  id integer PRIMARY KEY,
  amount numeric(12, 2) NOT NULL,
  currency text NOT NULL
);
