SELECT fn_db_drop_column('vm_dynamic', 'vm_pid');
