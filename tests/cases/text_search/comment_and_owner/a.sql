CREATE TEXT SEARCH DICTIONARY public.d (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION public.c (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.c ADD MAPPING FOR asciiword WITH d;
COMMENT ON TEXT SEARCH DICTIONARY public.d IS 'old comment';
ALTER TEXT SEARCH CONFIGURATION public.c OWNER TO readonly_user;
CREATE TABLE t (body text);
CREATE INDEX t_fts ON t USING gin (to_tsvector('public.c', body));
