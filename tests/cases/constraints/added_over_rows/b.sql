CREATE TABLE accounts (
  id integer PRIMARY KEY,
  email text CONSTRAINT accounts_email_key UNIQUE,
  region text CONSTRAINT accounts_region_check CHECK (region IN ('eu', 'us')),
  parent_id integer CONSTRAINT accounts_parent_fk REFERENCES accounts (id),
  CONSTRAINT accounts_id_parent UNIQUE (id, parent_id)
);
CREATE TABLE transfers (
  id integer PRIMARY KEY,
  from_id integer,
  to_id integer,
  amount numeric CONSTRAINT transfers_amount_check CHECK (amount > 0),
  ref text,
  archived boolean NOT NULL DEFAULT false,
  CONSTRAINT transfers_pair_fk FOREIGN KEY (from_id, to_id) REFERENCES accounts (id, parent_id) MATCH FULL
);
CREATE UNIQUE INDEX transfers_live_ref ON transfers (ref) WHERE NOT archived;
ALTER TABLE transfers ADD CONSTRAINT transfers_id_ref UNIQUE (id, ref);
