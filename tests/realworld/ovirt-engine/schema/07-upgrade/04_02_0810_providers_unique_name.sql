ALTER TABLE ONLY providers ADD CONSTRAINT providers_unique_name UNIQUE (name);
