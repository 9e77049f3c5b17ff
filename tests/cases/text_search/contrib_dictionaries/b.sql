-- Dictionaries of contrib's templates: xsyn's options change in place; dict_int comes with a dictionary of its own
-- template and its configuration mapping is added (the configuration is created again with its index).
CREATE EXTENSION dict_xsyn;
CREATE EXTENSION dict_int;
CREATE TEXT SEARCH DICTIONARY public.my_xsyn (TEMPLATE = xsyn_template, RULES = 'xsyn_sample', KEEPORIG = true,
  MATCHSYNONYMS = true);
CREATE TEXT SEARCH DICTIONARY public.short_ints (TEMPLATE = intdict_template, MAXLEN = 3);
CREATE TEXT SEARCH CONFIGURATION public.syn (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION public.syn ADD MAPPING FOR asciiword WITH my_xsyn, simple;
ALTER TEXT SEARCH CONFIGURATION public.syn ADD MAPPING FOR int, uint WITH short_ints;
CREATE TABLE words (id int PRIMARY KEY, w text);
CREATE INDEX words_syn ON words USING gin (to_tsvector('public.syn', w));
