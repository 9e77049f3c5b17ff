SELECT fn_db_add_column('vds_dynamic', 'ovn_configured', 'BOOLEAN NOT NULL DEFAULT FALSE');
