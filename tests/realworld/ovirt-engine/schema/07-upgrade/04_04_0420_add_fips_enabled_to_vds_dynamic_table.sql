SELECT fn_db_add_column('vds_dynamic', 'fips_enabled', 'BOOLEAN NOT NULL DEFAULT FALSE');
