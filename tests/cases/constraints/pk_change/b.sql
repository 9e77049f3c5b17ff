CREATE TABLE memberships (id integer NOT NULL, org_id integer NOT NULL, user_id integer NOT NULL, PRIMARY KEY (org_id, user_id));
CREATE TABLE prices (product_id integer NOT NULL, currency char(3) NOT NULL, cents integer,
  CONSTRAINT prices_pkey PRIMARY KEY (product_id, currency));
