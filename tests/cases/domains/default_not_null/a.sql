CREATE DOMAIN qty AS numeric(10,2) DEFAULT 0;
CREATE DOMAIN label AS varchar(20) COLLATE "C" NOT NULL;
CREATE DOMAIN flag AS boolean DEFAULT false NOT NULL;
COMMENT ON DOMAIN flag IS 'a yes/no';

CREATE TABLE stock (
  id int PRIMARY KEY,
  q qty,
  l label,
  f flag
);
