CREATE EXTENSION dict_int;
-- MAXLEN changed, REJECTLONG removed, ABSVAL added; written as pg_dump would, in another order.
CREATE TEXT SEARCH DICTIONARY public.short_ints (TEMPLATE = intdict_template, absval = 'true', maxlen = 6);
CREATE TEXT SEARCH DICTIONARY public.stop_simple (TEMPLATE = simple);
ALTER TEXT SEARCH DICTIONARY public.stop_simple (STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION public.numbers (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.numbers ADD MAPPING FOR int, uint WITH short_ints;
ALTER TEXT SEARCH CONFIGURATION public.numbers ADD MAPPING FOR asciiword WITH stop_simple;
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE INDEX notes_fts ON notes USING gin (to_tsvector('public.numbers', body));
