select fn_db_add_column('base_disks', 'backup_mode', 'VARCHAR(32) DEFAULT NULL');
