SELECT fn_db_add_column('vm_checkpoints', 'description', 'VARCHAR(1024) DEFAULT NULL');
