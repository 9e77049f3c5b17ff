select fn_db_add_column('vm_dynamic', 'boot_time', 'timestamp with time zone');
