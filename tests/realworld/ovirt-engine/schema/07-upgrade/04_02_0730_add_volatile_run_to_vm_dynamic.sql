select fn_db_add_column('vm_dynamic', 'volatile_run', 'boolean DEFAULT false NOT NULL');
