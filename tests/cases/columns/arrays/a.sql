-- Array columns: one added, one changing its element type (integer[] -> bigint[]), one becoming varchar(50)[].
CREATE TABLE posts (id integer PRIMARY KEY, tags text[], reader_ids integer[] NOT NULL DEFAULT '{}');
