SELECT fn_db_change_column_type('disk_image_dynamic', 'read_rate', 'INTEGER', 'BIGINT');
SELECT fn_db_change_column_type('disk_image_dynamic', 'write_rate', 'INTEGER', 'BIGINT');
