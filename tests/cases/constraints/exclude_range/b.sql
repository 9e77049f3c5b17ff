CREATE TABLE price_periods (id integer PRIMARY KEY, valid daterange NOT NULL, active boolean NOT NULL DEFAULT true,
  CONSTRAINT price_periods_active_excl EXCLUDE USING gist (valid WITH &&) WHERE (active));
