SELECT fn_db_add_column('vm_dynamic', 'runtime_name', 'character varying(255)');
