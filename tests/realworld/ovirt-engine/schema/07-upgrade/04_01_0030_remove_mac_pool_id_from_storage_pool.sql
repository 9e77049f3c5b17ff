SELECT fn_db_drop_column('storage_pool', 'mac_pool_id');
