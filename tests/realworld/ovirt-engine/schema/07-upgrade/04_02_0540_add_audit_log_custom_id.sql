SELECT fn_db_add_column('audit_log', 'custom_id', 'VARCHAR(255)');
