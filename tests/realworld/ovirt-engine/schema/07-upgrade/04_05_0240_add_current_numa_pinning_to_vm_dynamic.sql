SELECT fn_db_add_column('vm_dynamic', 'current_numa_pinning', 'VARCHAR(4000)');
