CREATE TYPE "Tone" AS ENUM ('it''s', 'two words', 'café', 'UPPER', '日本');
CREATE TABLE msgs (id integer PRIMARY KEY, tone "Tone");
