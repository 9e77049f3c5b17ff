SELECT fn_db_add_column('vds_dynamic', 'vnc_encryption_enabled', 'BOOLEAN DEFAULT FALSE');
