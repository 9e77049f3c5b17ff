SELECT fn_db_change_column_type('vm_statistics', 'guest_mem_buffered', 'INTEGER', 'BIGINT');
SELECT fn_db_change_column_type('vm_statistics', 'guest_mem_cached', 'INTEGER', 'BIGINT');
