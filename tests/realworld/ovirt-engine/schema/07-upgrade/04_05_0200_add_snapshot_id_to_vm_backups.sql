SELECT fn_db_add_column('vm_backups', 'snapshot_id', 'UUID DEFAULT NULL');
