-- UNIQUE constraints: added (implicit and explicit names, NULLS NOT DISTINCT, multi-column), dropped, changed.
CREATE TABLE users (
  id integer PRIMARY KEY,
  email text,
  phone text,
  username text CONSTRAINT users_username_key UNIQUE,
  tenant_id integer,
  external_id text,
  CONSTRAINT users_tenant_external UNIQUE (tenant_id)
);
