select fn_db_add_column('base_disks', 'backup', 'VARCHAR(32) DEFAULT ''None''');
