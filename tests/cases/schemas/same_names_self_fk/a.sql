CREATE SCHEMA a;
CREATE TABLE a.art_type (id int PRIMARY KEY, parent int REFERENCES a.art_type(id), gid uuid NOT NULL);
CREATE UNIQUE INDEX art_type_idx_gid ON a.art_type (gid);
