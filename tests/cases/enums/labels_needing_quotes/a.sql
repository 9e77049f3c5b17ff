-- Labels with quotes, spaces, upper case and non-ASCII text; one added among them.
CREATE TYPE "Tone" AS ENUM ('it''s', 'two words', 'UPPER');
CREATE TABLE msgs (id integer PRIMARY KEY, tone "Tone");
