-- Only the comment and the owner change: in place, the column is left alone.
CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
COMMENT ON COLLATION ci IS 'new';
ALTER COLLATION public.ci OWNER TO app_user;
CREATE TABLE public.users (id integer, email text COLLATE ci);
