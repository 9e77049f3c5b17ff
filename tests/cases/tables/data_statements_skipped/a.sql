CREATE TABLE schema_migrations (version varchar PRIMARY KEY);
