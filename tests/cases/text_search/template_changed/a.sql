CREATE TEXT SEARCH TEMPLATE public.tmpl (LEXIZE = dsimple_lexize, INIT = dsimple_init);
CREATE TEXT SEARCH DICTIONARY public.words (TEMPLATE = tmpl, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.cfg (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.cfg ADD MAPPING FOR asciiword, word WITH words;
CREATE TABLE posts (id int PRIMARY KEY, body text);
CREATE INDEX posts_fts ON posts USING gin (to_tsvector('public.cfg', body));
