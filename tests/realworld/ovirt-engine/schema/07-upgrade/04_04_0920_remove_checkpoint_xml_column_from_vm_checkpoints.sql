SELECT fn_db_drop_column('vm_checkpoints', 'checkpoint_xml');
