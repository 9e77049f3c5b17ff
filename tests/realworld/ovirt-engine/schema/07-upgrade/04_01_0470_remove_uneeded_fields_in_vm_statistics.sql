SELECT fn_db_drop_column('vm_statistics', 'elapsed_time');
SELECT fn_db_drop_column('vm_statistics', 'usage_network_percent');
SELECT fn_db_drop_column('vm_statistics', 'migration_progress_percent');
SELECT fn_db_drop_column('vm_statistics', 'guest_mem_free');
