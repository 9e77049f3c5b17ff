-- contrib's unaccent: its dictionary in a configuration, and a dictionary of its template.
CREATE EXTENSION unaccent;
CREATE TEXT SEARCH DICTIONARY public.my_unaccent (TEMPLATE = unaccent, RULES = 'unaccent');
CREATE TEXT SEARCH CONFIGURATION public.fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION public.fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION public.plain_unaccent (PARSER = pg_catalog.default);
ALTER TEXT SEARCH CONFIGURATION public.plain_unaccent ADD MAPPING FOR word, asciiword WITH my_unaccent, simple;
CREATE TABLE places (id int PRIMARY KEY, name text NOT NULL);
CREATE INDEX places_name_fts ON places USING gin (to_tsvector('public.fr', name));
