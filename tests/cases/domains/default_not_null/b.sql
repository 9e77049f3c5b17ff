CREATE DOMAIN qty AS numeric(10,2) DEFAULT 1 NOT NULL;
CREATE DOMAIN label AS varchar(20) COLLATE "C" DEFAULT 'none';
CREATE DOMAIN flag AS boolean;
COMMENT ON DOMAIN qty IS 'how many';

CREATE TABLE stock (
  id int PRIMARY KEY,
  q qty,
  l label,
  f flag
);
