CREATE TEXT SEARCH DICTIONARY public.english_nostop (TEMPLATE = snowball, LANGUAGE = english);
-- New mappings: the configuration is created again, and its users with it.
CREATE TEXT SEARCH CONFIGURATION public.docs_cfg (COPY = english);
ALTER TEXT SEARCH CONFIGURATION public.docs_cfg ALTER MAPPING FOR asciiword, asciihword, hword_asciipart
  WITH english_nostop;
ALTER TEXT SEARCH CONFIGURATION public.docs_cfg DROP MAPPING FOR email;
CREATE TABLE docs (
  id int PRIMARY KEY,
  title text NOT NULL,
  body text,
  search tsvector GENERATED ALWAYS AS (to_tsvector('public.docs_cfg', title || ' ' || coalesce(body, ''))) STORED
);
CREATE INDEX docs_search ON docs USING gin (search);
CREATE INDEX docs_body_fts ON docs USING gin (to_tsvector('public.docs_cfg'::regconfig, body));
CREATE VIEW doc_titles AS SELECT id, to_tsvector('docs_cfg', title) AS words FROM docs;
CREATE FUNCTION doc_query(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE
  BEGIN ATOMIC SELECT plainto_tsquery('public.docs_cfg', q); END;
