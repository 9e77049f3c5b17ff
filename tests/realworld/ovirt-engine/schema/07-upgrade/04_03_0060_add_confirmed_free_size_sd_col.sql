SELECT fn_db_add_column('storage_domain_dynamic', 'confirmed_available_disk_size', 'integer default null');
