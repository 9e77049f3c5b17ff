SELECT fn_db_drop_column('vm_statistics', 'memory_usage_history');
SELECT fn_db_drop_column('vm_statistics', 'cpu_usage_history');
SELECT fn_db_drop_column('vm_statistics', 'network_usage_history');
