select fn_db_add_column('host_device', 'block_path', 'TEXT DEFAULT NULL');
