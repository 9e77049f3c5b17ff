SELECT fn_db_add_column('vm_init', 'cloud_init_network_protocol', 'VARCHAR(32) DEFAULT NULL');
