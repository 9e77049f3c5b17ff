select fn_db_add_column('vds_dynamic', 'tsc_scaling', 'BOOLEAN NOT NULL DEFAULT FALSE');
