SELECT fn_db_add_column('cluster', 'vnc_encryption_enabled', 'BOOLEAN DEFAULT FALSE');
