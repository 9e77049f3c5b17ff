SELECT fn_db_add_column('vm_backups', 'description', 'VARCHAR(1024) DEFAULT NULL');
