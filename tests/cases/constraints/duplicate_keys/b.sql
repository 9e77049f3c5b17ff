-- Keys over the same columns, added one by one as a Hibernate-made schema has them (pg_dump writes each with
-- its own ALTER TABLE): CREATE TABLE would merge them into one.
CREATE TABLE dataelement (id int, code varchar(50));
ALTER TABLE ONLY dataelement ADD CONSTRAINT dataelement_pkey PRIMARY KEY (code);
ALTER TABLE ONLY dataelement ADD CONSTRAINT dataelement_code_key UNIQUE (code);
ALTER TABLE ONLY dataelement ADD CONSTRAINT uk_94srnunkibylfaxt4knxfn58e UNIQUE (code);
ALTER TABLE ONLY dataelement ADD CONSTRAINT uk_id UNIQUE (id);
ALTER TABLE ONLY dataelement ADD CONSTRAINT uk_id2 UNIQUE (id);
