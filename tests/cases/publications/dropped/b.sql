CREATE SCHEMA app;
CREATE TABLE public.orders (id int PRIMARY KEY, status text, total numeric);
CREATE TABLE app.events (id int, payload text);
CREATE TABLE app."Audit Log" (id int, at timestamptz);
