SELECT fn_db_change_column_type('audit_log', 'vm_template_name', 'VARCHAR', 'VARCHAR(255)');
