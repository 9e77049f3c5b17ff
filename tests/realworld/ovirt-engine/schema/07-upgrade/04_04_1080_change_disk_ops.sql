SELECT fn_db_change_column_type('disk_image_dynamic', 'read_ops', 'INTEGER', 'BIGINT');
SELECT fn_db_change_column_type('disk_image_dynamic', 'write_ops', 'INTEGER', 'BIGINT');
