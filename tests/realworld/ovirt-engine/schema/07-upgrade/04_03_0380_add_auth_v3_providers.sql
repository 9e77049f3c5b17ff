SELECT fn_db_add_column('providers', 'user_domain_name', 'VARCHAR(128)');
SELECT fn_db_add_column('providers', 'project_name', 'VARCHAR(128)');
SELECT fn_db_add_column('providers', 'project_domain_name', 'VARCHAR(128)');
