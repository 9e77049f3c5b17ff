SELECT fn_db_add_column('vm_checkpoints', 'state', 'VARCHAR(15) NOT NULL DEFAULT ''Created''');
