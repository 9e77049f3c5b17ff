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
