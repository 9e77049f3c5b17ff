CREATE TABLE public.account (id integer PRIMARY KEY, name text, email text, note text);
CREATE VIEW public.account_names AS SELECT id, name, note FROM public.account;
CREATE VIEW public.account_contacts AS SELECT id, email FROM public.account;
CREATE MATERIALIZED VIEW public.account_stats AS SELECT count(*) AS n FROM public.account;
COMMENT ON COLUMN public.account_names.name IS 'the name shown';
COMMENT ON COLUMN public.account_names.note IS 'free text';
COMMENT ON COLUMN public.account_contacts.email IS 'primary address';
COMMENT ON COLUMN public.account_contacts.id IS 'the account';
COMMENT ON COLUMN public.account_stats.n IS 'rows in account';
