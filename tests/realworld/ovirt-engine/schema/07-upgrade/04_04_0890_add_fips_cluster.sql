SELECT fn_db_add_column('cluster', 'fips_mode', 'SMALLINT NOT NULL DEFAULT 0');
