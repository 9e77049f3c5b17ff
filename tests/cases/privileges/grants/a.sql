CREATE SCHEMA app;
CREATE TABLE app.users (id bigint PRIMARY KEY, email text NOT NULL, password_hash text);
CREATE SEQUENCE app.invoice_numbers;
CREATE TABLE public.events (id bigint PRIMARY KEY, payload text);
GRANT SELECT, DELETE ON app.users TO readonly_user;
GRANT UPDATE (email) ON app.users TO app_user;
GRANT ALL ON public.events TO app_user;
GRANT SELECT ON SEQUENCE app.invoice_numbers TO readonly_user;
