SELECT fn_db_add_column('disk_image_dynamic', 'read_ops', 'INTEGER DEFAULT 0');
SELECT fn_db_add_column('disk_image_dynamic', 'write_ops', 'INTEGER DEFAULT 0');
