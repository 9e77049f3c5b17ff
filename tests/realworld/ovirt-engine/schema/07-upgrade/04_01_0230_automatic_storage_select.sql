SELECT fn_db_add_column('vm_pools', 'is_auto_storage_select', 'boolean DEFAULT false');
