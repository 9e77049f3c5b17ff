CREATE EXTENSION dict_xsyn;
CREATE TEXT SEARCH DICTIONARY public.my_xsyn (TEMPLATE = xsyn_template, RULES = 'xsyn_sample', KEEPORIG = false);
CREATE TEXT SEARCH CONFIGURATION public.syn (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.syn ADD MAPPING FOR asciiword WITH my_xsyn, simple;
CREATE TABLE words (id int PRIMARY KEY, w text);
CREATE INDEX words_syn ON words USING gin (to_tsvector('public.syn', w));
