SELECT fn_db_add_column('vds_dynamic', 'backup_enabled', 'BOOLEAN NOT NULL DEFAULT FALSE');
