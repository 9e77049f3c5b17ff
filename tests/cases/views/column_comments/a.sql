-- Comments on view and materialized view columns: changed, added and removed in place, and carried by a view
-- that is recreated (its query drops a column) and one replaced in place (a column appended).
CREATE TABLE public.account (id integer PRIMARY KEY, name text, email text, note text);
CREATE VIEW public.account_names AS SELECT id, name FROM public.account;
CREATE VIEW public.account_contacts AS SELECT id, name, email FROM public.account;
CREATE MATERIALIZED VIEW public.account_stats AS SELECT count(*) AS n FROM public.account;
COMMENT ON COLUMN public.account_names.id IS 'the account';
COMMENT ON COLUMN public.account_names.name IS 'display name';
COMMENT ON COLUMN public.account_contacts.email IS 'primary address';
COMMENT ON COLUMN public.account_stats.n IS 'how many';
