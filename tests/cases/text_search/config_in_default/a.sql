CREATE TEXT SEARCH CONFIGURATION public.cfg (COPY = simple);
-- A column default naming the configuration: it is removed and set again around the configuration's recreation.
CREATE TABLE articles (
  id int PRIMARY KEY,
  body text,
  words tsvector DEFAULT to_tsvector('public.cfg', 'empty')
);
