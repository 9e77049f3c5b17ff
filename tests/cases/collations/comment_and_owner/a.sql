CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
COMMENT ON COLLATION ci IS 'old';
CREATE TABLE public.users (id integer, email text COLLATE ci);
