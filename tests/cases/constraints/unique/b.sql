CREATE TABLE users (
  id integer PRIMARY KEY,
  email text UNIQUE,
  phone text,
  username text,
  tenant_id integer,
  external_id text,
  CONSTRAINT users_phone_key UNIQUE NULLS NOT DISTINCT (phone),
  CONSTRAINT users_tenant_external UNIQUE (tenant_id, external_id)
);
