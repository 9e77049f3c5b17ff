-- Parsers and templates need C functions: these use PostgreSQL's own (those of the default parser and the
-- simple dictionary template).
CREATE TEXT SEARCH PARSER public.my_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH PARSER bare_parser (start = pg_catalog.prsd_start, gettoken = prsd_nexttoken, end = prsd_end,
  lextypes = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE public.my_template (LEXIZE = dsimple_lexize, INIT = dsimple_init);
CREATE TEXT SEARCH DICTIONARY public.my_simple (TEMPLATE = my_template, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH DICTIONARY english_nostop (Template = snowball, Language = english);
CREATE TEXT SEARCH DICTIONARY "Quoted Dict" (TEMPLATE = pg_catalog.simple, "accept" = 'true');

CREATE TEXT SEARCH CONFIGURATION public.my_cfg (PARSER = my_parser);
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR asciiword, word WITH my_simple, english_stem;
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR int, uint WITH simple;
ALTER TEXT SEARCH CONFIGURATION my_cfg ADD MAPPING FOR email WITH "Quoted Dict";

-- A copy of a built-in configuration, edited.
CREATE TEXT SEARCH CONFIGURATION public.english_copy (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION english_copy ALTER MAPPING REPLACE english_stem WITH english_nostop;
ALTER TEXT SEARCH CONFIGURATION english_copy DROP MAPPING FOR email, url, url_path;

-- A copy of a configuration of these files.
CREATE SCHEMA search;
CREATE TEXT SEARCH CONFIGURATION search.copy_of_mine (COPY = public.my_cfg);
ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine DROP MAPPING IF EXISTS FOR int, float;
ALTER TEXT SEARCH CONFIGURATION search.copy_of_mine ALTER MAPPING FOR word WITH simple;

CREATE TEXT SEARCH CONFIGURATION search.plain (PARSER = "default");
ALTER TEXT SEARCH CONFIGURATION search.plain ADD MAPPING FOR asciiword WITH english_nostop;

COMMENT ON TEXT SEARCH CONFIGURATION my_cfg IS 'mine';
COMMENT ON TEXT SEARCH DICTIONARY my_simple IS 'simple with stop words';
COMMENT ON TEXT SEARCH TEMPLATE my_template IS 'a template';
COMMENT ON TEXT SEARCH PARSER my_parser IS 'a parser';

-- Used by an index, a generated column and a view.
CREATE TABLE docs (
  id int PRIMARY KEY,
  body text,
  words tsvector GENERATED ALWAYS AS (to_tsvector('public.my_cfg', coalesce(body, ''))) STORED
);
CREATE INDEX docs_body_fts ON docs USING gin (to_tsvector('english_copy'::regconfig, body));
CREATE VIEW doc_words AS SELECT id, to_tsvector('search.plain', body) AS words FROM docs;

-- schemaplan-fuzz: to
-- (Owners of dropped objects are left out: a plan restores in down.sql only the owners the desired schema states.)
-- What stays: the parser and template; the dictionaries and configurations go, with what uses them.
CREATE TEXT SEARCH PARSER public.my_parser (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
  LEXTYPES = prsd_lextype, HEADLINE = prsd_headline);
CREATE TEXT SEARCH TEMPLATE public.my_template (LEXIZE = dsimple_lexize, INIT = dsimple_init);
CREATE SCHEMA search;
CREATE TABLE docs (
  id int PRIMARY KEY,
  body text
);
