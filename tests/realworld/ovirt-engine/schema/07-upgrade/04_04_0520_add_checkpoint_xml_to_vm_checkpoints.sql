select fn_db_add_column('vm_checkpoints', 'checkpoint_xml', 'TEXT DEFAULT NULL');
