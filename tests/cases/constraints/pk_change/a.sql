-- The primary key moves from a surrogate id to a composite natural key, and a named key gets a new column.
CREATE TABLE memberships (id integer PRIMARY KEY, org_id integer NOT NULL, user_id integer NOT NULL);
CREATE TABLE prices (product_id integer NOT NULL, currency char(3) NOT NULL, cents integer,
  CONSTRAINT prices_pkey PRIMARY KEY (product_id));
