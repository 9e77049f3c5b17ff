SELECT fn_db_add_column('vm_statistics', 'usage_network_percent', 'SMALLINT DEFAULT 0');
