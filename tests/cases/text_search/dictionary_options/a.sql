CREATE EXTENSION dict_int;
CREATE TEXT SEARCH DICTIONARY public.short_ints (TEMPLATE = intdict_template, MAXLEN = 4, REJECTLONG = true);
CREATE TEXT SEARCH DICTIONARY public.stop_simple (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.numbers (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.numbers ADD MAPPING FOR int, uint WITH short_ints;
ALTER TEXT SEARCH CONFIGURATION public.numbers ADD MAPPING FOR asciiword WITH stop_simple;
-- The configuration's users stay: the dictionaries' options change in place.
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE INDEX notes_fts ON notes USING gin (to_tsvector('public.numbers', body));
