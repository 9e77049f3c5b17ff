-- Rule 6 for keys: a composite primary key (tenant_id, id) where only id becomes bigint, referenced by a
-- composite foreign key whose matching column changes too; the tenant column stays as it is.
CREATE TABLE accounts (
  tenant_id integer NOT NULL,
  id integer NOT NULL,
  label text,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE entries (
  id integer PRIMARY KEY,
  tenant_id integer NOT NULL,
  account_id integer NOT NULL,
  amount numeric(12,2),
  FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id)
);
