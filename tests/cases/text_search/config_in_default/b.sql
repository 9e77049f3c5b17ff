CREATE TEXT SEARCH CONFIGURATION public.cfg (COPY = english);
CREATE TABLE articles (
  id int PRIMARY KEY,
  body text,
  words tsvector DEFAULT to_tsvector('public.cfg', 'empty')
);
-- A regconfig column's default (no rows: a stored regconfig value is an OID, which a configuration created again
-- does not keep).
CREATE TABLE search_settings (id int PRIMARY KEY, config regconfig NOT NULL DEFAULT 'cfg');
