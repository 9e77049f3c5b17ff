select fn_db_add_column('vm_static', 'multi_queues_enabled', 'BOOLEAN NOT NULL DEFAULT TRUE');
