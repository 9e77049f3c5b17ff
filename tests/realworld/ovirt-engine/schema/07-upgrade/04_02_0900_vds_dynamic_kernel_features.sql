SELECT fn_db_add_column('vds_dynamic', 'kernel_features', 'JSONB NULL');
