select fn_db_add_column('vds_dynamic', 'tsc_frequency', 'VARCHAR(10)');
