SELECT fn_db_change_column_type('vm_dynamic', 'cpu_name', 'VARCHAR', 'VARCHAR(4000)');
