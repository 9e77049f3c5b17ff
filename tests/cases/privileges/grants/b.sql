-- Table, column, sequence and schema privileges added and revoked.
CREATE SCHEMA app;
CREATE TABLE app.users (id bigint PRIMARY KEY, email text NOT NULL, password_hash text);
CREATE SEQUENCE app.invoice_numbers;
CREATE TABLE public.events (id bigint PRIMARY KEY, payload text);
GRANT USAGE ON SCHEMA app TO app_user, readonly_user;
GRANT SELECT, INSERT ON TABLE app.users TO app_user;
GRANT SELECT (id, email), UPDATE (email) ON app.users TO readonly_user;
GRANT ALL PRIVILEGES ON public.events TO app_user;
REVOKE TRUNCATE, REFERENCES ON public.events FROM app_user;
GRANT USAGE, SELECT ON SEQUENCE app.invoice_numbers TO app_user;
