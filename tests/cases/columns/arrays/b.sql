CREATE TABLE posts (
  id integer PRIMARY KEY,
  tags varchar(50)[],
  reader_ids bigint[] NOT NULL DEFAULT '{}',
  scores numeric(5, 2)[][],
  flags boolean[] DEFAULT ARRAY[true, false]
);
