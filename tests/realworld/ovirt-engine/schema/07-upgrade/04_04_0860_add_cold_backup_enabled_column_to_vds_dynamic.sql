SELECT fn_db_add_column('vds_dynamic', 'cold_backup_enabled', 'BOOLEAN NOT NULL DEFAULT FALSE');
