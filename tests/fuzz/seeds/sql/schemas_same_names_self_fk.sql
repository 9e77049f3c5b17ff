CREATE SCHEMA a;
CREATE TABLE a.art_type (id int PRIMARY KEY, parent int REFERENCES a.art_type(id), gid uuid NOT NULL);
CREATE UNIQUE INDEX art_type_idx_gid ON a.art_type (gid);

-- schemaplan-fuzz: to
-- The same table, self-referencing key and index names in two schemas (schema-per-tenant, archive schemas):
-- each schema plans on its own, and a stand-alone unique index of a self-referencing table is no dependency of
-- the table's key (it made a false cycle).
CREATE SCHEMA a; CREATE SCHEMA b;
CREATE TABLE a.art_type (id int PRIMARY KEY, parent int REFERENCES a.art_type(id), gid uuid NOT NULL);
CREATE UNIQUE INDEX art_type_idx_gid ON a.art_type (gid);
CREATE TABLE b.art_type (id int PRIMARY KEY, parent int REFERENCES b.art_type(id), gid uuid NOT NULL);
CREATE UNIQUE INDEX art_type_idx_gid ON b.art_type (gid);
CREATE TABLE b.art (id int PRIMARY KEY, type int REFERENCES b.art_type (id), gid uuid REFERENCES b.art_type (gid));
