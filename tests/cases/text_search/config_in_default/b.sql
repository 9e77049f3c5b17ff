CREATE TEXT SEARCH CONFIGURATION public.cfg (COPY = english);
CREATE TABLE articles (
  id int PRIMARY KEY,
  body text,
  words tsvector DEFAULT to_tsvector('public.cfg', 'empty')
);
