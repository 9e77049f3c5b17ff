SELECT fn_db_add_column('vm_backups', 'host_id', 'UUID DEFAULT NULL');
