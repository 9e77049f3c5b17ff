select fn_db_add_column('vm_dynamic', 'downtime', 'BIGINT DEFAULT 0');
