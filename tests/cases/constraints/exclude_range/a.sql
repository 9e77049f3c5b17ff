-- EXCLUDE on a range type alone (no extension), with a WHERE predicate, and one dropped.
CREATE TABLE price_periods (id integer PRIMARY KEY, valid daterange NOT NULL, active boolean NOT NULL DEFAULT true,
  CONSTRAINT old_excl EXCLUDE USING gist (valid WITH &&));
