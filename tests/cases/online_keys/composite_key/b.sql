CREATE TABLE accounts (
  tenant_id integer NOT NULL,
  id bigint NOT NULL,
  label text,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE entries (
  id integer PRIMARY KEY,
  tenant_id integer NOT NULL,
  account_id bigint NOT NULL,
  amount numeric(12,2),
  FOREIGN KEY (tenant_id, account_id) REFERENCES accounts (tenant_id, id)
);
